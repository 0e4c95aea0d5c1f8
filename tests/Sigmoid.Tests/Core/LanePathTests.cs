using Sigmoid.Kernels;

namespace Sigmoid.Tests.Core;

/// <summary>The driver's promise: every lane width (scalar, Vector128/256/512) gives the same bits, at every length,
/// offset and in place — so the scalar overload, which is the specification, is what every span gets.</summary>
public class LanePathTests
{
    private static readonly SimdPath[] Paths = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];

    private static double[] Inputs(int n, int seed)
    {
        double[] specials = [0, -0.0, 1, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5, 0.25, 0.75,
            1e-300, -1e-300, 5e-324, -709.5, -740, 36.8, -36.8, 17, -17, -90, -100, -104, 1e-8, 0.4999999,
            -1.2784645427610737, -1.2784645427610739, -750, -760.5];
        var rng = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++)
            x[i] = (i % 5) switch
            {
                0 => specials[rng.Next(specials.Length)],
                1 => rng.NextDouble(),
                2 => (rng.NextDouble() * 2 - 1) * 120,
                3 => (rng.NextDouble() * 2 - 1) * 800,
                _ => Math.ScaleB(rng.NextDouble(), -rng.Next(0, 60)) * (rng.Next(2) * 2 - 1),
            };
        return x;
    }


    public static TheoryData<string> Functions => new() { "Sigmoid", "SigmoidDerivative", "Logit", "LogSigmoid", "Softplus", "Silu", "SiluDerivative" };

    private static void Unary<T>(string name, ReadOnlySpan<T> x, Span<T> d)
    {
        var m = typeof(Logistic).GetMethod(name, [typeof(ReadOnlySpan<T>), typeof(Span<T>)])!;
        var del = (SpanAction<T>)Delegate.CreateDelegate(typeof(SpanAction<T>), m);
        del(x, d);
    }

    private delegate void SpanAction<T>(ReadOnlySpan<T> x, Span<T> d);

    private static void CheckAllPaths<T>(string name, Func<double, T> convert, Func<T, long> bits)
    {
        for (int n = 0; n <= 300; n += n < 40 ? 1 : 13)
        {
            T[] x = Inputs(n, n).Select(convert).ToArray();
            T[]? reference = null;
            foreach (SimdPath path in Paths)
            foreach (bool inPlace in new[] { false, true })
            {
                int offset = inPlace ? 0 : n % 3;
                SimdPathOverride.Forced = path;
                T[] buffer = new T[n + offset];
                x.CopyTo(buffer, offset);
                T[] result;
                if (inPlace) { Unary<T>(name, buffer, buffer); result = buffer; }
                else { var d = new T[n + 1]; Unary<T>(name, buffer.AsSpan(offset), d.AsSpan(1)); result = d[1..]; }
                SimdPathOverride.Forced = SimdPath.Auto;
                if (reference is null)
                {
                    // the scalar overload, element by element, is the specification
                    var scalar = typeof(Logistic).GetMethod(name, [typeof(T)])!;
                    reference = x.Select(v => (T)scalar.Invoke(null, [v])!).ToArray();
                }
                for (int i = 0; i < n; i++)
                    Assert.True(bits(reference[i]) == bits(result[i]),
                        $"{name}<{typeof(T).Name}> path {path} n={n} inPlace={inPlace} i={i} x={x[i]}: {result[i]} vs scalar {reference[i]}");
            }
        }
    }

    [Theory, MemberData(nameof(Functions))]
    public void FloatSameBitsOnEveryPath(string name) => CheckAllPaths<float>(name, v => (float)v, v => float.IsNaN(v) ? -1 : BitConverter.SingleToInt32Bits(v));

    [Theory, MemberData(nameof(Functions))]
    public void DoubleSameBitsOnEveryPath(string name) => CheckAllPaths<double>(name, v => v, v => double.IsNaN(v) ? -1 : BitConverter.DoubleToInt64Bits(v));

    [Theory, MemberData(nameof(Functions))]
    public void HalfSameBitsOnEveryPath(string name) => CheckAllPaths<Half>(name, v => (Half)v, v => Half.IsNaN(v) ? -1 : BitConverter.HalfToUInt16Bits(v));

    /// <summary>A two-argument span function on a forced path: into a new array, and in place over its first argument.</summary>
    private static (T[] Result, T[] InPlace) RunBinary<T>(SimdPath path, Action<T[], T[], T[]> f, T[] a, T[] b)
    {
        SimdPathOverride.Forced = path;
        try
        {
            var result = new T[a.Length];
            f(a, b, result);
            var inPlace = (T[])a.Clone();
            f(inPlace, b, inPlace);
            return (result, inPlace);
        }
        finally { SimdPathOverride.Forced = SimdPath.Auto; }
    }

    [Fact]
    public void BinaryFunctionsSameBitsOnEveryPathAndInPlace()
    {
        var rng = new Random(5);
        for (int n = 0; n <= 300; n += n < 40 ? 1 : 17)
        {
            double[] z = Inputs(n, 100 + n), y = Enumerable.Range(0, n).Select(i => i % 7 == 0 ? 1.0 : rng.NextDouble()).ToArray();
            foreach (var (name, f) in new (string, Action<double[], double[], double[]>)[]
            {
                ("bce", (a, b, d) => Logistic.BinaryCrossEntropyWithLogits(a, b, d)),
                ("grad", (a, b, d) => Logistic.BinaryCrossEntropyWithLogitsGradient(a, b, d)),
                ("fromOutput", (a, b, d) => Logistic.SigmoidBackwardFromOutput(a, b, d)),
                ("fromInput", (a, b, d) => Logistic.SigmoidBackwardFromInput(a, b, d)),
                ("siluBackward", (a, b, d) => Logistic.SiluBackward(a, b, d)),
            })
            {
                double[]? reference = null;
                foreach (SimdPath path in Paths)
                {
                    var (d, inPlace) = RunBinary(path, f, z, y);
                    reference ??= d;
                    for (int i = 0; i < n; i++)
                    {
                        Assert.True(BitConverter.DoubleToInt64Bits(reference[i]) == BitConverter.DoubleToInt64Bits(d[i]) || double.IsNaN(d[i]) && double.IsNaN(reference[i]), $"{name} {path} n={n} i={i}");
                        Assert.True(BitConverter.DoubleToInt64Bits(d[i]) == BitConverter.DoubleToInt64Bits(inPlace[i]) || double.IsNaN(d[i]) && double.IsNaN(inPlace[i]), $"{name} {path} in place n={n} i={i}");
                    }
                }
            }
        }
    }

    /// <summary>
    /// float spans of the two-argument functions, some of which run a narrow kernel and fall back to the double
    /// kernel where its rounding bracket cannot decide: every path, in place or not, gives the scalar overload's
    /// floats — with labels near σ(z) (cancellation), soft and invalid labels, |x| beyond the narrow kernels'
    /// range and upstream gradients up to float.MaxValue, ±∞ and NaN.
    /// </summary>
    [Fact]
    public void BinaryFunctionsOnFloatSpansGiveTheScalarFloats()
    {
        var rng = new Random(11);
        float[] bigs = [float.MaxValue, -float.MaxValue, 3e38f, 1e30f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.Epsilon, 0f, -0f];
        foreach (var (name, span, scalar) in new (string, Action<float[], float[], float[]>, Func<float, float, float>)[]
        {
            ("grad", (a, b, d) => Logistic.BinaryCrossEntropyWithLogitsGradient(a, b, d), Logistic.BinaryCrossEntropyWithLogitsGradient),
            ("fromInput", (a, b, d) => Logistic.SigmoidBackwardFromInput(a, b, d), Logistic.SigmoidBackwardFromInput),
            ("siluBackward", (a, b, d) => Logistic.SiluBackward(a, b, d), Logistic.SiluBackward),
            ("bce", (a, b, d) => Logistic.BinaryCrossEntropyWithLogits(a, b, d), Logistic.BinaryCrossEntropyWithLogits),
        })
        for (int n = 1; n <= 400; n += n < 40 ? 1 : 29)
        {
            float[] z = Inputs(n, 300 + n).Select(v => (float)v).ToArray();
            float[] y = new float[n];
            for (int i = 0; i < n; i++)
                y[i] = (i % 6) switch
                {
                    0 => rng.Next(2),                                            // hard labels
                    1 => (float)rng.NextDouble(),                                // soft labels
                    2 => Logistic.Sigmoid(z[i]) * (1 + (float)(rng.NextDouble() - 0.5) * 1e-3f),   // y ≈ σ(z): cancellation
                    3 => bigs[rng.Next(bigs.Length)],                            // large or special dy (invalid labels)
                    4 => (float)(rng.NextDouble() * 4 - 2),                      // dy, or labels outside [0, 1]
                    _ => (float)Math.ScaleB(rng.NextDouble(), rng.Next(-140, 120)),
                };
            float[] expected = z.Select((v, i) => scalar(v, y[i])).ToArray();
            foreach (SimdPath path in Paths)
            {
                var (d, inPlace) = RunBinary(path, span, z, y);
                for (int i = 0; i < n; i++)
                {
                    Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(d[i]) || float.IsNaN(d[i]) && float.IsNaN(expected[i]),
                        $"{name} {path} n={n} i={i} z={z[i]:R} y={y[i]:R}: span {d[i]:R}, scalar {expected[i]:R}");
                    Assert.True(BitConverter.SingleToInt32Bits(d[i]) == BitConverter.SingleToInt32Bits(inPlace[i]) || float.IsNaN(d[i]) && float.IsNaN(inPlace[i]),
                        $"{name} {path} in place n={n} i={i}");
                }
            }
        }
    }
}
