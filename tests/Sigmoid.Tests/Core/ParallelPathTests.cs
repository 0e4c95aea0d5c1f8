namespace Sigmoid.Tests.Core;

/// <summary>The parallel path: settable threshold and degree, and the same bits whatever they are.</summary>
public class ParallelPathTests
{
    [Fact]
    public void ThresholdAndDegreeRejectValuesBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.ParallelThreshold = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.MaxDegreeOfParallelism = 0);
        Assert.True(Logistic.ParallelThreshold >= 1);
    }

    [Fact]
    public void EveryThresholdAndDegreeGivesTheScalarBits()
    {
        const int n = 10_007;
        var rng = new Random(11);
        double[] x = Enumerable.Range(0, n).Select(_ => (rng.NextDouble() - 0.5) * 60).ToArray();
        double[] y = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        float[] xf = x.Select(v => (float)v).ToArray();
        Half[] xh = x.Select(v => (Half)v).ToArray();
        float[] yf = y.Select(v => (float)v).ToArray();

        int savedThreshold = Logistic.ParallelThreshold, savedDegree = Logistic.MaxDegreeOfParallelism;
        try
        {
            foreach (int threshold in new[] { 1, 100, 5000, int.MaxValue })
                foreach (int degree in new[] { 1, 2, 3, 8 })
                {
                    Logistic.ParallelThreshold = threshold;
                    Logistic.MaxDegreeOfParallelism = degree;
                    var d = new double[n];
                    Logistic.Sigmoid(x, d);
                    for (int i = 0; i < n; i++) Assert.Equal(BitConverter.DoubleToInt64Bits(Logistic.Sigmoid(x[i])), BitConverter.DoubleToInt64Bits(d[i]));
                    var f = new float[n];
                    Logistic.Sigmoid(xf, f);
                    for (int i = 0; i < n; i++) Assert.Equal(Logistic.Sigmoid(xf[i]), f[i]);
                    var h = new Half[n];
                    Logistic.Softplus(xh, h);
                    for (int i = 0; i < n; i++) Assert.Equal(Logistic.Softplus(xh[i]), h[i]);
                    var g = new float[n];
                    Logistic.BinaryCrossEntropyWithLogits(xf, yf, g);
                    for (int i = 0; i < n; i++) Assert.Equal(Logistic.BinaryCrossEntropyWithLogits(xf[i], yf[i]), g[i]);
                }
        }
        finally
        {
            Logistic.ParallelThreshold = savedThreshold;
            Logistic.MaxDegreeOfParallelism = savedDegree;
        }
    }
}
