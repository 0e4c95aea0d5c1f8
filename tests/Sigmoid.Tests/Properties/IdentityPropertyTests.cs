using CsCheck;
using Sigmoid.Lab.Reference;
using Sigmoid.Tests.Accuracy;

namespace Sigmoid.Tests.Properties;

/// <summary>The identities of the problem sheet as CsCheck properties (fixed seeds, so runs are reproducible).</summary>
public class IdentityPropertyTests
{
    private const string Seed = "0000000000NN";
    private const long Iterations = 20_000;

    private static double Ulp(double v, NumberFormat f)
    {
        double a = Math.Abs(v);
        int e = a == 0 ? f.MinExponent : Math.Max(Math.ILogB(a), f.MinExponent);
        return Math.ScaleB(1.0, e - f.Precision + 1);
    }

    [Fact]
    public void SigmoidOfMinusXIsOneMinusSigmoidWhereThatIsExact()
    {
        // For x ≤ 0 with s = σ(x) correctly rounded: when 1 - s is exact in the format, σ(-x) = 1 - s
        // (|(1-s) - (1-σ)| ≤ ½ulp(σ) < ½ulp(1-σ)), so a correctly rounded σ(-x) must equal it bit for bit.
        Gen.Float[-110f, 0f].Sample(x =>
        {
            float s = Logistic.Sigmoid(x);
            double oneMinus = 1.0 - s;
            if ((float)oneMinus == oneMinus) Assert.Equal((float)oneMinus, Logistic.Sigmoid(-x));
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Double[-40, 0].Sample(x =>
        {
            double s = Logistic.Sigmoid(x);
            double oneMinus = 1.0 - s; // exact when s ≥ ¼ (Sterbenz) or in the low bits allowed
            double other = Logistic.Sigmoid(-x);
            Assert.True(Math.Abs(other - oneMinus) <= 2 * Ulp(oneMinus, NumberFormat.Double), $"x = {x:R}: σ(-x) = {other:R}, 1-σ(x) = {oneMinus:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        for (int bits = 0x8000; bits < 0xFC00; bits++) // every non-positive finite Half
        {
            Half x = BitConverter.UInt16BitsToHalf((ushort)bits);
            double s = (double)Logistic.Sigmoid(x), oneMinus = 1.0 - s;
            if ((double)(Half)oneMinus == oneMinus) Assert.Equal((Half)oneMinus, Logistic.Sigmoid(-x));
        }
    }

    [Fact]
    public void IncreasingFunctionsAreMonotonic()
    {
        Gen.Select(Gen.Float[-120f, 120f], Gen.Float[-120f, 120f]).Sample((a, b) =>
        {
            float x = Math.Min(a, b), y = Math.Max(a, b);
            Assert.True(Logistic.Sigmoid(x) <= Logistic.Sigmoid(y), $"σ({x}) > σ({y})");
            Assert.True(Logistic.LogSigmoid(x) <= Logistic.LogSigmoid(y), $"ln σ({x}) > ln σ({y})");
            Assert.True(Logistic.Softplus(x) <= Logistic.Softplus(y), $"softplus({x}) > softplus({y})");
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Select(Gen.Double[-800, 800], Gen.Double[-800, 800]).Sample((a, b) =>
        {
            double x = Math.Min(a, b), y = Math.Max(a, b);
            Assert.True(Logistic.Sigmoid(x) <= Logistic.Sigmoid(y));
            Assert.True(Logistic.LogSigmoid(x) <= Logistic.LogSigmoid(y));
            Assert.True(Logistic.Softplus(x) <= Logistic.Softplus(y));
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1]).Sample((a, b) =>
            Assert.True(Logistic.Logit(Math.Min(a, b)) <= Logistic.Logit(Math.Max(a, b))), seed: Seed, iter: Iterations, threads: 1);
        // Half: every adjacent pair of finite values, in order
        float previous = float.NegativeInfinity;
        Half last = Logistic.Sigmoid(Half.NegativeInfinity);
        foreach (Half x in AllHalvesAscending())
        {
            Half s = Logistic.Sigmoid(x);
            Assert.True(s >= last, $"σ not monotonic at Half {x}");
            last = s;
            previous = (float)x;
        }
        Assert.True(previous > 0);
    }

    private static IEnumerable<Half> AllHalvesAscending()
    {
        for (int bits = 0xFBFF; bits >= 0x8000; bits--) yield return BitConverter.UInt16BitsToHalf((ushort)bits);
        for (int bits = 0; bits <= 0x7BFF; bits++) yield return BitConverter.UInt16BitsToHalf((ushort)bits);
    }

    [Fact]
    public void SigmoidOfLogitRoundTrips()
    {
        // x̂ = logit(p) is within ½ ulp(x); σ(x̂) - p ≈ σ'(x)(x̂ - x) = p(1-p)(x̂ - x), and ulp(x) ≤ 2^-23·|x|·… so the
        // round trip errs by at most ½ ULP of p for σ's rounding plus (1-p)·|logit p|·ULP(p) from logit's: the bound
        // is (LogitRoundTripUlp + |logit p|) ULPs of p.
        Gen.Float[1e-30f, 1f].Sample(p =>
        {
            float x = Logistic.Logit(p);
            float back = Logistic.Sigmoid(x);
            double bound = (Tolerances.LogitRoundTripUlp + Math.Abs(x)) * Ulp(p, NumberFormat.Float);
            Assert.True(Math.Abs(back - p) <= bound, $"p = {p:R}: σ(logit p) = {back:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Double[1e-300, 1].Sample(p =>
        {
            double x = Logistic.Logit(p);
            double back = Logistic.Sigmoid(x);
            double bound = (Tolerances.LogitRoundTripUlp + 2 * Math.Abs(x)) * Ulp(p, NumberFormat.Double);
            Assert.True(Math.Abs(back - p) <= bound, $"p = {p:R}: σ(logit p) = {back:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void DerivativeOfLogSigmoidIsSigmoidOfMinusT()
    {
        Gen.Double[-20, 20].Sample(t =>
        {
            double h = Math.ScaleB(1.0, -20) * Math.Max(1, Math.Abs(t));
            double derivative = (Logistic.LogSigmoid(t + h) - Logistic.LogSigmoid(t - h)) / (2 * h);
            double expected = Logistic.Sigmoid(-t);
            Assert.True(Math.Abs(derivative - expected) <= Tolerances.CentralDifferenceRelative * expected,
                $"t = {t:R}: central difference {derivative:R}, σ(-t) = {expected:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void SigmoidAtZeroIsHalfAndDerivativeIsQuarterExactly()
    {
        Assert.Equal(0.5f, Logistic.Sigmoid(0f));
        Assert.Equal(0.5, Logistic.Sigmoid(-0.0));
        Assert.Equal((Half)0.5f, Logistic.Sigmoid(Half.Zero));
        Assert.Equal(0.25f, Logistic.SigmoidDerivative(0f));
        Assert.Equal(0.25, Logistic.SigmoidDerivative(-0.0));
        Assert.Equal((Half)0.25f, Logistic.SigmoidDerivative(Half.NegativeZero));
    }

    [Fact]
    public void SoftplusDifferenceIsX()
    {
        Gen.Double[-30, 30].Sample(x =>
        {
            double d = Logistic.Softplus(x) - Logistic.Softplus(-x);
            Assert.True(Math.Abs(d - x) <= Tolerances.SoftplusDifferenceUlp * Ulp(Math.Max(Math.Abs(x), 1), NumberFormat.Double),
                $"x = {x:R}: softplus(x) - softplus(-x) = {d:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    /// <summary>
    /// With the labels 0 and 1 the gradient is σ(z) and -σ(-z) to 1 ULP at every logit, also where the prediction is
    /// confident and right (y = 1, z large), where σ(z) - 1 keeps only σ(z)'s rounding error (z = 36.8: -2^-53 instead
    /// of -1.04·10^-16) and float's σ(z) - 1 is 0 from z ≈ 17.
    /// </summary>
    [Fact]
    public void BceGradientOfHardLabelsIsRelativelyAccurate()
    {
        Gen.Select(Gen.Double[-740, 740], Gen.Int[0, 1]).Sample((z, label) =>
        {
            double y = label, g = Logistic.BinaryCrossEntropyWithLogitsGradient(z, y);
            double expected = HardLabelGradient(z, label, NumberFormat.Double);
            Assert.True(Math.Abs(g - expected) <= Ulp(expected, NumberFormat.Double), $"z = {z:R}, y = {y}: {g:R} vs {expected:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Select(Gen.Float[-100, 100], Gen.Int[0, 1]).Sample((z, label) =>
        {
            float y = label, g = Logistic.BinaryCrossEntropyWithLogitsGradient(z, y);
            double expected = HardLabelGradient(z, label, NumberFormat.Float);
            Assert.True(Math.Abs(g - expected) <= Ulp(expected, NumberFormat.Float), $"z = {z:R}, y = {y}: {g:R} vs {expected:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    /// <summary>The exact gradient for a hard label, correctly rounded to <paramref name="format"/>: σ(z) for the label
    /// 0, -σ(-z) for the label 1.</summary>
    private static double HardLabelGradient(double z, int label, NumberFormat format) => label == 1
        ? -ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, -z, 0, format, out _, out _)
        : ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, z, 0, format, out _, out _);

    [Fact]
    public void BceGradientIsSigmoidMinusLabel()
    {
        Gen.Select(Gen.Double[-40, 40], Gen.Double[0, 1]).Sample((z, y) =>
        {
            double g = Logistic.BinaryCrossEntropyWithLogitsGradient(z, y);
            double s = ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, z, 0, NumberFormat.Double, out _, out _);
            double expected = s - y;
            double scale = Ulp(Math.Max(Math.Abs(s), Math.Abs(y)), NumberFormat.Double);
            Assert.True(Math.Abs(g - expected) <= Tolerances.BceGradientUlp * scale, $"z = {z:R}, y = {y:R}: {g:R} vs {expected:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Select(Gen.Float[-40, 40], Gen.Float[0, 1]).Sample((z, y) =>
        {
            float g = Logistic.BinaryCrossEntropyWithLogitsGradient(z, y);
            double s = Logistic.Sigmoid(z);
            double scale = Ulp(Math.Max(Math.Abs(s), Math.Abs(y)), NumberFormat.Float);
            Assert.True(Math.Abs(g - (s - y)) <= Tolerances.BceGradientUlp * scale, $"z = {z:R}, y = {y:R}: {g:R} vs {s - y:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }
}
