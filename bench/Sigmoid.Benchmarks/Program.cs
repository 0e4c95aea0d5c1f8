using BenchmarkDotNet.Running;
using Sigmoid.Benchmarks;
using Sigmoid.Cli.Bench;

// Runs every selected benchmark class in this one process, then joins them into the comparison table of
// `sigmoid bench` (printed, and written next to BenchmarkDotNet's own reports as sigmoid-suite.md):
//   dotnet run -c Release --project bench/Sigmoid.Benchmarks -- --filter '*'
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(args, new SuiteConfig()).ToList();
var rows = SuiteTable.Rows(summaries);
if (rows.Count > 0)
{
    string table = BenchTable.Markdown(MachineInfo.Current(), rows,
        "BenchmarkDotNet 0.15.8, in process, 1 launch × (3 warm-up + 5 measured iterations of ~100 ms), mean");
    Console.WriteLine();
    Console.WriteLine(table);
    string directory = summaries.First(s => s.Reports.Length > 0).ResultsDirectoryPath;
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "sigmoid-suite.md"), table);
    Console.WriteLine($"(also written to {Path.Combine(directory, "sigmoid-suite.md")})");
}
