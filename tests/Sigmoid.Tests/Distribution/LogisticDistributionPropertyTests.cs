using CsCheck;

namespace Sigmoid.Tests.Distribution;

/// <summary>Identities of the logistic distribution as CsCheck properties (fixed seed).</summary>
public class LogisticDistributionPropertyTests
{
    private const string Seed = "0000000000NN";
    private const long Iterations = 20_000;

    /// <summary>Location and scale: μ an integer multiple of 2^-8 in ±1000, s = 2^k·(1 + j/64), k ∈ [−10, 10].</summary>
    private static readonly Gen<LogisticDistribution> Distributions =
        Gen.Select(Gen.Int[-256_000, 256_000], Gen.Int[-10, 10], Gen.Int[0, 63],
            (m, k, j) => new LogisticDistribution(m / 256.0, Math.ScaleB(1 + j / 64.0, k)));

    private static double Ulp(double v) => Math.ScaleB(1.0, Math.Max(Math.ILogB(Math.Abs(v)), -1022) - 52);

    [Fact]
    public void CdfPlusSfIsOne()
    {
        // Each is within 1.5 ULP of its exact value and the exact ones sum to 1; the double sum adds ½ ULP of 1.
        Gen.Select(Distributions, Gen.Double[-40, 40]).Sample((d, t) =>
        {
            double x = d.Location + d.Scale * t;
            double f = d.Cdf(x), g = d.Sf(x);
            Assert.True(Math.Abs(f + g - 1) <= 1.5 * Ulp(f) + 1.5 * Ulp(g) + Ulp(1) / 2, $"{d}: F({x:R}) = {f:R}, Sf = {g:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void LogarithmsAreTheLogarithms()
    {
        // exp(ln F) = F: ln F within 1 ULP (relative 2^-52·|ln F|), exp adds its own ≤ 1 ULP and F has ≤ 1.5.
        Gen.Select(Distributions, Gen.Double[-30, 30]).Sample((d, t) =>
        {
            double x = d.Location + d.Scale * t;
            Check(d.LogCdf(x), d.Cdf(x));
            Check(d.LogSf(x), d.Sf(x));
            Check(d.LogPdf(x), d.Pdf(x));
            void Check(double log, double value) =>
                Assert.True(Math.Abs(Math.Exp(log) - value) <= (Math.Abs(log) + 3) * Math.ScaleB(value, -52), $"{d} at {x:R}: e^{log:R} vs {value:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void QuantileInvertsTheCdf()
    {
        // p = F(x) carries ≤ 1.5 ULP, i.e. ≤ 1.5·2^-52 relative; x = F⁻¹(p) moves by dp/f(x) = s·(dp/p)/(1−p) ≤ 3s·2^-52 for
        // p ≤ ½; the quantile adds ≤ 1 ULP of x. The right half through Sf and the inverse survival function alike.
        Gen.Select(Distributions, Gen.Double[-36, 36]).Sample((d, t) =>
        {
            double x = d.Location + d.Scale * t;
            double back = x <= d.Location ? d.Quantile(d.Cdf(x)) : d.InverseSurvival(d.Sf(x));
            Assert.True(Math.Abs(back - x) <= 3 * d.Scale * Math.ScaleB(1.0, -52) + Ulp(x) + Ulp(d.Location), $"{d}: {x:R} came back as {back:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void DistributionIsSymmetricAboutItsLocation()
    {
        // μ ± h with h a multiple of 2^-8 below 2^20 is exact, so z and −z are exact negatives: the bits must mirror.
        Gen.Select(Distributions, Gen.Int[0, 1 << 28]).Sample((d, k) =>
        {
            double h = k / 256.0 * Math.Min(d.Scale, 1);
            double left = d.Location - h, right = d.Location + h;
            if (left - d.Location != -h || right - d.Location != h) return;
            Assert.Equal(d.Pdf(left), d.Pdf(right));
            Assert.Equal(d.LogPdf(left), d.LogPdf(right));
            Assert.Equal(d.Cdf(left), d.Sf(right));
            Assert.Equal(d.LogCdf(left), d.LogSf(right));
            double p = d.Cdf(left);
            if (p > 0) Assert.Equal(d.Quantile(p) - d.Location, -(d.InverseSurvival(p) - d.Location), 9);
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void DensityIsTheScaledSigmoidDerivative()
    {
        // With s a power of two and x − μ exact, z is exact and f(x) = σ′(z)/s is σ′ scaled exactly: the same bits
        // (|z| ≤ 650; beyond, the density is computed without the subnormal-bound σ′).
        Gen.Select(Gen.Int[-1000, 1000], Gen.Int[-20, 20], Gen.Double[-650, 650]).Sample((m, k, z) =>
        {
            double s = Math.ScaleB(1.0, k), mu = m / 8.0, x = mu + s * z;
            if ((x - mu) / s != z) return;
            var d = new LogisticDistribution(mu, s);
            double expected = Logistic.SigmoidDerivative(z) / s;
            Assert.Equal(expected, d.Pdf(x));
            Assert.Equal(Logistic.Sigmoid(z), d.Cdf(x));
        }, seed: Seed, iter: Iterations, threads: 1);
    }
}
