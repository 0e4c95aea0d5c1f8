using System.Text.Json;
using Sigmoid.Cli;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// CSV as people write it: quoted names with commas in them, semicolon- and tab-separated files, and a header that
/// names a column twice (which would silently drop a coefficient from the JSON).
/// </summary>
public sealed class CsvQuotingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-csv-{Guid.NewGuid():N}");

    public CsvQuotingTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static LabeledDataset Parse(string text, out IReadOnlyList<string> notes, string label = "y") =>
        LabeledCsv.Parse(text.Split('\n'), label, "t.csv", out notes);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void QuotedHeaderWithACommaInsideIsOneColumn()
    {
        var data = Parse("\"height, cm\",weight,y\n170,60,0\n180,\"85\",1\n", out _);
        Assert.Equal(["height, cm", "weight"], data.FeatureNames);
        Assert.Equal([170, 60, 180, 85], data.Features);
        Assert.Equal([0, 1], data.Labels);
    }

    [Fact]
    public void DoubledQuoteInsideQuotesIsOneQuote()
    {
        var data = Parse("\"say \"\"hi\"\"\",y\n1,0\n2,1\n", out _);
        Assert.Equal(["say \"hi\""], data.FeatureNames);
    }

    [Fact]
    public void SemicolonSeparatedFileIsDetected()
    {
        var data = Parse("a;b;y\n1.5;2;0\n\n3;4e1;1\n", out var notes);
        Assert.Equal(["a", "b"], data.FeatureNames);
        Assert.Equal([1.5, 2, 3, 40], data.Features);
        Assert.Contains(notes, n => n.Contains("semicolon"));
    }

    [Fact]
    public void TabSeparatedFileIsDetected()
    {
        var data = Parse("a\tb\ty\n1\t2\t0\n3\t4\t1\n", out _);
        Assert.Equal(["a", "b"], data.FeatureNames);
    }

    [Fact]
    public void DuplicateColumnNamesAreAnErrorNamingThem()
    {
        var e = Assert.Throws<CsvDataException>(() => Parse("a,a,y\n1,2,0\n3,4,1\n", out _));
        Assert.Contains("line 1", e.Message);
        Assert.Contains("'a' appears 2 times (columns 1, 2)", e.Message);
    }

    [Fact]
    public void LogRegWithDuplicateColumnsExitsTwoNamingThem()
    {
        string path = Path.Combine(_dir, "dup.csv");
        File.WriteAllText(path, "a,a,y\n1,2,0\n3,1,1\n2,5,0\n4,4,1\n");
        var (code, stdout, stderr) = Run("logreg", "--csv", path, "--label", "y", "--l2", "1", "--json");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Contains("'a' appears 2 times", stderr);
    }

    [Fact]
    public void LogRegReadsAQuotedSemicolonFile()
    {
        string path = Path.Combine(_dir, "semi.csv");
        var rows = Enumerable.Range(0, 40).Select(i => $"{i % 7};{(i * 3) % 5};{(i % 3 == 0 ? 1 : 0)}");
        File.WriteAllText(path, "\"height; cm\";\"weight, kg\";y\n" + string.Join("\n", rows) + "\n");
        var (code, stdout, stderr) = Run("logreg", "--csv", path, "--label", "y", "--json");
        Assert.True(code == 0, stderr);
        var names = JsonDocument.Parse(stdout).RootElement.GetProperty("coefficients").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["height; cm", "weight, kg"], names);
    }
}
