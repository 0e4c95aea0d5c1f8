using System.Diagnostics;
using BenchmarkDotNet.Running;
using Sigmoid.Benchmarks;
using Sigmoid.Cli.Bench;

// Runs every selected benchmark class in this one process, then joins them into the comparison table of
// `sigmoid bench` (printed, and written next to BenchmarkDotNet's own reports as sigmoid-suite.md):
//   dotnet run -c Release --project bench/Sigmoid.Benchmarks -- --filter '*'
// With --levels L,…|all (avx512, avx2, 128, nofma, scalar) the suite runs once per instruction level, each in a child
// process started with the level's runtime switches, and each table is written as sigmoid-suite-<level>.md.
int levelsAt = Array.IndexOf(args, "--levels");
if (levelsAt >= 0)
    return LevelChildren.Run(levelsAt + 1 < args.Length ? args[levelsAt + 1] : "", args.Where((_, i) => i != levelsAt && i != levelsAt + 1).ToArray());

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
    string? level = Environment.GetEnvironmentVariable(LevelChildren.Variable);
    string file = Path.Combine(directory, level is null ? "sigmoid-suite.md" : $"sigmoid-suite-{level}.md");
    File.WriteAllText(file, table);
    Console.WriteLine($"(also written to {file})");
}
return 0;

/// <summary>The suite once per instruction level, in child processes of this program.</summary>
internal static class LevelChildren
{
    /// <summary>Set in each child to its level's name (names its table file).</summary>
    public const string Variable = "SIGMOID_SUITE_LEVEL";

    public static int Run(string list, string[] rest)
    {
        List<InstructionLevel?> levels = list.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? InstructionLevel.All.Where(l => l.Name != "scalar").ToList<InstructionLevel?>()
            : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(InstructionLevel.Find).ToList();
        if (levels.Count == 0 || levels.Any(l => l is null))
        {
            Console.Error.WriteLine($"--levels takes a comma-separated list of {string.Join(", ", InstructionLevel.All.Select(l => l.Name))}, or all");
            return 2;
        }
        foreach (var level in levels)
        {
            Console.WriteLine($"## level {level!.Name}: {level.Description}; switches: {level.Switches}");
            var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                info.ArgumentList.Add(typeof(LevelChildren).Assembly.Location);
            foreach (var a in rest) info.ArgumentList.Add(a);
            foreach (var (name, value) in level.Environment) info.Environment[name] = value;
            info.Environment[Variable] = level.Name;
            // Tiering is off (project setting), so precompiled library code would never be replaced by the JIT's:
            // TensorPrimitives at 128 bits would call the precompiled VectorMath.ExpSingle/ExpDouble, ten times slower.
            info.Environment["DOTNET_ReadyToRun"] = "0";
            using var child = Process.Start(info)!;
            child.WaitForExit();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }
}
