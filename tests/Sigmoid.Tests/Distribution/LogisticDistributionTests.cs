using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;
using Sigmoid.Tests.Accuracy;

namespace Sigmoid.Tests.Distribution;

/// <summary><see cref="LogisticDistribution"/>: contract, accuracy against the reference, sampling and fitting.</summary>
public class LogisticDistributionTests
{
    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    [Fact]
    public void InvalidParametersThrow()
    {
        foreach (double s in new[] { 0.0, -0.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticDistribution(0, s)).ParamName);
        foreach (double m in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            Assert.Equal("location", Assert.Throws<ArgumentOutOfRangeException>(() => new LogisticDistribution(m, 1)).ParamName);
    }

    [Fact]
    public void StandardDistributionIsTheSigmoidFamilyBitForBit()
    {
        var d = new LogisticDistribution();
        var (x, _) = DoubleSamples.Generate(SigmoidFunction.Sigmoid, 20_000);
        foreach (double v in x)
        {
            Same(Logistic.Sigmoid(v), d.Cdf(v));
            Same(Logistic.Sigmoid(-v), d.Sf(v));
            Same(Logistic.SigmoidDerivative(v), d.Pdf(v));
        }
        var (p, _) = DoubleSamples.Generate(SigmoidFunction.Logit, 20_000);
        foreach (double v in p)
        {
            Same(Logistic.Logit(v), d.Quantile(v));
            Assert.Equal(-Logistic.Logit(v), d.InverseSurvival(v));         // ±0 at p = ½: μ − s·0 = +0
        }
        static void Same(double expected, double actual) =>
            Assert.True(Rounding.SameResult(expected, actual), $"{expected:R} vs {actual:R}");
    }

    public static TheoryData<LogisticDistributionFunction> Functions() => new(Enum.GetValues<LogisticDistributionFunction>());

    [Theory]
    [MemberData(nameof(Functions))]
    public void WithinTheDocumentedUlpBounds(LogisticDistributionFunction f)
    {
        var standard = DistributionAccuracy.Measure(f, false, 30_000);
        Assert.True(standard.MaxUlp <= Tolerances.DoubleMaxUlp, $"{f} at μ=0, s=1: {standard.MaxUlp} ULP at x = {standard.WorstX:R}");
        var sampled = DistributionAccuracy.Measure(f, true, 30_000);
        Assert.True(sampled.MaxUlp <= DistributionAccuracy.GeneralMaxUlp(f),
            $"{f}: {sampled.MaxUlp} ULP at x = {sampled.WorstX:R}, μ = {sampled.WorstLocation:R}, s = {sampled.WorstScale:R}");
        Assert.Empty(DistributionAccuracy.Violations(sampled));
    }

    [Fact]
    public void ReferenceAtTheStandardParametersIsTheFamilyReference()
    {
        var (x, _) = DoubleSamples.Generate(SigmoidFunction.Sigmoid, 3000);
        foreach (double v in x.Where(double.IsFinite).Where(v => Math.Abs(v) < 700))
        {
            Check(LogisticDistributionFunction.Cdf, SigmoidFunction.Sigmoid, v, v);
            Check(LogisticDistributionFunction.Sf, SigmoidFunction.Sigmoid, v, -v);
            Check(LogisticDistributionFunction.Pdf, SigmoidFunction.SigmoidDerivative, v, v);
            Check(LogisticDistributionFunction.LogCdf, SigmoidFunction.LogSigmoid, v, v);
            Check(LogisticDistributionFunction.LogSf, SigmoidFunction.LogSigmoid, v, -v);
        }
        static void Check(LogisticDistributionFunction f, SigmoidFunction g, double x, double gx)
        {
            double a = LogisticDistributionReference.Evaluate(f, x).ToDouble(), b = ReferenceFunctions.Evaluate(g, gx).ToDouble();
            Assert.True(a == b || Math.Abs(a - b) <= Math.Abs(b) * Tolerances.ReferenceAgreement * 1024, $"{f}({x:R}): {a:R} vs {b:R}");
        }
    }

    [Fact]
    public void TailsAreRight()
    {
        var d = new LogisticDistribution();
        // ln(1 − F(40)) = −40 − ln(1 + e^−40): the correction is 4.2·10⁻¹⁸, far below half an ULP of 40 (3.6·10⁻¹⁵).
        var exact = LogisticDistributionReference.Evaluate(LogisticDistributionFunction.LogSf, 40);
        Assert.True(Rounding.UlpError(d.LogSf(40), exact, NumberFormat.Double) <= Tolerances.DoubleMaxUlp);
        Assert.Equal(-40.0, d.LogSf(40));
        Assert.Equal(-800.0, d.LogSf(800));
        Assert.True(double.IsFinite(d.LogCdf(-1e300)));
        Assert.True(d.Sf(40) > 0 && d.Sf(40) < 5e-18);
        Assert.True(d.Cdf(-740) > 0);                                        // subnormal, not flushed
        // Quantiles near 0 and 1 through the accurate logit: within 1 ULP of the reference.
        foreach (double p in new[] { 1e-300, 1e-20, 1e-10, 0.5 - 1e-17, 0.999, 1 - Math.ScaleB(1.0, -53) })
        {
            var q = LogisticDistributionReference.Evaluate(LogisticDistributionFunction.Ppf, p);
            Assert.True(Rounding.UlpError(d.Quantile(p), q, NumberFormat.Double) <= Tolerances.DoubleMaxUlp, $"ppf({p:R})");
            var r = LogisticDistributionReference.Evaluate(LogisticDistributionFunction.Isf, p);
            Assert.True(Rounding.UlpError(d.InverseSurvival(p), r, NumberFormat.Double) <= Tolerances.DoubleMaxUlp, $"isf({p:R})");
        }
        var g = new LogisticDistribution(5, 3);
        Assert.Equal(double.NegativeInfinity, g.Quantile(0));
        Assert.Equal(double.PositiveInfinity, g.Quantile(1));
        Assert.Equal(5.0, g.Quantile(0.5));
        Assert.Equal(double.PositiveInfinity, g.InverseSurvival(0));
        Assert.True(double.IsNaN(g.Quantile(1.5)) && double.IsNaN(g.Quantile(-0.1)) && double.IsNaN(g.Quantile(double.NaN)));
        Assert.Equal(0.0, g.Pdf(double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, g.LogPdf(double.NegativeInfinity));
        Assert.Equal(1.0, g.Cdf(double.PositiveInfinity));
        Assert.Equal(1.0, g.Sf(double.NegativeInfinity));
        Assert.True(double.IsNaN(g.Cdf(double.NaN)) && double.IsNaN(g.LogSf(double.NaN)));
    }

    [Fact]
    public void MomentsAreCorrectlyRounded()
    {
        // Expected values from their decimal expansions (π²/3, π/√3, ln 2), parsed with correct rounding.
        var d = new LogisticDistribution(-2.5, 1);
        Assert.Equal(-2.5, d.Mean);
        Assert.Equal(-2.5, d.Median);
        Assert.Equal(double.Parse("3.28986813369645287294483033329205037843789980241359687547111645"), d.Variance);
        Assert.Equal(double.Parse("1.81379936423421785059078937493231086456499388089324838387060016"), d.StandardDeviation);
        Assert.Equal(2.0, d.Entropy);
        var two = new LogisticDistribution(0, 2);
        Assert.Equal(double.Parse("13.1594725347858114917793213331682015137515992096543875018844658"), two.Variance);
        Assert.Equal(double.Parse("2.69314718055994530941723212145817656807550013436025525412068001"), two.Entropy);
    }

    [Fact]
    public void SamplesAreReproducibleAndLogisticallyDistributed()
    {
        var d = new LogisticDistribution(1.5, 0.75);
        var a = new double[100_000];
        var b = new double[100_000];
        d.Sample(a, 42);
        d.Sample(b, 42);
        Assert.Equal(a, b);
        d.Sample(b, 43);
        Assert.NotEqual(a, b);
        // Kolmogorov–Smirnov: sup |F_n − F| below the 0.1% critical value 1.949/√n.
        Assert.True(KolmogorovDistance(a, d) < 1.949 / Math.Sqrt(a.Length), $"D = {KolmogorovDistance(a, d)}");
        var c = new double[100_000];
        d.Sample(c, new Random(5));
        Assert.True(KolmogorovDistance(c, d) < 1.949 / Math.Sqrt(c.Length));
        var e = new double[100_000];
        d.Sample(e, new Random(5));
        Assert.Equal(c, e);
        Assert.All(a, v => Assert.True(Math.Abs(v - 1.5) <= 0.75 * 37.5));
    }

    private static double KolmogorovDistance(double[] sample, LogisticDistribution d)
    {
        var sorted = sample.Order().ToArray();
        double worst = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            double f = d.Cdf(sorted[i]);
            worst = Math.Max(worst, Math.Max(f - (double)i / sorted.Length, (double)(i + 1) / sorted.Length - f));
        }
        return worst;
    }

    [Theory]
    [InlineData(0.0, 1.0, 1UL)]
    [InlineData(3.0, 2.0, 2UL)]
    [InlineData(-1e6, 1e-3, 3UL)]
    [InlineData(1e10, 5e8, 4UL)]
    public void FitRecoversParametersWithinFisherStandardErrors(double mu, double s, ulong seed)
    {
        // The Fisher information per observation is diag(1/(3s²), (π²+3)/(9s²)), so the maximum-likelihood estimates
        // have standard errors s·√(3/n) and 3s/√((π²+3)·n); 4.5 of them leave a 1-in-150,000 chance per check.
        const int n = 100_000;
        var data = new double[n];
        new LogisticDistribution(mu, s).Sample(data, seed);
        var fit = LogisticDistribution.Fit(data);
        double seMu = s * Math.Sqrt(3.0 / n), seS = 3 * s / Math.Sqrt((Math.PI * Math.PI + 3) * n);
        Assert.True(Math.Abs(fit.Location - mu) <= 4.5 * seMu, $"μ̂ = {fit.Location:R}, μ = {mu}, se = {seMu}");
        Assert.True(Math.Abs(fit.Scale - s) <= 4.5 * seS, $"ŝ = {fit.Scale:R}, s = {s}, se = {seS}");
        // And it is the maximum: the log-likelihood falls when either parameter moves by 10⁻⁶ relative to its standard error.
        double best = fit.LogLikelihood(data);
        foreach (var (dm, ds) in new[] { (1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0) })
        {
            var moved = new LogisticDistribution(fit.Location + dm * seMu * 1e-2, fit.Scale + ds * seS * 1e-2);
            Assert.True(moved.LogLikelihood(data) < best, $"moved ({dm}, {ds}) is not worse");
        }
    }

    [Fact]
    public void FitRejectsBadData()
    {
        Assert.Contains("data[2]", Assert.Throws<ArgumentException>(() => LogisticDistribution.Fit([1.0, 2.0, double.NaN])).Message);
        Assert.Contains("data[0]", Assert.Throws<ArgumentException>(() => LogisticDistribution.Fit([double.PositiveInfinity, 2.0])).Message);
        Assert.Contains("two distinct", Assert.Throws<ArgumentException>(() => LogisticDistribution.Fit([3.0, 3.0, 3.0])).Message);
        Assert.Throws<ArgumentException>(() => LogisticDistribution.Fit([]));
        var two = LogisticDistribution.Fit([0.0, 1.0]);                     // two points: symmetric, finite s
        Assert.Equal(0.5, two.Location, 12);
        Assert.True(two.Scale > 0 && double.IsFinite(two.Scale));
        var huge = LogisticDistribution.Fit([-1.5e308, 1.7e308, 1e308, -1e308]);
        Assert.True(double.IsFinite(huge.Location) && double.IsFinite(huge.Scale));
    }
}
