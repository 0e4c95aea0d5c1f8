using System.Text.Json;
using Sigmoid.Cli;
using Sigmoid.Cli.Bench;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// Smoke tests of <c>sigmoid bench</c> on a tiny size: the table has the right rows and columns, JSON parses, bad
/// options are usage errors. No timing is asserted beyond "a positive finite number".
/// </summary>
public class BenchCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[][] TableRows(string table) => table.Split('\n')
        .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| function", StringComparison.Ordinal))
        .Select(l => l.Trim('|', ' ').Split(" | "))
        .ToArray();

    [Fact]
    public void QuickTablePrintsEveryContenderRow()
    {
        var (code, output, err) = Run("bench", "--in-process", "--quick", "--sizes", "128",
            "--functions", "sigmoid,logit,bce-with-logits", "--types", "float");
        Assert.True(code == 0, err);
        Assert.StartsWith("machine: ", output);
        Assert.Contains($"{Environment.ProcessorCount} logical cores", output);
        Assert.Contains("| function | type | n | threads | implementation | ns/element | speed vs TP | vs CopyTo |", output);

        var rows = TableRows(output);
        string[] Implementations(string function) => rows.Where(r => r[0] == function).Select(r => r[4]).ToArray();
        Assert.Equal(["Sigmoid.Logistic", "TensorPrimitives.Sigmoid", "naive loop", "MathNet loop", "Span.CopyTo"], Implementations("sigmoid"));
        Assert.Equal(["Sigmoid.Logistic", "TensorPrimitives composition", "naive loop", "MathNet loop", "Span.CopyTo"], Implementations("logit"));
        Assert.Equal(["Sigmoid.Logistic", "TensorPrimitives composition", "naive loop", "Span.CopyTo"], Implementations("bce-with-logits"));
        foreach (var r in rows)
        {
            Assert.Equal(8, r.Length);
            Assert.Equal("float", r[1]);
            Assert.Equal("128", r[2]);
            Assert.Equal("1", r[3]);
            double ns = double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ns > 0 && double.IsFinite(ns), r[5]);
            Assert.EndsWith("×", r[6]);
            Assert.EndsWith("×", r[7]);
        }
        // each reference row compares to itself
        Assert.All(rows.Where(r => r[4].StartsWith("TensorPrimitives", StringComparison.Ordinal)), r => Assert.Equal("1.00×", r[6]));
        Assert.All(rows.Where(r => r[4] == "Span.CopyTo"), r => Assert.Equal("1.00×", r[7]));
    }

    [Fact]
    public void ParallelThresholdPrintsOneRowPerTypeAndSizeAndARecommendation()
    {
        var (code, output, err) = Run("bench", "--in-process", "--quick", "--parallel-threshold", "--sizes", "2048,8192", "--types", "float,double");
        Assert.True(code == 0, err);
        Assert.StartsWith("machine: ", output);
        var rows = output.Split('\n').Where(l => l.StartsWith("| float", StringComparison.Ordinal) || l.StartsWith("| double", StringComparison.Ordinal))
            .Select(l => l.Trim('|', ' ').Split(" | ")).ToArray();
        Assert.Equal(["float 2,048", "float 8,192", "double 2,048", "double 8,192"], rows.Select(r => r[0] + " " + r[1]));
        foreach (var r in rows)
        {
            double one = double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture);
            double all = double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(one > 0 && all > 0, string.Join(" | ", r));
            // the speed-up is computed from the unrounded times: consistent with the printed ones within their rounding
            double speedup = double.Parse(r[4].TrimEnd('×'), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(speedup, (one - 0.0005) / (all + 0.0005) - 0.005, (one + 0.0005) / (all - 0.0005) + 0.005);
        }
        Assert.Contains("recommended ParallelSpanOptions.MinimumLength: ", output);
        Assert.Equal(2, Run("bench", "--in-process", "--parallel-threshold", "--json").Code);
    }

    [Fact]
    public void CrossoverRecommendsTheSmallestSizeFromWhichEveryLargerOnePays()
    {
        CrossoverRow R(int n, double speedup) => new("float", n, speedup, 1.0);
        Assert.Equal(2048, ParallelCrossover.Recommend([R(1024, 0.5), R(2048, 1.3), R(4096, 1.5), R(8192, 1.9)]));
        Assert.Equal(4096, ParallelCrossover.Recommend([R(1024, 1.5), R(2048, 1.1), R(4096, 1.5), R(8192, 1.9)]));
        Assert.Null(ParallelCrossover.Recommend([R(1024, 1.5), R(2048, 1.9), R(4096, 1.1)]));
    }

    [Fact]
    public void JsonHasMachineAndRows()
    {
        var (code, output, err) = Run("bench", "--in-process", "--quick", "--sizes", "64", "--functions", "softplus", "--types", "double,half", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(Environment.ProcessorCount, root.GetProperty("machine").GetProperty("logicalCores").GetInt32());
        Assert.Equal("quick", root.GetProperty("mode").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(8, rows.Length); // library, TP composition, naive loop, CopyTo × two types
        Assert.Equal(["double", "half"], rows.Select(r => r.GetProperty("type").GetString()).Distinct());
        Assert.All(rows, r => Assert.True(r.GetProperty("nsPerElement").GetDouble() > 0));
        Assert.Equal(["library", "tensorPrimitives", "naiveLoop", "copyTo"],
            rows.Take(4).Select(r => r.GetProperty("contender").GetString()));
    }

    [Theory]
    [InlineData("--sizes", "0")]
    [InlineData("--sizes", "12x")]
    [InlineData("--sizes", "999999999999")]
    [InlineData("--functions", "tanh")]
    [InlineData("--types", "int")]
    [InlineData("--types", ",")]
    public void BadOptionsAreUsageErrors(string option, string value)
    {
        var (code, output, err) = Run("bench", "--in-process", option, value);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains("sigmoid bench:", err);
    }

    [Fact]
    public void MedianIsTheMiddleValue()
    {
        Assert.Equal(3, StopwatchHarness.Median([5, 1, 3]));
        Assert.Equal(2.5, StopwatchHarness.Median([4, 1, 3, 2]));
        Assert.Equal(7, StopwatchHarness.Median([7]));
    }

    [Fact]
    public void SuiteSizesAreTheDocumentedSizes()
    {
        Assert.Equal([128, 3079, 4096, 262144, 16777216], BenchSuite.AllSizes);
    }

    /// <summary>The real program re-runs itself in a child process with tiered JIT off and forwards the table.</summary>
    [Fact]
    public async Task RealProgramMeasuresInAChildProcess()
    {
        using var p = CliProcess.Start("bench", "--quick", "--sizes", "32", "--functions", "sigmoid", "--types", "float");
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000));
        string error = await err;
        Assert.True(p.ExitCode == 0, error);
        Assert.StartsWith("machine: ", output);
        Assert.Equal(5, TableRows(output).Length);
        Assert.DoesNotContain("could not start a child process", error);
    }
}
