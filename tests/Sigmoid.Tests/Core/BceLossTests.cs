using Sigmoid.Lab.Reference;
using Sigmoid.Tests.Accuracy;
using DD = Sigmoid.Lab.Reference.DoubleDouble;

namespace Sigmoid.Tests.Core;

/// <summary>The weighted, reduced BCE-with-logits loss of <see cref="Logistic"/> and its gradient.</summary>
public class BceLossTests
{
    /// <summary>w·[p·y·softplus(−z) + (1−y)·softplus(z)] from the project's reference (|z| ≤ 40: every term normal).</summary>
    private static ScaledValue ReferenceLoss(double z, double y, double w, double p)
    {
        DD Softplus(double t)
        {
            ScaledValue v = ReferenceFunctions.Evaluate(SigmoidFunction.Softplus, t);
            return v.Mantissa.ScaleB(v.Scale);
        }
        DD c = DD.TwoProd(p, y), d = DD.TwoSum(1.0, -y);
        return new ScaledValue((c * Softplus(-z) + d * Softplus(z)) * w);
    }

    [Fact]
    public void ElementLossIsWithinOneUlpOfTheReference()
    {
        var rng = new Random(7);
        int n = 20_000;
        var z = new double[n]; var y = new double[n]; var w = new double[n]; var loss = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = (rng.NextDouble() - 0.5) * 80;
            y[i] = i % 3 == 0 ? rng.Next(2) : rng.NextDouble();
            w[i] = rng.NextDouble() * 4;
        }
        foreach (double p in new[] { 1.0, 0.25, 3.5, 0.0 })
        {
            Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, loss, w, p);
            double worst = 0;
            for (int i = 0; i < n; i++)
            {
                double ulp = Rounding.UlpError(loss[i], ReferenceLoss(z[i], y[i], w[i], p), NumberFormat.Double);
                worst = Math.Max(worst, ulp);
                Assert.True(ulp <= Tolerances.DoubleMaxUlp, $"p = {p}, z = {z[i]:R}, y = {y[i]:R}, w = {w[i]:R}: {loss[i]:R} is {ulp:G4} ULP off");
            }
        }
    }

    [Fact]
    public void WithoutWeightsItIsTheElementwiseCrossEntropy()
    {
        var rng = new Random(11);
        var z = Enumerable.Range(0, 5000).Select(_ => (rng.NextDouble() - 0.5) * 60).ToArray();
        var y = z.Select(_ => rng.NextDouble()).ToArray();
        var a = new double[z.Length]; var b = new double[z.Length];
        Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, a);
        Logistic.BinaryCrossEntropyWithLogits(z, y, b);
        for (int i = 0; i < z.Length; i++)
        {
            var exact = ReferenceLoss(z[i], y[i], 1, 1);
            Assert.True(Rounding.UlpError(a[i], exact, NumberFormat.Double) <= Tolerances.DoubleMaxUlp);
            Assert.True(Math.Abs(a[i] - b[i]) <= Math.ScaleB(1.0, Math.ILogB(b[i]) - 51), $"z = {z[i]:R}: {a[i]:R} vs {b[i]:R}"); // both ≤ 1 ULP
        }
    }

    [Fact]
    public void MeanOfTenMillionEqualLossesIsThatLossToTheLastBit()
    {
        const int n = 10_000_000;
        var z = new double[n]; var y = new double[n];
        foreach (var (zi, yi) in new[] { (0.3, 1.0), (-2.75, 0.0), (1.0 / 3, 0.7), (12.5, 0.0) })
        {
            Array.Fill(z, zi); Array.Fill(y, yi);
            var one = new double[1];
            Logistic.BinaryCrossEntropyWithLogitsLoss(z.AsSpan(0, 1), y.AsSpan(0, 1), one);
            double mean = Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Mean);
            Assert.Equal(BitConverter.DoubleToInt64Bits(one[0]), BitConverter.DoubleToInt64Bits(mean));
            double sum = Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum);
            Assert.Equal(one[0] * n, sum);                                   // n·ℓ has ≤ 77 bits: exact, then rounded once
            double naive = 0;                                                 // what the test guards against
            for (int i = 0; i < n; i++) naive += one[0];
            Assert.NotEqual(one[0], naive / n);
        }
        var zf = new float[n]; var yf = new float[n];
        Array.Fill(zf, 0.3f); Array.Fill(yf, 1f);
        var onef = new float[1];
        Logistic.BinaryCrossEntropyWithLogitsLoss(zf.AsSpan(0, 1), yf.AsSpan(0, 1), onef);
        Assert.Equal(onef[0], Logistic.BinaryCrossEntropyWithLogitsLoss(zf, yf, LossReduction.Mean));
        float naiveFloat = 0;
        for (int i = 0; i < n; i++) naiveFloat += onef[0];
        Assert.NotEqual(onef[0], naiveFloat / n);
    }

    [Fact]
    public void SumIsTheCorrectlyRoundedExactSumOfTheElementLosses()
    {
        // One huge loss and 10^5 small ones: left-to-right addition drops every small one.
        var rng = new Random(3);
        int n = 100_001;
        var z = new double[n]; var y = new double[n]; var w = new double[n];
        z[0] = 1e16; y[0] = 0; w[0] = 1;
        for (int i = 1; i < n; i++) { z[i] = rng.NextDouble() * 4 - 2; y[i] = rng.NextDouble(); w[i] = rng.NextDouble(); }
        var loss = new double[n];
        Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, loss, w, 2.0);
        BigFloat exact = BigFloat.Zero;
        double naive = 0;
        foreach (double l in loss) { exact += BigFloat.FromDouble(l); naive += l; }
        Assert.True(exact.TryRoundTo(NumberFormat.Double, 0, out double expected));
        double sum = Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, w, 2.0);
        Assert.Equal(expected, sum);
        Assert.NotEqual(expected, naive);
        Assert.True((exact / BigFloat.FromInteger(n)).TryRoundTo(NumberFormat.Double, 0, out double expectedMean));
        Assert.Equal(expectedMean, Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Mean, w, 2.0));
    }

    [Fact]
    public void EmptyBatchesAndSpecialValues()
    {
        Assert.Equal(0.0, Logistic.BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, LossReduction.Sum));
        Assert.True(double.IsNaN(Logistic.BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty)));
        double inf = double.PositiveInfinity;
        // The infinite term's coefficient is 0 when the label agrees; a weight of 0 masks an infinite loss.
        Assert.Equal(0.0, Logistic.BinaryCrossEntropyWithLogitsLoss([inf, -inf], [1.0, 0.0], LossReduction.Sum));
        Assert.Equal(inf, Logistic.BinaryCrossEntropyWithLogitsLoss([inf, 0.0], [0.0, 1.0], LossReduction.Sum));
        Assert.Equal(Math.Log(2), Logistic.BinaryCrossEntropyWithLogitsLoss([inf, 0.0], [0.0, 1.0], LossReduction.Sum, [0.0, 1.0]), 15);
        Assert.True(double.IsNaN(Logistic.BinaryCrossEntropyWithLogitsLoss([0.0, 1.0], [0.5, 1.5], LossReduction.Mean)));
        Assert.True(double.IsNaN(Logistic.BinaryCrossEntropyWithLogitsLoss([double.NaN], [0.5], LossReduction.Mean)));
        // p = 0 with y = 1: only the (1−y) term, which is 0.
        Assert.Equal(0.0, Logistic.BinaryCrossEntropyWithLogitsLoss([-3.0], [1.0], LossReduction.Sum, default, 0.0));
        // Sums that overflow: the sum is ∞, the mean still finite.
        Assert.Equal(inf, Logistic.BinaryCrossEntropyWithLogitsLoss([1e308, 1.5e308], [0.0, 0.0], LossReduction.Sum));
        Assert.Equal(1e308 / 2 + 1.5e308 / 2, Logistic.BinaryCrossEntropyWithLogitsLoss([1e308, 1.5e308], [0.0, 0.0], LossReduction.Mean));
    }

    [Fact]
    public void BadArgumentsThrowClearExceptions()
    {
        double[] z = [0.5, -1], y = [1, 0], dz = new double[2];
        var e1 = Assert.Throws<ArgumentException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, [1.0]));
        Assert.Equal("y", e1.ParamName);
        var e2 = Assert.Throws<ArgumentException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, [1.0]));
        Assert.Equal("weight", e2.ParamName);
        var e3 = Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, [1.0, -0.5]));
        Assert.Equal("weight", e3.ParamName);
        Assert.Contains("weight[1]", e3.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, [double.NaN, 1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Sum, [double.PositiveInfinity, 1.0]));
        foreach (double p in new[] { -1.0, double.NaN, double.PositiveInfinity })
            Assert.Equal("positiveWeight", Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.Mean, default, p)).ParamName);
        Assert.Equal("reduction", Assert.Throws<ArgumentException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, LossReduction.None)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, (LossReduction)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, dz, (LossReduction)7));
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, new double[1])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, new double[1])).ParamName);
        // Validation comes before any write.
        var untouched = new double[] { 7, 7 };
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, untouched, [1.0, -1.0]));
        Assert.Equal([7.0, 7.0], untouched);
    }

    [Fact]
    public void GradientMatchesTheReference()
    {
        var rng = new Random(5);
        int n = 10_000;
        var z = new double[n]; var y = new double[n]; var w = new double[n];
        for (int i = 0; i < n; i++) { z[i] = (rng.NextDouble() - 0.5) * 60; y[i] = rng.NextDouble(); w[i] = rng.NextDouble() * 3; }
        var dz = new double[n];
        foreach (var reduction in new[] { LossReduction.None, LossReduction.Sum, LossReduction.Mean })
            foreach (double p in new[] { 1.0, 2.5 })
            {
                Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, dz, reduction, w, p);
                double divisor = reduction == LossReduction.Mean ? n : 1;
                for (int i = 0; i < n; i++)
                {
                    double sp = ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, z[i], 0, NumberFormat.Double, out _, out _);
                    double sm = ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, -z[i], 0, NumberFormat.Double, out _, out _);
                    DD c = DD.TwoProd(p, y[i]), d = DD.TwoSum(1.0, -y[i]);
                    DD exact = (d * sp - c * sm) * w[i] / divisor;
                    // |error| ≤ ½ ulp + 2^-52·w·[(1−y)σ(z) + p·y·σ(−z)]/n: the σ's own error (≤ 1 ULP each) before the difference.
                    double allowed = Math.ScaleB(Math.Abs(exact.Hi), -52) + Math.ScaleB(1.0, -52) * w[i] * ((1 - y[i]) * sp + p * y[i] * sm) / divisor * 2;
                    Assert.True(Math.Abs(dz[i] - exact.ToDouble()) <= allowed, $"{reduction}, p = {p}, z = {z[i]:R}: {dz[i]:R} vs {exact.ToDouble():R}");
                }
            }
        // Mean = Sum / n, to rounding; None = Sum (per element).
        var sum = new double[n]; var none = new double[n]; var mean = new double[n];
        Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, sum, LossReduction.Sum, w, 2.5);
        Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, none, LossReduction.None, w, 2.5);
        Logistic.BinaryCrossEntropyWithLogitsLossGradient(z, y, mean, LossReduction.Mean, w, 2.5);
        Assert.Equal(sum, none);
        for (int i = 0; i < n; i++) Assert.True(Math.Abs(mean[i] - sum[i] / n) <= Math.ScaleB(Math.Abs(sum[i] / n), -52));
    }

    [Fact]
    public void GradientIsTheDerivativeOfTheLoss()
    {
        // Central differences of the double loss (sum reduction) at moderate logits: h = 2^-20, truncation h²/6·|ℓ'''|
        // and rounding 2·ulp(ℓ)/(2h) both far below 2^-20 relative (the CentralDifferenceRelative reasoning).
        var rng = new Random(9);
        for (int k = 0; k < 500; k++)
        {
            double z = (rng.NextDouble() - 0.5) * 16, y = rng.NextDouble(), w = rng.NextDouble() * 2 + 0.1, p = rng.NextDouble() * 3;
            double h = Math.ScaleB(1.0, -20);
            double up = Logistic.BinaryCrossEntropyWithLogitsLoss([z + h], [y], LossReduction.Sum, [w], p);
            double down = Logistic.BinaryCrossEntropyWithLogitsLoss([z - h], [y], LossReduction.Sum, [w], p);
            var g = new double[1];
            Logistic.BinaryCrossEntropyWithLogitsLossGradient([z], [y], g, LossReduction.Sum, [w], p);
            double numeric = (up - down) / (2 * h);
            Assert.True(Math.Abs(numeric - g[0]) <= Tolerances.CentralDifferenceRelative * Math.Max(Math.Abs(up), 1) * 4, $"z = {z}, y = {y}: {g[0]} vs {numeric}");
        }
    }

    [Fact]
    public void FloatAndHalfAreRoundedOnceFromDouble()
    {
        var rng = new Random(13);
        int n = 2000;
        var z = Enumerable.Range(0, n).Select(_ => (float)((rng.NextDouble() - 0.5) * 30)).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble()).ToArray();
        var w = Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 2)).ToArray();
        var f = new float[n];
        Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, f, w, 1.5);
        for (int i = 0; i < n; i++)
        {
            double ulp = Rounding.UlpError(f[i], ReferenceLoss(z[i], y[i], w[i], 1.5), NumberFormat.Float);
            Assert.True(ulp <= Tolerances.CorrectlyRoundedUlp + 1e-6, $"float z = {z[i]}: {ulp} ULP");
        }
        var zh = z.Select(v => (Half)v).ToArray(); var yh = y.Select(v => (Half)v).ToArray();
        var hres = new Half[n];
        Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, hres);
        for (int i = 0; i < n; i++)
        {
            double ulp = Rounding.UlpError((double)hres[i], ReferenceLoss((double)zh[i], (double)yh[i], 1, 1), NumberFormat.Half);
            Assert.True(ulp <= Tolerances.CorrectlyRoundedUlp + 1e-6, $"Half z = {zh[i]}: {ulp} ULP");
        }
        Half mean = Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, LossReduction.Mean);
        BigFloat exact = BigFloat.Zero;
        for (int i = 0; i < n; i++)
        {
            var e = ReferenceLoss((double)zh[i], (double)yh[i], 1, 1);
            exact += BigFloat.FromDouble(e.Mantissa.Hi) + BigFloat.FromDouble(e.Mantissa.Lo);
        }
        Assert.True((exact / BigFloat.FromInteger(n)).TryRoundTo(NumberFormat.Half, Math.ScaleB(1.0, -40), out double expected));
        Assert.Equal(expected, (double)mean);
    }
}
