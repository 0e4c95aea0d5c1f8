using Sigmoid.Kernels;
using Sigmoid.Lanes;
using Sigmoid.Lab.Reference;
using LabDoubleDouble = Sigmoid.Lab.Reference.DoubleDouble;

using static Sigmoid.Tests.Core.LaneHarness;

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
        AssertWithinReference(name, function, x, NarrowBound, ("scalar", Narrow<ScalarLanes>(name, x)),
            ("Vector128", Narrow<Vector128Lanes>(name, x)), ("Vector256", Narrow<Vector256Lanes>(name, x)),
            ("Vector512", Narrow<Vector512Lanes>(name, x)));
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

    /// <summary>Runs a two-output lane function (hi, lo) of two inputs on lane width TV.</summary>
    private static (double[] Hi, double[] Lo) Apply2<TV>(double[] a, double[] b, Func<TV, TV, (TV, TV)> f) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, n = (a.Length + w - 1) / w * w;
        double[] pa = new double[n], pb = new double[n], hi = new double[n], lo = new double[n];
        a.CopyTo(pa, 0);
        b.CopyTo(pb, 0);
        for (int i = a.Length; i < n; i++) { pa[i] = a[^1]; pb[i] = b[^1]; }
        for (int i = 0; i < n; i += w)
        {
            var (h, l) = f(TV.Load(ref pa[i]), TV.Load(ref pb[i]));
            TV.Store(h, ref hi[i]);
            TV.Store(l, ref lo[i]);
        }
        return (hi[..a.Length], lo[..a.Length]);
    }

    private static (TV, TV) Log1pTable<TV>(TV gh, TV gl) where TV : struct, IDoubleLanes<TV>
    {
        LogCore.Log1pTable(gh, gl, out TV hi, out TV lo);
        return (hi, lo);
    }

    private static (TV, TV) Log1pExpNeg<TV>(TV a, TV unused) where TV : struct, IDoubleLanes<TV>
    {
        SoftplusOperator.Log1pExpNeg(a, out TV hi, out TV lo);
        return (hi, lo);
    }

    private static void AssertSameBitsOnEveryPath((double[] Hi, double[] Lo)[] results, double[] input, string what)
    {
        for (int p = 1; p < results.Length; p++)
            for (int i = 0; i < input.Length; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(results[p].Hi[i]) == BitConverter.DoubleToInt64Bits(results[0].Hi[i])
                            && BitConverter.DoubleToInt64Bits(results[p].Lo[i]) == BitConverter.DoubleToInt64Bits(results[0].Lo[i]),
                    $"{what}({input[i]:R}): path {p} differs from scalar");
    }

    [Fact]
    public void TableLog1pIsWithin2PowMinus59AndTheSameBitsOnEveryPath()
    {
        // g = gh + gl: gh uniform on [0, 1], log-uniform down to subnormals, table boundaries; gl within ½ulp(gh)
        var rng = new Random(31);
        var boundaries = Enumerable.Range(0, 16).SelectMany(j =>
        {
            double b = (j + 0.5) / 16;
            return new[] { b, Math.BitDecrement(b), Math.BitIncrement(b), j / 16.0 };
        });
        double[] gh = [.. Uniform(20000, 0, 1, 32), .. LogUniformFloats(5000, -1074, 0, false, 33).Select(v => v * (1 + rng.NextDouble() * 1e-9)),
            .. boundaries, 0, 1, Math.BitDecrement(1), double.Epsilon, Math.ScaleB(1, -60), Math.ScaleB(1, -1022)];
        double[] gl = gh.Select(h => h == 0 || h < Math.ScaleB(1, -1000) ? 0 : (rng.NextDouble() - 0.5) * (Math.BitIncrement(h) - h)).ToArray();
        gl[^1] = 0;
        var results = new[]
        {
            Apply2<ScalarLanes>(gh, gl, Log1pTable), Apply2<Vector128Lanes>(gh, gl, Log1pTable),
            Apply2<Vector256Lanes>(gh, gl, Log1pTable), Apply2<Vector512Lanes>(gh, gl, Log1pTable),
        };
        AssertSameBitsOnEveryPath(results, gh, "Log1pTable");
        var (hi, lo) = results[0];
        for (int i = 0; i < gh.Length; i++)
        {
            if (gh[i] < Math.ScaleB(1, -1022))
            {
                // 0 and subnormal g: ln(1+g) = g - g²/2 + …, which rounds to g itself
                Assert.True(hi[i] == gh[i] && lo[i] == gl[i], $"ln(1+{gh[i]:R}) = {hi[i]:R}+{lo[i]:R}");
                continue;
            }
            LabDoubleDouble exact = DoubleDoubleMath.Log1p(new LabDoubleDouble(gh[i], gl[i]));
            double relative = Math.Abs((new LabDoubleDouble(hi[i], lo[i]) - exact).ToDouble() / exact.Hi);
            // subnormal g: ln(1+g) = g exactly as a real number up to g²/2, so the result must be g itself
            Assert.True(relative <= Math.ScaleB(1, -59), $"ln(1+{gh[i]:R}+{gl[i]:R}) = {hi[i]:R}+{lo[i]:R}, relative error {relative:E3}");
        }
    }

    [Fact]
    public void Log1pExpNegIsWithin2PowMinus55AndTheSameBitsOnEveryPath()
    {
        double[] a = [.. Uniform(20000, 0, 40, 41), .. Uniform(5000, 0, 746, 42), .. LogUniformFloats(3000, -60, 0, false, 43),
            0, 708.39, 708.4, 709, 745.1, 745.2, 746, 800, double.PositiveInfinity];
        double[] unused = new double[a.Length];
        var results = new[]
        {
            Apply2<ScalarLanes>(a, unused, Log1pExpNeg), Apply2<Vector128Lanes>(a, unused, Log1pExpNeg),
            Apply2<Vector256Lanes>(a, unused, Log1pExpNeg), Apply2<Vector512Lanes>(a, unused, Log1pExpNeg),
        };
        AssertSameBitsOnEveryPath(results, a, "Log1pExpNeg");
        var (hi, lo) = results[0];
        for (int i = 0; i < a.Length; i++)
        {
            ScaledValue exact = ReferenceFunctions.Evaluate(SigmoidFunction.Softplus, -a[i]);   // ln(1 + e^-a)
            double expected = exact.ToDouble();
            if (exact.Kind != ValueKind.Finite || Math.Abs(expected) < Math.ScaleB(1, -1022))
            {
                // far left tail: the result is e^-a rounded to a subnormal double (or 0), within one subnormal step
                Assert.True(Math.Abs(hi[i] + lo[i] - expected) <= double.Epsilon, $"ln(1+e^-{a[i]:R}) = {hi[i]:R}, expected {expected:R}");
                continue;
            }
            double relative = Math.Abs((new LabDoubleDouble(hi[i], lo[i]).ScaleB(-exact.Scale) - exact.Mantissa).ToDouble() / exact.Mantissa.Hi);
            // below 2^-968 the low part of e^-a is itself subnormal and rounded once: up to 2^-1075 more
            double bound = Math.ScaleB(1, -55) + (Math.Abs(expected) < Math.ScaleB(1, -968) ? Math.ScaleB(1, -53) / Math.ScaleB(Math.Abs(expected), 1022) : 0);   // 2^-1075/|e|
            Assert.True(relative < bound, $"ln(1+e^-{a[i]:R}) relative error {relative:E3}");
        }
    }
}
