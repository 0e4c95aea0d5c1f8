using System.Text.Json;
using Sigmoid.Tests.Lab;

namespace Sigmoid.Tests.Cli;

/// <summary><c>sigmoid eval logistic-*</c> and <c>sigmoid fit-logistic</c>, in process.</summary>
public class LogisticCommandTests
{
    private static string File(string content)
    {
        string path = Path.Combine(CliRun.TempFolder("fit"), "sample.txt");
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("logistic-pdf")]
    [InlineData("logistic-logpdf")]
    [InlineData("logistic-cdf")]
    [InlineData("logistic-logcdf")]
    [InlineData("logistic-sf")]
    [InlineData("logistic-logsf")]
    [InlineData("logistic-ppf")]
    [InlineData("logistic-isf")]
    public void EvalGivesTheDistributionsValuesBitForBit(string name)
    {
        double[] inputs = name is "logistic-ppf" or "logistic-isf"
            ? [0.25, 1e-300, 0.5, 0.999999, 1, 0]
            : [-3.5, 0, 2.75, 41, -800, 1e308];
        string path = File(string.Join("\n", inputs.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "\n");
        var (code, stdout, stderr) = CliRun.Run("eval", name, "--loc", "1.5", "--scale", "0.25", "--input", path);
        Assert.True(code == 0, stderr);
        var d = new LogisticDistribution(1.5, 0.25);
        var f = Enum.GetValues<Sigmoid.Lab.Reference.LogisticDistributionFunction>().Single(g => Sigmoid.Lab.Reference.LogisticDistributionFunctionNames.CliName(g) == name);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(inputs.Length, lines.Length);
        for (int i = 0; i < inputs.Length; i++)
        {
            double expected = Sigmoid.Lab.Reference.LogisticDistributionFunctionNames.Apply(f, d, inputs[i]);
            double got = double.Parse(lines[i], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Sigmoid.Lab.Reference.Rounding.SameResult(expected, got), $"{name}({inputs[i]:R}): {lines[i]} vs {expected:R}");
        }
    }

    [Fact]
    public void EvalRejectsBadParametersWithExitCode2()
    {
        string path = File("1\n");
        var bad = CliRun.Run("eval", "logistic-cdf", "--scale", "0", "--input", path);
        Assert.Equal(2, bad.Code);
        Assert.Contains("--scale must be a finite number greater than 0", bad.Stderr);
        Assert.Equal(2, CliRun.Run("eval", "logistic-cdf", "--scale", "-1", "--input", path).Code);
        Assert.Equal(2, CliRun.Run("eval", "logistic-cdf", "--type", "float", "--input", path).Code);
        var wrong = CliRun.Run("eval", "sigmoid", "--loc", "1", "--input", path);
        Assert.Equal(2, wrong.Code);
        Assert.Contains("logistic-* functions only", wrong.Stderr);
        var malformed = CliRun.Run("eval", "logistic-pdf", "--input", File("0\nabc\n"));
        Assert.Equal(2, malformed.Code);
        Assert.Contains("line 2: cannot parse \"abc\"", malformed.Stderr);
        Assert.Equal("0.25\n", malformed.Stdout.Replace("\r", ""));
    }

    [Fact]
    public void FitLogisticPrintsTheMaximumLikelihoodFitAsJson()
    {
        var sample = new double[20_000];
        new LogisticDistribution(-4, 3).Sample(sample, 7);
        string path = File(string.Join("\n", sample.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "\n\n");
        var (code, stdout, stderr) = CliRun.Run("fit-logistic", "--input", path, "--json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var expected = LogisticDistribution.Fit(sample);
        Assert.Equal(expected.Location, json.RootElement.GetProperty("loc").GetDouble());
        Assert.Equal(expected.Scale, json.RootElement.GetProperty("scale").GetDouble());
        Assert.Equal(expected.LogLikelihood(sample), json.RootElement.GetProperty("logLikelihood").GetDouble());
        Assert.Equal(sample.Length, json.RootElement.GetProperty("n").GetInt32());
        Assert.Equal(["loc", "scale", "logLikelihood", "n"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var text = CliRun.Run("fit-logistic", "--input", path);
        Assert.Equal(0, text.Code);
        Assert.Contains("loc", text.Stdout);
    }

    [Fact]
    public void FitLogisticRejectsBadInputWithExitCode2()
    {
        var malformed = CliRun.Run("fit-logistic", "--input", File("1\n2\n3,5\n"));
        Assert.Equal(2, malformed.Code);
        Assert.Contains("line 3: cannot parse \"3,5\"", malformed.Stderr);
        var infinite = CliRun.Run("fit-logistic", "--input", File("1\n\nnan\n"));
        Assert.Equal(2, infinite.Code);
        Assert.Contains("line 3", infinite.Stderr);
        var constant = CliRun.Run("fit-logistic", "--input", File("2\n2\n"));
        Assert.Equal(2, constant.Code);
        Assert.Contains("two distinct values", constant.Stderr);
        Assert.Equal(2, CliRun.Run("fit-logistic", "--input", File("")).Code);
        Assert.Equal(2, CliRun.Run("fit-logistic", "--input", "/nonexistent/sample.txt").Code);
        Assert.DoesNotContain("   at ", constant.Stderr + malformed.Stderr);
    }
}
