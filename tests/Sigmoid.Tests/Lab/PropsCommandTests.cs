using System.Text.Json;

namespace Sigmoid.Tests.Lab;

/// <summary>
/// `sigmoid props --json` checked against the library and against facts that do not depend on it: σ(0) = ½,
/// σ′(0) = ¼, where float and double must saturate (from ln 2⁻²⁵, ln 2⁻⁵⁴, ln 2⁻¹⁵⁰, ln 2⁻¹⁰⁷⁵), 0.25ⁿ = 2⁻²ⁿ.
/// </summary>
public class PropsCommandTests
{
    /// <summary>σ is at most ½ ULP off in each format when accurate, so a difference of two such values: ≤ 2 ULP.</summary>
    private const double IdentityUlps = 2;

    /// <summary>The library's documented bound on σ′ is ≤ 1 ULP, so its maximum may exceed ¼ by at most that.</summary>
    private const double DerivativeMaxUlps = 1;

    private static JsonElement Props(string type)
    {
        var (code, stdout, stderr) = CliRun.Run("props", "--type", type, "--json");
        Assert.True(code == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static double Num(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() switch { "Infinity" => double.PositiveInfinity, "-Infinity" => double.NegativeInfinity, _ => double.NaN }
        : e.GetDouble();

    private static JsonElement Thresholds(JsonElement root, string type) =>
        root.GetProperty("limits").GetProperty("thresholds").EnumerateArray().Single(t => t.GetProperty("type").GetString() == type);

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void SchemaAndEveryPartArePresent(string type)
    {
        var root = Props(type);
        Assert.Equal("sigmoid-props/1", root.GetProperty("schema").GetString());
        Assert.Equal(type, root.GetProperty("type").GetString());
        var parts = new Dictionary<string, string>
        {
            ["limits"] = "а", ["symmetry"] = "б", ["derivative"] = "в", ["atZero"] = "г", ["logit"] = "д",
            ["logDerivative"] = "е", ["maxDerivative"] = "и",
        };
        foreach (var (key, letter) in parts) Assert.Equal(letter, root.GetProperty(key).GetProperty("part").GetString());
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void SigmaAtZeroIsExactlyHalfAndSlopeExactlyQuarter(string type)
    {
        var z = Props(type).GetProperty("atZero");
        Assert.Equal(0.5, z.GetProperty("sigma").GetDouble());
        Assert.Equal(0.25, z.GetProperty("derivative").GetDouble());
    }

    [Fact]
    public void LimitValuesAreTheLibrarysAndTendToZeroAndOne()
    {
        foreach (var v in Props("float").GetProperty("limits").GetProperty("values").EnumerateArray())
        {
            double t = Num(v.GetProperty("t"));
            Assert.Equal((double)Logistic.Sigmoid((float)t), v.GetProperty("sigma").GetDouble());
        }
        foreach (var v in Props("double").GetProperty("limits").GetProperty("values").EnumerateArray())
        {
            double t = Num(v.GetProperty("t")), s = v.GetProperty("sigma").GetDouble();
            Assert.Equal(Logistic.Sigmoid(t), s);
            if (double.IsPositiveInfinity(t)) Assert.Equal(1.0, s);
            if (double.IsNegativeInfinity(t)) Assert.Equal(0.0, s);
            if (Math.Abs(t) <= 20) // independent formula, away from where exp loses the tail
                Assert.True(Math.Abs(s - 1 / (1 + Math.Exp(-t))) <= 4 * Math.BitIncrement(s) - 4 * s, $"σ({t}) = {s}");
        }
    }

    [Fact]
    public void FloatThresholdToOneIsBetween16And17Point5AndReallyAThreshold()
    {
        var one = Thresholds(Props("float"), "float").GetProperty("roundsToOne");
        float t = (float)one.GetProperty("t").GetDouble();
        Assert.InRange(t, 16f, 17.5f);
        Assert.Equal(1f, Logistic.Sigmoid(t));
        Assert.True(Logistic.Sigmoid(float.BitDecrement(t)) < 1f);
        Assert.Equal($"0x{BitConverter.SingleToUInt32Bits(t):X8}", one.GetProperty("bits").GetString());
        // Independent: 1 − σ(t) ≈ e^−t. Correctly rounded, σ becomes 1 once e^−t < 2⁻²⁵ (half the gap 2⁻²⁴ under 1);
        // within the library's 1-ULP bound it may do so from e^−t < 2⁻²⁴ on. So ln 2²⁴ ≤ t ≤ ln 2²⁵.
        Assert.InRange(t, Math.Log(Math.ScaleB(1, 24)) - 0.01, Math.Log(Math.ScaleB(1, 25)) + 0.01);
    }

    [Fact]
    public void FloatThresholdToZeroIsReallyAThreshold()
    {
        var zero = Thresholds(Props("float"), "float").GetProperty("roundsToZero");
        float t = (float)zero.GetProperty("t").GetDouble();
        Assert.Equal(0f, Logistic.Sigmoid(t));
        Assert.True(Logistic.Sigmoid(float.BitIncrement(t)) > 0f); // one step towards 0
        // Independent: σ(t) ≈ e^t. Correctly rounded it is 0 below half the smallest subnormal 2⁻¹⁴⁹, within 1 ULP
        // it may be 0 below 2⁻¹⁴⁹ itself; flushing subnormals (0 from t ≈ −87.3) fails this.
        Assert.InRange(t, Math.Log(Math.ScaleB(1, -150)) - 0.01, Math.Log(Math.ScaleB(1, -149)) + 0.01);
    }

    [Fact]
    public void DoubleThresholdsAreReallyThresholds()
    {
        var th = Thresholds(Props("float"), "double"); // both formats are reported whatever --type is
        double one = th.GetProperty("roundsToOne").GetProperty("t").GetDouble();
        double zero = th.GetProperty("roundsToZero").GetProperty("t").GetDouble();
        Assert.Equal(1.0, Logistic.Sigmoid(one));
        Assert.True(Logistic.Sigmoid(Math.BitDecrement(one)) < 1.0);
        Assert.Equal(0.0, Logistic.Sigmoid(zero));
        Assert.True(Logistic.Sigmoid(Math.BitIncrement(zero)) > 0.0);
        // As for float, with 2⁻⁵³/2⁻⁵⁴ under 1 and the smallest subnormal 2⁻¹⁰⁷⁴ (see the float tests for why a range).
        Assert.InRange(one, Math.Log(Math.ScaleB(1, 53)) - 0.01, Math.Log(Math.ScaleB(1, 54)) + 0.01);
        Assert.InRange(zero, Math.Log(Math.ScaleB(1, -1075)) - 0.01, Math.Log(Math.ScaleB(1, -1074)) + 0.01);
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void SymmetryHoldsForNonPositiveTAndCancelsForPositive(string type)
    {
        var s = Props(type).GetProperty("symmetry");
        Assert.InRange(s.GetProperty("maxUlpNonPositive").GetProperty("value").GetDouble(), 0, IdentityUlps);
        Assert.True(s.GetProperty("maxUlpPositive").GetProperty("value").GetDouble() > 1e6);
    }

    [Theory]
    [InlineData("float", 24)]
    [InlineData("double", 53)]
    public void SymmetryErrorAboveZeroIsCountedInUlpsOfTheExactValue(string type, int precision)
    {
        // Once σ(t) rounds to 1, 1 − σ(t) = 0 and the error is the whole exact σ(−t) = m·2^e with 2^(p−1) ≤ m < 2^p
        // (normal on this grid: σ(−40) ≈ 4·10⁻¹⁸), i.e. between 2^(p−1) and 2^p ULPs of it. A distance between bit
        // patterns of 0 and σ(−t) (what was reported before) is about 10⁹ in float and 4·10¹⁸ in double.
        double ulps = Props(type).GetProperty("symmetry").GetProperty("maxUlpPositive").GetProperty("value").GetDouble();
        Assert.InRange(ulps, Math.ScaleB(1.0, precision - 1), Math.ScaleB(1.0, precision));
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void ProductFormBreaksDownExactlyWhereSigmaRoundsToOne(string type)
    {
        var root = Props(type);
        var b = root.GetProperty("derivative").GetProperty("breakdown");
        double t = b.GetProperty("t").GetDouble();
        Assert.Equal(Thresholds(root, type).GetProperty("roundsToOne").GetProperty("t").GetDouble(), t);
        Assert.Equal(1.0, b.GetProperty("sigma").GetDouble());
        Assert.Equal(0.0, b.GetProperty("product").GetDouble());
        double derivative = b.GetProperty("derivative").GetDouble();
        Assert.True(derivative > 0);
        // Independent: σ′(t) = e^−t / (1 + e^−t)² ≈ e^−t for large t.
        Assert.InRange(derivative / Math.Exp(-t), 0.99, 1.01);
        Assert.InRange(root.GetProperty("derivative").GetProperty("maxUlpNonPositive").GetProperty("value").GetDouble(), 0, 4);
        Assert.Equal(t, root.GetProperty("logit").GetProperty("infiniteFrom").GetDouble());
    }

    [Theory]
    [InlineData("float", 1e-3)]
    [InlineData("double", 1e-8)]
    public void CentralDifferenceOfLogSigmoidMatchesSigmaOfMinusT(string type, double tolerance)
    {
        var e = Props(type).GetProperty("logDerivative");
        Assert.InRange(e.GetProperty("error").GetProperty("maxRel").GetProperty("value").GetDouble(), 0, tolerance);
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void LogitRoundTripIsAccurateBelowZeroAndLosesAboveZero(string type)
    {
        var l = Props(type).GetProperty("logit");
        double below = l.GetProperty("nonPositive").GetProperty("maxAbs").GetProperty("value").GetDouble();
        double above = l.GetProperty("positive").GetProperty("maxAbs").GetProperty("value").GetDouble();
        Assert.True(below < 1e-6, $"{below}");
        Assert.True(above > 1000 * below, $"{above} vs {below}");
    }

    [Fact]
    public void FloatMaximumOfDerivativeIsQuarterAtZero()
    {
        var m = Props("float").GetProperty("maxDerivative");
        Assert.Equal(0.25, m.GetProperty("value").GetDouble());
        Assert.InRange(m.GetProperty("t").GetDouble(), -1e-3, 1e-3);
        Assert.True(m.GetProperty("plateauFrom").GetDouble() <= 0 && m.GetProperty("plateauTo").GetDouble() >= 0);
    }

    [Fact]
    public void DoubleMaximumOfDerivativeIsQuarterAtZero()
    {
        var m = Props("double").GetProperty("maxDerivative");
        double value = m.GetProperty("value").GetDouble();
        Assert.InRange(m.GetProperty("t").GetDouble(), -1e-6, 1e-6);
        double ulps = Math.Abs((double)(BitConverter.DoubleToInt64Bits(value) - BitConverter.DoubleToInt64Bits(0.25)));
        Assert.True(ulps <= DerivativeMaxUlps, $"max σ′ = {value:R}, {ulps} ULP from ¼");
    }

    [Fact]
    public void LayerBoundsArePowersOfAQuarter()
    {
        var powers = Props("float").GetProperty("maxDerivative").GetProperty("powers").EnumerateArray().ToArray();
        Assert.Equal(20, powers.Length);
        for (int n = 1; n <= 20; n++)
        {
            Assert.Equal(n, powers[n - 1].GetProperty("layers").GetInt32());
            Assert.Equal(Math.ScaleB(1.0, -2 * n), powers[n - 1].GetProperty("bound").GetDouble());
        }
    }

    [Fact]
    public void TableIsPlainTextWhenRedirected()
    {
        var (code, stdout, stderr) = CliRun.Run("props");
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.DoesNotContain("\u001b[", stdout); // no ANSI escapes
        foreach (string part in new[] { "а ", "б ", "в ", "г ", "д ", "е ", "и " })
            Assert.Contains("\n" + part, stdout);
        Assert.Contains("17.32868", stdout);
    }

    [Theory]
    [InlineData("props", "--type", "half")]
    [InlineData("plot", "--format", "gif")]
    [InlineData("plot", "--lang", "de")]
    [InlineData("report", "--lang", "fr")]
    [InlineData("report", "--out", "")]
    public void BadUsageExitsTwoWithMessageOnStderr(params string[] args)
    {
        var (code, stdout, stderr) = CliRun.Run(args);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
        Assert.DoesNotContain("Report written", stdout);
    }
}
