using CsCheck;
using Sigmoid.Lab.Reference;
using Sigmoid.Tests.Accuracy;

namespace Sigmoid.Tests.Core;

/// <summary>softplus with β and logit with ε: their identities with the plain functions, their argument checks and
/// their edge cases (β tiny, huge, βx overflowing; ε = 0, ½, tiny; p outside [0, 1], NaN).</summary>
public class ParameterFunctionTests
{
    private const string Seed = "0000000000NN";

    [Fact]
    public void SoftplusWithBetaOneIsSoftplusBitForBit()
    {
        Gen.Double.Sample(x => Assert.True(Rounding.SameResult(Logistic.Softplus(x), Logistic.Softplus(x, 1.0)), $"x = {x:R}"),
            seed: Seed, iter: 50_000, threads: 1);
        Gen.Double[-800, 800].Sample(x => Assert.True(Rounding.SameResult(Logistic.Softplus(x), Logistic.Softplus(x, 1.0)), $"x = {x:R}"),
            seed: Seed, iter: 50_000, threads: 1);
        Gen.Float.Sample(x => Assert.True(Rounding.SameResult(Logistic.Softplus(x), Logistic.Softplus(x, 1f)), $"x = {x:R}"),
            seed: Seed, iter: 50_000, threads: 1);
        for (int bits = 0; bits < 1 << 16; bits++)
        {
            Half h = BitConverter.UInt16BitsToHalf((ushort)bits);
            Assert.True(Rounding.SameResult((double)Logistic.Softplus(h), (double)Logistic.Softplus(h, Half.One)), $"Half {h}");
        }
        double[] xs = [.. Enumerable.Range(0, 1000).Select(i => (i - 500) * 1.7), double.NaN, double.PositiveInfinity, double.NegativeInfinity, -745.5, -708.7];
        double[] plain = new double[xs.Length], withBeta = new double[xs.Length];
        Logistic.Softplus(xs, plain);
        Logistic.Softplus(xs, 1.0, withBeta);
        for (int i = 0; i < xs.Length; i++) Assert.True(Rounding.SameResult(plain[i], withBeta[i]), $"span x = {xs[i]:R}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void SoftplusRejectsABetaThatIsNotPositiveAndFinite(double beta)
    {
        AssertRejected("beta", () => Logistic.Softplus(1.0, beta));
        AssertRejected("beta", () => Logistic.Softplus(1f, (float)beta));
        AssertRejected("beta", () => Logistic.Softplus(Half.One, (Half)beta));
        AssertRejected("beta", () => Logistic.Softplus(new double[3], beta, new double[3]));
        AssertRejected("beta", () => Logistic.Softplus(new float[3], (float)beta, new float[3]));
        AssertRejected("beta", () => Logistic.Softplus(new Half[3], (Half)beta, new Half[3]));
        AssertRejected("beta", () => Logistic.Softplus(ReadOnlySpan<double>.Empty, beta, Span<double>.Empty));   // checked before anything else
        AssertRejected("beta", () => Logistic.Softplus(1.0, -beta == 0 ? -0.0 : beta));                         // -0 too
    }

    [Theory]
    [InlineData(-1e-30)]
    [InlineData(0.5000000000000001)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogitRejectsAnEpsOutsideZeroToHalf(double eps)
    {
        AssertRejected("eps", () => Logistic.Logit(0.3, eps));
        AssertRejected("eps", () => Logistic.Logit(0.3f, eps == 0.5000000000000001 ? 0.50000006f : (float)eps));
        AssertRejected("eps", () => Logistic.Logit(new double[3], eps, new double[3]));
        AssertRejected("eps", () => Logistic.Logit(new float[3], eps == 0.5000000000000001 ? 0.50000006f : (float)eps, new float[3]));
    }

    private static void AssertRejected(string name, Action call)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name == "beta" ? "β" : "ε", e.Message);
    }

    [Fact]
    public void SoftplusWithBetaHasNoThresholdSwitch()
    {
        // PyTorch returns x once βx > 20; the exact value is x + ln(1+e^-βx)/β, which a double still resolves.
        Assert.True(Logistic.Softplus(21.0, 1.0) > 21.0);
        Assert.True(Logistic.Softplus(12.0, 2.0) > 12.0);
        AssertWithinOneUlp(21.0, 1.0);
        AssertWithinOneUlp(12.0, 2.0);
    }

    [Theory]
    [InlineData(-1e303, 1e-300)]                 // βx = -1000: e^(βx) far below the doubles, e^(βx)/β = 1.5e-135
    [InlineData(-7.2e298, 1.0959e-296)]          // βx ≈ -789: the squared half-exponential path
    [InlineData(1e300, 1e300)]                   // βx overflows, the result is x
    [InlineData(-1e300, 1e300)]                  // βx = -∞ in effect: +0
    [InlineData(3.0, 4.9e-324)]                  // subnormal β: the result ln2/β overflows to +∞
    [InlineData(-1e-310, 1e-300)]                // βx underflows to 0: ln2/β
    [InlineData(1e-300, 1e300)]                  // huge β, βx = 1
    [InlineData(-3.0, 1e10)]                     // β large: max(x, 0) = 0, e^(βx)/β underflows
    [InlineData(-0.5, 1400)]                     // βx = -700: just inside the double exponential
    public void SoftplusWithBetaAtTheEdgesIsWithinOneUlp(double x, double beta) => AssertWithinOneUlp(x, beta);

    private static void AssertWithinOneUlp(double x, double beta)
    {
        double r = Logistic.Softplus(x, beta);
        double cr = ReferenceFunctions.CorrectlyRounded(SigmoidFunction.SoftplusBeta, x, beta, NumberFormat.Double, out ScaledValue exact, out _);
        double ulp = Rounding.UlpError(r, exact, NumberFormat.Double);
        Assert.True(ulp <= Tolerances.DoubleMaxUlp, $"softplus({x:R}, β = {beta:R}) = {r:R}, correctly rounded {cr:R} ({ulp} ULP)");
        var span = new double[1];
        Logistic.Softplus([x], beta, span);
        Assert.True(Rounding.SameResult(r, span[0]));
    }

    [Fact]
    public void LogitWithEpsClampsLikeTorchLogit()
    {
        const double eps = 1e-6;
        double low = Logistic.Logit(eps), high = -Logistic.Logit(eps);
        Assert.Equal(low, Logistic.Logit(0.0, eps));
        Assert.Equal(low, Logistic.Logit(-3.0, eps));                      // outside [0, 1]: clamped, not NaN
        Assert.Equal(low, Logistic.Logit(double.NegativeInfinity, eps));
        Assert.Equal(high, Logistic.Logit(1.0, eps));
        Assert.Equal(high, Logistic.Logit(7.0, eps));
        Assert.Equal(high, Logistic.Logit(double.PositiveInfinity, eps));
        Assert.True(double.IsNaN(Logistic.Logit(double.NaN, eps)));        // NaN stays NaN, as torch.clamp keeps it
        Assert.Equal(Logistic.Logit(0.3), Logistic.Logit(0.3, eps));       // inside: plain logit, same bits
        Assert.Equal(Logistic.Logit(1 - 1e-7), Logistic.Logit(1 - 1e-7, 1e-7 / 2));
        // ε = 0: the clamp is [0, 1]; ε = ½: everything is 0
        Assert.Equal(double.NegativeInfinity, Logistic.Logit(-1.0, 0.0));
        Assert.Equal(double.PositiveInfinity, Logistic.Logit(2.0, 0.0));
        Assert.True(double.IsNaN(Logistic.Logit(double.NaN, 0.0)));
        foreach (double p in new[] { -1.0, 0.0, 0.25, 0.5, 0.9, 1.0, 3.0 })
            Assert.True(Rounding.SameResult(0.0, Logistic.Logit(p, 0.5)), $"p = {p}");
    }

    [Fact]
    public void LogitClampIsExactEvenWhereOneMinusEpsRoundsToOne()
    {
        // In float, 1 - 10⁻⁹ rounds to 1; the clamp to [ε, 1-ε] must still give ln((1-ε)/ε) = -logit(ε), not +∞.
        float eps = 1e-9f;
        Assert.Equal(-Logistic.Logit(eps), Logistic.Logit(1f, eps));
        Assert.True(float.IsFinite(Logistic.Logit(1f, eps)));
        Assert.Equal(-Logistic.Logit((Half)0.0001), Logistic.Logit(Half.One, (Half)0.0001));
        var r = new float[3];
        Logistic.Logit([1f, 2f, float.PositiveInfinity], eps, r);
        Assert.All(r, v => Assert.Equal(-Logistic.Logit(eps), v));
    }

    [Fact]
    public void ParameterFunctionsGiveTheSameBitsOnEveryPath()
    {
        // Every lane width, lengths 0..200 (remainders), in place: equal to the scalar overload bit for bit.
        SimdPath[] paths = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];
        var rng = new Random(41);
        double[] x = [.. Enumerable.Range(0, 200).Select(i => (i % 4) switch
        {
            0 => (rng.NextDouble() - 0.5) * 1600,
            1 => rng.NextDouble(),
            2 => Math.ScaleB(rng.NextDouble() - 0.5, rng.Next(-1074, 1024)),
            _ => new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1.0, 2.0, -1e-310 }[rng.Next(8)],
        })];
        foreach (double beta in new[] { 1.0, 0.25, 3.0, 1e-300, 4.9e-324, 1e300 })
            foreach (double eps in new[] { 0.0, 1e-6, 0.25, 0.5 })
                foreach (SimdPath path in paths)
                {
                    SimdPathOverride.Forced = path;
                    try
                    {
                        for (int n = 0; n <= x.Length; n += n < 20 ? 1 : 23)
                        {
                            var d = new double[n];
                            Logistic.Softplus(x.AsSpan(0, n), beta, d);
                            for (int i = 0; i < n; i++)
                                Assert.True(Rounding.SameResult(Logistic.Softplus(x[i], beta), d[i]), $"{path} softplus({x[i]:R}, {beta:R})");
                            var f = x.Take(n).Select(v => (float)v).ToArray();
                            Logistic.Logit(f, (float)eps, f);                                  // in place
                            for (int i = 0; i < n; i++)
                                Assert.True(Rounding.SameResult(Logistic.Logit((float)x[i], (float)eps), f[i]), $"{path} logit({(float)x[i]:R}, {eps})");
                            var h = x.Take(n).Select(v => (Half)v).ToArray();
                            var hd = new Half[n];
                            Half hb = (Half)beta == Half.Zero || Half.IsInfinity((Half)beta) ? (Half)0.001 : (Half)beta;   // β as a valid Half
                            Logistic.Softplus(h, hb, hd);
                            for (int i = 0; i < n; i++)
                                Assert.True(Rounding.SameResult((double)Logistic.Softplus(h[i], hb), (double)hd[i]), $"{path} Half softplus({h[i]}, {hb})");
                        }
                    }
                    finally { SimdPathOverride.Forced = SimdPath.Auto; }
                }
    }
}
