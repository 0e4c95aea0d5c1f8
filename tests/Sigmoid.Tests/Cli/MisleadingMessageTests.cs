using System.Text.Json;
using Sigmoid.Cli;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// Bad input gets a message that says what is really wrong, exit code 2, and no .NET internals: no stack trace, no
/// "(Parameter …)", no second message that contradicts the first.
/// </summary>
public sealed class MisleadingMessageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-messages-{Guid.NewGuid():N}");

    public MisleadingMessageTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Csv(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void NoInternals(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("(Parameter", stderr);
        Assert.DoesNotContain("Actual value was", stderr);
    }

    [Fact]
    public void UnknownCommandIsTheOnlyComplaint()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("'frobnicate'", err);
        Assert.DoesNotContain("Required command was not provided", err);
    }

    [Fact]
    public void DepthZeroNamesTheOptionAndTheRange()
    {
        var (code, _, err) = Run("vanishing", "--depths", "0", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        NoInternals(err);
        Assert.Contains("--depths", err);
        Assert.Contains("1 to 64", err);
    }

    [Theory]
    [InlineData("1,,2")]
    [InlineData("2,")]
    [InlineData(",")]
    public void EmptyDepthItemIsRejected(string depths)
    {
        var (code, _, err) = Run("vanishing", "--depths", depths, "--epochs", "1", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("--depths", err);
        Assert.Contains("empty", err);
    }

    [Fact]
    public void HugeSampleCountStatesTheRange()
    {
        var (code, _, err) = Run("accuracy", "-f", "sigmoid", "-t", "double", "--samples", "2147483647");
        Assert.Equal(LabCommandLine.UsageError, code);
        NoInternals(err);
        Assert.Contains("between 1 and 100,000,000", err);
    }

    [Fact]
    public void MoreColumnsThanRowsSaysSoNotCollinear()
    {
        string path = Csv("wide.csv", "a,b,c,y\n1,2,3,0\n2,1,5,1\n0,4,1,1\n");
        var (code, _, err) = Run("logreg", "--csv", path, "--label", "y", "--json", "--out", _dir);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.DoesNotContain("collinear", err);
        Assert.Contains("4 unknowns", err);
        Assert.Contains("3 rows", err);
    }

    /// <summary>A huge λ is not singular data: the penalty pins every weight to 0, and the intercept (not penalised)
    /// to the log-odds of the label mean, here logit(¼).</summary>
    [Fact]
    public void HugePenaltyFitsZeroWeightsInsteadOfCallingTheDataSingular()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"{i % 7},{(i * 3) % 5},{(i % 4 == 0 ? 1 : 0)}");
        string path = Csv("big-l2.csv", "p,q,y\n" + string.Join("\n", rows));
        var (code, stdout, err) = Run("logreg", "--csv", path, "--label", "y", "--l2", "1e308", "--json", "--out", _dir);
        Assert.True(code == 0, err);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(Math.Log(0.25 / 0.75), root.GetProperty("intercept").GetDouble(), 9);
        foreach (var c in root.GetProperty("coefficients").EnumerateObject()) Assert.True(Math.Abs(c.Value.GetDouble()) < 1e-300, c.ToString());
    }

    /// <summary><c>logreg --json</c> prints the summary and writes nothing into ./sigmoid-out unless --out asks for files.</summary>
    [Fact]
    public void JsonAloneWritesNoFiles()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"{i % 7},{(i * 3) % 5},{(i % 3 == 0 ? 1 : 0)}");
        string path = Csv("json-only.csv", "p,q,y\n" + string.Join("\n", rows));
        string defaultJson = Path.GetFullPath(Path.Combine("sigmoid-out", "logreg.json"));
        DateTime? before = File.Exists(defaultJson) ? File.GetLastWriteTimeUtc(defaultJson) : null;
        var (code, stdout, err) = Run("logreg", "--csv", path, "--label", "y", "--json");
        Assert.True(code == 0, err);
        Assert.Contains("\"intercept\"", stdout);
        DateTime? after = File.Exists(defaultJson) ? File.GetLastWriteTimeUtc(defaultJson) : null;
        Assert.Equal(before, after);

        string asked = Path.Combine(_dir, "asked");
        Assert.Equal(0, Run("logreg", "--csv", path, "--label", "y", "--json", "--out", asked).Code);
        Assert.True(File.Exists(Path.Combine(asked, "logreg.json")));
    }
}
