using System.Text.Json;
using Sigmoid.Cli;

namespace Sigmoid.Tests.Learning;

/// <summary><c>sigmoid experiment NAME</c>, built from the catalogue, and the same commands under their own names.</summary>
public sealed class ExperimentCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sigmoid-experiment-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("experiment", "layer")]
    [InlineData("layer")]
    public void LayerHasACommandBothWays(params string[] command)
    {
        var (code, stdout, stderr) = Run([.. command, "--json", "--out", _dir]);
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.True(root.TryGetProperty("gradientChecks", out _));
        Assert.True(File.Exists(Path.Combine(_dir, "layer-backward-forms.png")));
        Assert.True(File.Exists(Path.Combine(_dir, "layer.txt")));
    }

    [Fact]
    public void SvgFiguresOnRequest()
    {
        var (code, _, stderr) = Run("experiment", "layer", "--format", "svg", "--out", _dir);
        Assert.True(code == 0, stderr);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(_dir, "layer-backward-forms.svg")));
    }

    [Fact]
    public void RussianOutputCountsStepsInRussian()
    {
        var (code, stdout, stderr) = Run("zigzag", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        int steps = JsonDocument.Parse(stdout).RootElement.GetProperty("stepsToTolerance").GetProperty("positive").GetInt32();
        (code, stdout, stderr) = Run("experiment", "zigzag", "--lang", "ru", "--out", _dir);
        Assert.True(code == 0, stderr);
        // Russian: 1, 21, 31… шаг; 2–4, 22–24… шага; the rest (and 11–14) шагов.
        string noun = steps % 100 is >= 11 and <= 14 ? "шагов" : (steps % 10) switch { 1 => "шаг", 2 or 3 or 4 => "шага", _ => "шагов" };
        Assert.Contains($"{steps} {noun}", stdout);
        Assert.Contains("Записано в", stdout);
        Assert.Contains("центрированные входы 2σ(h) − 1", stdout);
        Assert.DoesNotContain("centred inputs", stdout);
        Assert.DoesNotContain("`", stdout);
    }

    [Fact]
    public void AnUnknownExperimentIsAUsageError()
    {
        var (code, stdout, stderr) = Run("experiment", "mnist");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("mnist", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void LogRegRunsOnItsGeneratedDataWithoutACsv()
    {
        var (code, stdout, stderr) = Run("logreg", "--json", "--out", _dir);
        Assert.True(code == 0, stderr);
        Assert.Equal(["x1", "x2"], JsonDocument.Parse(stdout).RootElement.GetProperty("coefficients").EnumerateObject().Select(p => p.Name));
    }
}
