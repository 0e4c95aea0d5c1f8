using Sigmoid.Lab.Reference;
using Sigmoid.Lanes;

namespace Sigmoid.Tests.Core;

/// <summary>Runs a lane function over an array on each lane width, for the kernel tests that check every path.</summary>
internal static class LaneHarness
{
    /// <summary>Applies <paramref name="f"/> to each element on lane width TV (the tail padded with the last element).</summary>
    public static double[] Apply<TV>(double[] x, Func<TV, TV> f) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        var padded = new double[(x.Length + w - 1) / w * w];
        x.CopyTo(padded, 0);
        for (int i = x.Length; i < padded.Length; i++) padded[i] = x[^1];
        var result = new double[padded.Length];
        for (int i = 0; i < padded.Length; i += w) TV.Store(f(TV.Load(ref padded[i])), ref result[i]);
        return result[..x.Length];
    }

    /// <summary>Applies the two-argument <paramref name="f"/> element-wise on lane width TV (the tail padded with zeros).</summary>
    public static double[] ApplyBinary<TV>(double[] a, double[] b, Func<TV, TV, TV> f) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, n = (a.Length + w - 1) / w * w;
        double[] pa = new double[n], pb = new double[n], result = new double[n];
        a.CopyTo(pa, 0);
        b.CopyTo(pb, 0);
        for (int i = 0; i < n; i += w) TV.Store(f(TV.Load(ref pa[i]), TV.Load(ref pb[i])), ref result[i]);
        return result[..a.Length];
    }

    /// <summary>The results of the same lane function written once per width: scalar, Vector128, Vector256, Vector512.</summary>
    public static IEnumerable<(string Path, double[] Result)> OnEveryPath(double[] x,
        Func<ScalarLanes, ScalarLanes> s, Func<Vector128Lanes, Vector128Lanes> v128,
        Func<Vector256Lanes, Vector256Lanes> v256, Func<Vector512Lanes, Vector512Lanes> v512)
    {
        yield return ("scalar", Apply(x, s));
        yield return ("Vector128", Apply(x, v128));
        yield return ("Vector256", Apply(x, v256));
        yield return ("Vector512", Apply(x, v512));
    }

    /// <summary>Random floats (as doubles) with random exponents in [2^lo, 2^hi), both signs if asked.</summary>
    public static double[] LogUniformFloats(int n, int lo, int hi, bool bothSigns, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ =>
        {
            double v = (double)(float)Math.ScaleB(1 + rng.NextDouble(), rng.Next(lo, hi));
            return bothSigns && rng.Next(2) == 0 ? -v : v;
        }).ToArray();
    }

    /// <summary>The relative error of r against a reference value given as mantissa·2^scale.</summary>
    public static double Relative(double r, ScaledValue exact)
    {
        double scaled = Math.ScaleB(r, -exact.Scale);
        return Math.Abs(((Sigmoid.Lab.Reference.DoubleDouble)scaled - exact.Mantissa).ToDouble() / exact.Mantissa.Hi);
    }

    /// <summary>Each path's results within <paramref name="bound"/> (relative) of the lab's reference for
    /// <paramref name="function"/>, and equal to it where the reference is not a finite nonzero value.</summary>
    public static void AssertWithinReference(string name, SigmoidFunction function, double[] x, double bound,
        params (string Path, double[] Result)[] results)
    {
        foreach (var (path, r) in results)
            for (int i = 0; i < x.Length; i++)
            {
                ScaledValue exact = ReferenceFunctions.Evaluate(function, x[i]);
                if (exact.Kind != ValueKind.Finite || exact.Mantissa.Hi == 0)
                {
                    Assert.True(r[i].Equals(exact.ToDouble()), $"{path}: {name}({x[i]:R}) = {r[i]:R}, expected {exact}");
                    continue;
                }
                double relative = Relative(r[i], exact);
                Assert.True(relative < bound, $"{path}: {name}({x[i]:R}) = {r[i]:R}, relative error {relative:E3}");
            }
    }

    /// <summary>n doubles uniform in [lo, hi), seeded.</summary>
    public static double[] Uniform(int n, double lo, double hi, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => lo + (hi - lo) * rng.NextDouble()).ToArray();
    }
}
