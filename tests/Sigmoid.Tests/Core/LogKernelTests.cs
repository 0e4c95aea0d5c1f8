using Sigmoid.Kernels;
using Sigmoid.Lanes;
using Sigmoid.Lab.Reference;
using LabDoubleDouble = Sigmoid.Lab.Reference.DoubleDouble;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The table-driven logarithms and the fast float/Half kernels built on them (softplus, ln σ, logit), on every lane
/// width, against the lab's independent reference: the ln(1 + j/16) table, ln(1+g) on [0, 1] to 2^-48, and each
/// narrow kernel's double result to 2^-45 relative — the bound the correct-rounding margin (2^-41) rests on.
/// </summary>
public class LogKernelTests
{
    /// <summary>Relative error the narrow kernels must stay below (16× inside <see cref="CorrectRounding.Margin"/>).</summary>
    private static readonly double NarrowBound = Math.ScaleB(1, -45);

    private static double[] Apply<TV>(double[] x, Func<TV, TV> f) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        var padded = new double[(x.Length + w - 1) / w * w];
        x.CopyTo(padded, 0);
        for (int i = x.Length; i < padded.Length; i++) padded[i] = x[^1];
        var result = new double[padded.Length];
        for (int i = 0; i < padded.Length; i += w) TV.Store(f(TV.Load(ref padded[i])), ref result[i]);
        return result[..x.Length];
    }

    private static IEnumerable<(string Path, double[] Result)> OnEveryPath(double[] x,
        Func<ScalarLanes, ScalarLanes> s, Func<Vector128Lanes, Vector128Lanes> v128,
        Func<Vector256Lanes, Vector256Lanes> v256, Func<Vector512Lanes, Vector512Lanes> v512)
    {
        yield return ("scalar", Apply(x, s));
        yield return ("Vector128", Apply(x, v128));
        yield return ("Vector256", Apply(x, v256));
        yield return ("Vector512", Apply(x, v512));
    }

    private static double[] Uniform(int n, double lo, double hi, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => lo + (hi - lo) * rng.NextDouble()).ToArray();
    }

    /// <summary>Random floats (as doubles) with random exponents in [2^lo, 2^hi), both signs if asked.</summary>
    private static double[] LogUniformFloats(int n, int lo, int hi, bool bothSigns, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ =>
        {
            double v = (double)(float)Math.ScaleB(1 + rng.NextDouble(), rng.Next(lo, hi));
            return bothSigns && rng.Next(2) == 0 ? -v : v;
        }).ToArray();
    }

    private static double Relative(double r, ScaledValue exact)
    {
        double scaled = Math.ScaleB(r, -exact.Scale);
        return Math.Abs(((LabDoubleDouble)scaled - exact.Mantissa).ToDouble() / exact.Mantissa.Hi);
    }

    [Fact]
    public void LogTableHoldsLnOfOnePlusSixteenthsToAbout2PowMinus100()
    {
        Assert.Equal(0.0, LogTable.Hi[0]);
        Assert.Equal(0.0, LogTable.Lo[0]);
        for (int j = 1; j < 16; j++)
        {
            BigFloat exact = BigMath.Log(BigFloat.FromInteger(16 + j) / BigFloat.FromInteger(16));
            BigFloat stored = BigFloat.FromDouble(LogTable.Hi[j]) + BigFloat.FromDouble(LogTable.Lo[j]);
            double relative = Math.Abs(((stored - exact) / exact).ToDouble());
            Assert.True(relative < Math.ScaleB(1, -100), $"j = {j}: relative error {relative:E3}");
            double halfUlp = (Math.BitIncrement(LogTable.Hi[j]) - LogTable.Hi[j]) / 2;
            Assert.True(Math.Abs(LogTable.Lo[j]) <= halfUlp, $"j = {j}: Hi is not the nearest double");
        }
    }

    [Fact]
    public void NarrowLog1pIsWithin2PowMinus48OnEveryPath()
    {
        // uniform on [0, 1], tiny arguments, and both sides of every table boundary (j + ½)/16
        var boundaries = Enumerable.Range(0, 16).SelectMany(j =>
        {
            double b = (j + 0.5) / 16;
            return new[] { b, Math.BitDecrement(b), Math.BitIncrement(b), j / 16.0 };
        });
        double[] g = [.. Uniform(20000, 0, 1, 11), .. LogUniformFloats(5000, -1000, 0, false, 12), .. boundaries,
            0, 1, Math.BitDecrement(1), 1e-300, Math.ScaleB(1, -1000)];
        foreach (var (path, l) in OnEveryPath(g, LogCore.Log1pNarrow, LogCore.Log1pNarrow, LogCore.Log1pNarrow, LogCore.Log1pNarrow))
            for (int i = 0; i < g.Length; i++)
            {
                if (g[i] == 0) { Assert.Equal(0.0, l[i]); continue; }
                LabDoubleDouble exact = DoubleDoubleMath.Log1p(g[i]);
                double relative = Math.Abs(((LabDoubleDouble)l[i] - exact).ToDouble() / exact.Hi);
                Assert.True(relative < Math.ScaleB(1, -48), $"{path}: ln(1+{g[i]:R}) relative error {relative:E3}");
            }
    }

    [Fact]
    public void NarrowLog1pKeepsNaN()
    {
        foreach (var (path, l) in OnEveryPath([double.NaN, 0.5], LogCore.Log1pNarrow, LogCore.Log1pNarrow, LogCore.Log1pNarrow, LogCore.Log1pNarrow))
            Assert.True(double.IsNaN(l[0]), path);
    }

    public static TheoryData<string> NarrowFunctions => ["softplus", "log-sigmoid", "logit"];

    private static (SigmoidFunction Function, double[] Inputs) Case(string name) => name switch
    {
        // x: every binade of float magnitudes below 2^7 (beyond 128 the kernels clamp e^-|x|, far below every float), both signs
        "softplus" => (SigmoidFunction.Softplus, [.. LogUniformFloats(12000, -40, 7, true, 21), .. Uniform(8000, -110, 110, 22).Select(v => (double)(float)v)]),
        "log-sigmoid" => (SigmoidFunction.LogSigmoid, [.. LogUniformFloats(12000, -40, 7, true, 23), .. Uniform(8000, -110, 110, 24).Select(v => (double)(float)v)]),
        // p: near 0 (down to the smallest subnormal float), near ½ on both sides, near 1, and uniform
        _ => (SigmoidFunction.Logit, [.. LogUniformFloats(6000, -149, -1, false, 25),
            .. LogUniformFloats(4000, -25, -2, false, 26).SelectMany(d => new[] { (double)(float)(0.5 + d), (double)(float)(0.5 - d), (double)(float)(1 - d) }),
            .. Uniform(4000, 0, 1, 27).Select(v => (double)(float)v), 0.5, 1.0 / 3, (double)(1f / 3), (double)MathF.BitIncrement(1f / 3),
            .. Enumerable.Range(1, 4095).Select(k => k / 4096.0)]),
    };

    private static double[] Narrow<TV>(string name, double[] x) where TV : struct, IDoubleLanes<TV> => name switch
    {
        "softplus" => Apply<TV>(x, SoftplusOperator.InvokeForNarrow),
        "log-sigmoid" => Apply<TV>(x, LogSigmoidOperator.InvokeForNarrow),
        _ => Apply<TV>(x, LogitOperator.InvokeForNarrow),
    };

    [Theory]
    [MemberData(nameof(NarrowFunctions))]
    public void NarrowKernelIsWithin2PowMinus45OfTheReferenceOnEveryPath(string name)
    {
        var (function, x) = Case(name);
        foreach (var (path, r) in new[]
                 {
                     ("scalar", Narrow<ScalarLanes>(name, x)), ("Vector128", Narrow<Vector128Lanes>(name, x)),
                     ("Vector256", Narrow<Vector256Lanes>(name, x)), ("Vector512", Narrow<Vector512Lanes>(name, x)),
                 })
            for (int i = 0; i < x.Length; i++)
            {
                ScaledValue exact = ReferenceFunctions.Evaluate(function, x[i]);
                if (exact.Kind != ValueKind.Finite || exact.Mantissa.Hi == 0)
                {
                    Assert.True(r[i].Equals(exact.ToDouble()), $"{path}: {name}({x[i]:R}) = {r[i]:R}, expected {exact}");
                    continue;
                }
                double relative = Relative(r[i], exact);
                Assert.True(relative < NarrowBound, $"{path}: {name}({x[i]:R}) = {r[i]:R}, relative error {relative:E3}");
            }
    }

    [Theory]
    [MemberData(nameof(NarrowFunctions))]
    public void NarrowKernelHandlesSpecialInputsOnEveryPath(string name)
    {
        double[] x = name == "logit"
            ? [0, 1, 0.5, -0.0, double.NaN, -1e-30, 1.0000001, double.PositiveInfinity, double.NegativeInfinity]
            : [double.PositiveInfinity, double.NegativeInfinity, double.NaN, 0, -0.0, 1000, -1000];
        double[] expected = name switch
        {
            "softplus" => [double.PositiveInfinity, 0, double.NaN, Math.Log(2), Math.Log(2), 1000, 0],
            "log-sigmoid" => [-0.0, double.NegativeInfinity, double.NaN, -Math.Log(2), -Math.Log(2), -0.0, -1000],
            _ => [double.NegativeInfinity, double.PositiveInfinity, 0, double.NegativeInfinity, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN],
        };
        foreach (var (path, r) in new[]
                 {
                     ("scalar", Narrow<ScalarLanes>(name, x)), ("Vector128", Narrow<Vector128Lanes>(name, x)),
                     ("Vector256", Narrow<Vector256Lanes>(name, x)), ("Vector512", Narrow<Vector512Lanes>(name, x)),
                 })
            for (int i = 0; i < x.Length; i++)
            {
                // after rounding to float: the tails e^-128 and ln 2's last double bits vanish
                float got = (float)r[i], want = (float)expected[i];
                Assert.True(got.Equals(want) && float.IsNegative(got) == float.IsNegative(want) || (float.IsNaN(got) && float.IsNaN(want)),
                    $"{path}: {name}({x[i]:R}) = {r[i]:R}, expected {expected[i]:R}");
            }
    }
}
