using Sigmoid.Drivers;

namespace Sigmoid.Tests.Core;

/// <summary>softplus with β and logit with ε split long spans across threads when the call opts in, like every other
/// span function, and give the bits of the scalar overloads split or not.</summary>
public class ParameterParallelTests
{
    private const int Length = 1 << 18;
    private static readonly ParallelSpanOptions Split = new(4) { MinimumLength = 1024 };

    /// <summary>Runs <paramref name="call"/> four times and counts the thread-pool work items completed meanwhile
    /// (other tests can only add to the count).</summary>
    private static long WorkItemsDuring(Action call)
    {
        long before = ThreadPool.CompletedWorkItemCount;
        for (int k = 0; k < 4; k++) call();
        return ThreadPool.CompletedWorkItemCount - before;
    }

    [Fact]
    public void SpansSplitInsideAParallelScope()
    {
        var x = new float[Length];
        var d = new float[Length];
        long softplus = WorkItemsDuring(() => { using var scope = ParallelSplit.Use(Split); Logistic.Softplus(x, 0.5f, d); });
        Assert.True(softplus >= 4, $"Softplus(x, β) completed only {softplus} thread-pool work items in a parallel scope");
        var p = new double[Length];
        var e = new double[Length];
        long logit = WorkItemsDuring(() => { using var scope = ParallelSplit.Use(Split); Logistic.Logit(p, 1e-6, e); });
        Assert.True(logit >= 4, $"Logit(p, ε) completed only {logit} thread-pool work items in a parallel scope");
    }

    [Fact]
    public void TheGenericFormsWithOptionsSplitAndWithoutDoNot()
    {
        var x = new Half[Length];
        var d = new Half[Length];
        long split = WorkItemsDuring(() => Logistic.Softplus<Half>(x, (Half)2, d, Split));
        Assert.True(split >= 4, $"Softplus<Half>(x, β, destination, options) completed only {split} thread-pool work items");
        Assert.False(ParallelSplit.ShouldSplit(int.MaxValue));              // the scope ended with the call
        var p = new float[Length];
        var e = new float[Length];
        long logit = WorkItemsDuring(() => Logistic.Logit<float>(p, 0.01f, e, Split));
        Assert.True(logit >= 4, $"Logit<float>(p, ε, destination, options) completed only {logit} thread-pool work items");
    }

    [Fact]
    public void SplitOrNotEveryElementHasTheScalarBits()
    {
        const int n = 10_007;
        var rng = new Random(14);
        double[] x = Enumerable.Range(0, n).Select(_ => (rng.NextDouble() - 0.5) * 60).ToArray();
        double[] p = Enumerable.Range(0, n).Select(i => i % 97 == 0 ? rng.NextDouble() * 1e-9 : rng.NextDouble()).ToArray();
        float[] xf = x.Select(v => (float)v).ToArray(), pf = p.Select(v => (float)v).ToArray();
        Half[] xh = x.Select(v => (Half)v).ToArray(), ph = p.Select(v => (Half)v).ToArray();
        foreach (int minimum in new[] { 1, 100, 5000, int.MaxValue })
            foreach (int degree in new[] { 1, 2, 3, 8 })
            {
                var options = new ParallelSpanOptions(degree) { MinimumLength = minimum };
                var d = new double[n];
                Logistic.Softplus<double>(x, 0.3, d, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.DoubleToInt64Bits(Logistic.Softplus(x[i], 0.3)), BitConverter.DoubleToInt64Bits(d[i]));
                Logistic.Logit<double>(p, 1e-12, d, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.DoubleToInt64Bits(Logistic.Logit(p[i], 1e-12)), BitConverter.DoubleToInt64Bits(d[i]));
                var f = new float[n];
                Logistic.Softplus<float>(xf, 7f, f, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.SingleToInt32Bits(Logistic.Softplus(xf[i], 7f)), BitConverter.SingleToInt32Bits(f[i]));
                Logistic.Logit<float>(pf, 1e-5f, f, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.SingleToInt32Bits(Logistic.Logit(pf[i], 1e-5f)), BitConverter.SingleToInt32Bits(f[i]));
                var h = new Half[n];
                Logistic.Softplus<Half>(xh, (Half)0.5, h, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.HalfToUInt16Bits(Logistic.Softplus(xh[i], (Half)0.5)), BitConverter.HalfToUInt16Bits(h[i]));
                Logistic.Logit<Half>(ph, (Half)0.001, h, options);
                for (int i = 0; i < n; i++) Assert.Equal(BitConverter.HalfToUInt16Bits(Logistic.Logit(ph[i], (Half)0.001)), BitConverter.HalfToUInt16Bits(h[i]));
            }
    }

    [Fact]
    public void BadParametersThrowBeforeAnyThreadStarts()
    {
        var x = new double[Length];
        var d = new double[Length];
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.Softplus<double>(x, 0.0, d, Split)).ParamName);
        Assert.Equal("eps", Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.Logit<double>(x, 0.75, d, Split)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => Logistic.Softplus(1.0, double.NaN)).ParamName);
        Assert.False(ParallelSplit.ShouldSplit(int.MaxValue));
    }
}
