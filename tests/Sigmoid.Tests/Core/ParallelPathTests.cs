namespace Sigmoid.Tests.Core;

/// <summary>The parallel path: opt-in per call through <see cref="ParallelSpanOptions"/>, serial otherwise, and the
/// same bits whatever the options.</summary>
public class ParallelPathTests
{
    [Fact]
    public void OptionsRejectValuesBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParallelSpanOptions(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParallelSpanOptions(2) { MinimumLength = 0 });
        Assert.Equal(ParallelSpanOptions.DefaultMinimumLength, new ParallelSpanOptions(2).MinimumLength);
        Assert.Equal(Environment.ProcessorCount, ParallelSpanOptions.AllCores.MaxDegreeOfParallelism);
        Assert.Throws<ArgumentNullException>(() => Logistic.Sigmoid<double>(new double[4], new double[4], null!));
    }

    [Fact]
    public void EveryMinimumLengthAndDegreeGivesTheScalarBits()
    {
        const int n = 10_007;
        var rng = new Random(11);
        double[] x = Enumerable.Range(0, n).Select(_ => (rng.NextDouble() - 0.5) * 60).ToArray();
        double[] y = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        float[] xf = x.Select(v => (float)v).ToArray();
        Half[] xh = x.Select(v => (Half)v).ToArray();
        float[] yf = y.Select(v => (float)v).ToArray();

        foreach (int minimum in new[] { 1, 100, 5000, int.MaxValue })
            foreach (int degree in new[] { 1, 2, 3, 8 })
            {
                var options = new ParallelSpanOptions(degree) { MinimumLength = minimum };
                var d = new double[n];
                Logistic.Sigmoid<double>(x, d, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.DoubleToInt64Bits(Logistic.Sigmoid(x[i])), BitConverter.DoubleToInt64Bits(d[i]));
                var f = new float[n];
                Logistic.Sigmoid<float>(xf, f, options);
                for (int i = 0; i < n; i++) Assert.Equal(Logistic.Sigmoid(xf[i]), f[i]);
                var h = new Half[n];
                Logistic.Softplus<Half>(xh, h, options);
                for (int i = 0; i < n; i++) Assert.Equal(Logistic.Softplus(xh[i]), h[i]);
                var g = new float[n];
                Logistic.BinaryCrossEntropyWithLogits<float>(xf, yf, g, options);
                for (int i = 0; i < n; i++) Assert.Equal(Logistic.BinaryCrossEntropyWithLogits(xf[i], yf[i]), g[i]);
            }
    }

    [Fact]
    public void WithoutOptionsNothingSplitsWithOptionsLongSpansDo()
    {
        Assert.False(Drivers.ParallelSplit.ShouldSplit(int.MaxValue));          // the default: serial
        using (Drivers.ParallelSplit.Use(new ParallelSpanOptions(4) { MinimumLength = 1024 }))
        {
            Assert.True(Drivers.ParallelSplit.ShouldSplit(1024));
            Assert.False(Drivers.ParallelSplit.ShouldSplit(1023));
            using (Drivers.ParallelSplit.Use(new ParallelSpanOptions(1)))
                Assert.False(Drivers.ParallelSplit.ShouldSplit(int.MaxValue));   // one thread: never split
            Assert.True(Drivers.ParallelSplit.ShouldSplit(1 << 20));             // the outer options are back
        }
        Assert.False(Drivers.ParallelSplit.ShouldSplit(int.MaxValue));

        // A split call really runs chunks on pool threads (other tests can only add to the count).
        const int n = 1 << 20;
        var x = new float[n];
        var d = new float[n];
        long before = ThreadPool.CompletedWorkItemCount;
        for (int k = 0; k < 4; k++) Logistic.Sigmoid<float>(x, d, new ParallelSpanOptions(4) { MinimumLength = 1024 });
        long split = ThreadPool.CompletedWorkItemCount - before;
        Assert.True(split >= 4, $"only {split} thread-pool work items completed during split calls");
        Assert.False(Drivers.ParallelSplit.ShouldSplit(int.MaxValue));          // the scope ended with the call
    }
}
