using System.Text.Json;
using Sigmoid.Cli;
using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary><c>sigmoid accuracy -f bce-loss</c>: the BCE-with-logits loss (weights, positive-class weight, reductions)
/// measured against the reference, its bounds, and the command's rows.</summary>
public class BceLossAccuracyTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ReferenceLossIsTheLossOfKnownCases()
    {
        // z = 0: softplus(0) = ln 2 for either label, so ℓ = w·[p·y + (1−y)]·ln 2; ln 2 to 2^-106 from its digits
        var ln2 = new DoubleDouble(0.6931471805599453, 2.3190468138462996e-17);
        Assert.Equal(ln2.Hi, BceLossAccuracy.ReferenceLoss(0, 1, 1, 1).Hi);
        Assert.True(Math.Abs((BceLossAccuracy.ReferenceLoss(0, 1, 1, 1) - ln2).Hi) < 1e-31);
        var weighted = BceLossAccuracy.ReferenceLoss(0, 0.25, 2, 3);           // 2·(0.75 + 0.75)·ln 2 = 3 ln 2
        Assert.True(Math.Abs((weighted - ln2 * 3.0).Hi) < 1e-30);
        // p = 0 and y = 1: nothing left
        Assert.Equal(0.0, BceLossAccuracy.ReferenceLoss(5, 1, 1, 0).Hi);
        // y = 0, z = 40: softplus(40) = 40 + ln(1 + e^-40) = 40.0000000000000000042…
        var far = BceLossAccuracy.ReferenceLoss(40, 0, 1, 1);
        Assert.Equal(40.0, far.Hi);
        Assert.InRange(far.Lo, 4.24e-18, 4.26e-18);
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    [InlineData("half")]
    public void EveryRowHoldsItsBound(string type)
    {
        var format = NumberFormat.Parse(type)!;
        var rows = BceLossAccuracy.Measure(format, 20_000);
        Assert.Equal(["none", "sum", "mean"], rows.Select(r => r.Reduction));
        Assert.Equal(20_000, rows[0].Inputs);
        int batch = format == NumberFormat.Half ? 50 : BceLossAccuracy.BatchLength;
        Assert.Equal(20_000 / batch, rows[1].Inputs);
        foreach (var r in rows)
        {
            Assert.True(BceLossAccuracy.Violations(r).Count == 0, string.Join("; ", BceLossAccuracy.Violations(r)));
            Assert.True(r.MeanUlp > 0, $"{type} {r.Reduction}: a mean error of 0 means nothing was compared");
            Assert.True(r.ShareCorrectlyRounded > 0.95, $"{type} {r.Reduction}: {r.ShareCorrectlyRounded:P3} correctly rounded");
        }
    }

    [Fact]
    public void ARowBeyondItsBoundIsAViolationNamingTheWorstInput()
    {
        var r = new BceLossAccuracyResult("double", "none", 10, 1.5, 0.3, 2, -3.5, 0.25, 2, 3, TimeSpan.Zero);
        string v = Assert.Single(BceLossAccuracy.Violations(r));
        Assert.Contains("double (none)", v);
        Assert.Contains("z = -3.5", v);
        var sum = r with { Reduction = "sum", MaxUlp = 2.4 };
        Assert.Empty(BceLossAccuracy.Violations(sum));                       // the sum's bound is 2.5 ULP
        Assert.Single(BceLossAccuracy.Violations(sum with { Type = "float" }));
    }

    [Fact]
    public void TheCommandPrintsAndExportsTheRows()
    {
        var (code, output, err) = Run("accuracy", "-f", "bce-loss", "-t", "half", "--samples", "2000");
        Assert.True(code == 0, err);
        Assert.Contains("BCE-with-logits loss", output);
        foreach (string reduction in new[] { "none", "sum", "mean" }) Assert.Contains(reduction, output);
        Assert.Contains("contract: holds", output);

        var (jsonCode, json, _) = Run("accuracy", "-f", "bce-loss", "-t", "double", "--samples", "3000", "--json");
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var rows = doc.RootElement.GetProperty("bceLoss");
        Assert.Equal(3, rows.GetArrayLength());
        Assert.Equal("bce-loss", rows[0].GetProperty("function").GetString());
        Assert.Equal(3000, rows[0].GetProperty("inputs").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("results").GetArrayLength());
    }
}
