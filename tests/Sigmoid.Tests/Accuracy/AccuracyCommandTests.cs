using System.Text.Json;
using Sigmoid.Cli;

namespace Sigmoid.Tests.Accuracy;

/// <summary>The <c>sigmoid accuracy</c> command: usage errors, the table, JSON and the contract exit code.</summary>
public class AccuracyCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--function", "tanh")]
    [InlineData("--type", "bfloat16")]
    [InlineData("--samples", "0")]
    [InlineData("--stride", "0")]
    public void BadValuesAreUsageErrors(string option, string value)
    {
        var (code, _, err) = Run("accuracy", option, value);
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains(value, err);
    }

    [Fact]
    public void ExhaustiveAndStrideExcludeEachOther()
    {
        var (code, _, err) = Run("accuracy", "--exhaustive", "--stride", "7");
        Assert.Equal(LabCommandLine.UsageError, code);
        Assert.Contains("exclude", err);
    }

    [Fact]
    public void PrintsATableRowPerCandidate()
    {
        var (code, output, _) = Run("accuracy", "-f", "sigmoid", "-t", "half", "--peers");
        Assert.Contains("sigmoid", output);
        Assert.Contains("TensorPrimitives", output);
        Assert.Contains("65536", output);
        Assert.Contains("0x", output);
        Assert.Equal(output.Contains("contract: holds") ? 0 : 1, code);
    }

    [Fact]
    public void JsonCarriesTheNumbers()
    {
        var (code, output, _) = Run("accuracy", "-f", "logit", "-t", "float", "--stride", "65521", "--json");
        using var doc = JsonDocument.Parse(output);
        var row = doc.RootElement.GetProperty("results")[0];
        Assert.Equal("logit", row.GetProperty("function").GetString());
        Assert.True(row.GetProperty("inputs").GetInt64() > 65_000);
        Assert.Equal(doc.RootElement.GetProperty("contractHolds").GetBoolean() ? 0 : 1, code);
    }
}
