using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Sigmoid.Tests.SpanContract;

/// <summary>Span kernel with per-call parallelism (a, b, destination, options); unary forms ignore b.</summary>
public delegate void ParallelUnarySpan<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel);

/// <summary>Span kernel with a scalar parameter (x, β or ε, destination) and per-call parallelism.</summary>
public delegate void ParallelParameterSpan<T>(ReadOnlySpan<T> x, T parameter, Span<T> destination, ParallelSpanOptions parallel);

/// <summary>
/// The generic forms of <see cref="Logistic"/> (found by reflection, so a new function is covered without touching
/// this file): for float, double and Half they give the bits of the exact overloads — scalar over every Half and a
/// sample of floats and doubles, span and split span against the scalar — and any other IFloatingPointIeee754 type
/// gets a NotSupportedException that names the supported types. The span forms' contract (lengths, overlap, every
/// length and offset) is checked with the other span overloads in <see cref="SpanOverloadTests"/>.
/// </summary>
public class GenericApiTests
{
    private static IEnumerable<MethodInfo> GenericMethods() =>
        typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.IsGenericMethodDefinition);

    private static bool IsScalar(MethodInfo m) =>
        m.ReturnType.IsGenericParameter && m.GetParameters().All(p => p.ParameterType.IsGenericParameter);

    /// <summary>Parameter names, the span that receives the result called "destination" whatever its name.</summary>
    private static string Shape(MethodInfo m) => string.Join(", ", m.GetParameters().Select(p =>
        p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Span<>) ? "destination" : p.Name));

    private static bool IsBatch(MethodInfo m) => m.GetParameters().Any(p => p.Name == "positiveWeight");

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var name in GenericMethods().Where(IsScalar).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Fact]
    public void EveryFunctionHasGenericScalarSpanAndParallelForms()
    {
        var all = typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !m.IsSpecialName).ToArray();
        // batch functions (a reduction over whole spans): one generic form per overload shape
        foreach (var batch in all.Where(m => !m.IsGenericMethod && m.GetParameters().Any(p => p.ParameterType == typeof(LossReduction) || p.Name == "positiveWeight"))
                     .GroupBy(m => (m.Name, Parameters: Shape(m))))
            Assert.True(all.Count(m => m.IsGenericMethodDefinition && m.Name == batch.Key.Name && Shape(m) == batch.Key.Parameters) == 1,
                $"Logistic.{batch.Key.Name}({batch.Key.Parameters}) has no generic form");
        // every exact overload has exactly one generic form of its shape (its parameter names), every span shape
        // also one with ParallelSpanOptions, and there is nothing else: three generic forms per exact scalar overload
        var shapes = all.Where(m => !m.IsGenericMethod && !m.GetParameters().Any(p => p.Name == "positiveWeight"))
            .Select(m => (m.Name, Parameters: Shape(m))).ToHashSet();
        Assert.NotEmpty(shapes);
        foreach (var (name, parameters) in shapes)
        {
            Assert.True(GenericMethods().Count(m => m.Name == name && Shape(m) == parameters) == 1,
                $"Logistic.{name}({parameters}) has no generic form");
            if (parameters.EndsWith("destination", StringComparison.Ordinal))
                Assert.True(GenericMethods().Count(m => m.Name == name && Shape(m) == parameters + ", parallel") == 1,
                    $"Logistic.{name}({parameters}) has no generic form with ParallelSpanOptions");
        }
        foreach (var name in shapes.Select(s => s.Name).Distinct())
        {
            var forms = GenericMethods().Where(m => m.Name == name && !IsBatch(m)).ToArray();
            int scalars = shapes.Count(s => s.Name == name && !s.Parameters.Contains("destination", StringComparison.Ordinal));
            Assert.True(forms.Length == 3 * scalars,
                $"Logistic.{name} has {forms.Length} generic forms ({scalars} scalar overload shapes, each with scalar, span and span with ParallelSpanOptions expected)");
            Assert.Contains(forms, IsScalar);
            Assert.Contains(forms, m => m.GetParameters()[^1].ParameterType == typeof(ParallelSpanOptions));
            foreach (var m in forms)
                Assert.Contains(m.GetGenericArguments()[0].GetGenericParameterConstraints(),
                    c => c.IsGenericType && c.GetGenericTypeDefinition() == typeof(IFloatingPointIeee754<>));
        }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ScalarFormsGiveTheBitsOfTheExactOverloads(string name)
    {
        var rng = new Random(name.Length);
        Check(name, Enumerable.Range(0, 1 << 16).Select(i => BitConverter.UInt16BitsToHalf((ushort)i)).ToArray(), rng);
        Check(name, Enumerable.Range(0, 1 << 16).Select(_ => BitConverter.Int32BitsToSingle(rng.Next() ^ (rng.Next(2) << 31))).ToArray(), rng);
        Check(name, Enumerable.Range(0, 1 << 16).Select(_ => BitConverter.Int64BitsToDouble(rng.NextInt64() ^ ((long)rng.Next(2) << 63))).ToArray(), rng);
    }

    private static void Check<T>(string name, T[] x, Random rng) where T : unmanaged, IFloatingPointIeee754<T>
    {
        foreach (var definition in GenericMethods().Where(m => m.Name == name && IsScalar(m)))
            Check(definition.MakeGenericMethod(typeof(T)), x, rng);
    }

    private static void Check<T>(MethodInfo generic, T[] x, Random rng) where T : unmanaged, IFloatingPointIeee754<T>
    {
        string name = generic.Name;
        bool binary = generic.GetParameters().Length == 2;
        var exact = typeof(Logistic).GetMethod(name, Enumerable.Repeat(typeof(T), binary ? 2 : 1).ToArray())!;
        // second argument: softplus's β positive (2^-10 … 2^11, finite in Half), logit's ε in [0, ½]; labels and gradients in [0, 1]
        // with a few outside
        string? second = binary ? generic.GetParameters()[1].Name : null;
        T[] y = x.Select(_ => T.CreateTruncating(second switch
        {
            "beta" => Math.ScaleB(1 + rng.NextDouble(), rng.Next(-10, 11)),
            "eps" => rng.Next(8) == 0 ? 0.5 * rng.Next(2) : rng.NextDouble() * 0.5,
            _ => rng.Next(8) == 0 ? rng.NextDouble() * 4 - 2 : rng.NextDouble(),
        })).ToArray();
        T[] expected = new T[x.Length], actual = new T[x.Length];
        if (binary)
        {
            var e = exact.CreateDelegate<Func<T, T, T>>();
            var g = generic.CreateDelegate<Func<T, T, T>>();
            for (int i = 0; i < x.Length; i++) { expected[i] = e(x[i], y[i]); actual[i] = g(x[i], y[i]); }
        }
        else
        {
            var e = exact.CreateDelegate<Func<T, T>>();
            var g = generic.CreateDelegate<Func<T, T>>();
            for (int i = 0; i < x.Length; i++) { expected[i] = e(x[i]); actual[i] = g(x[i]); }
        }
        var expectedBytes = MemoryMarshal.AsBytes(expected.AsSpan());
        var actualBytes = MemoryMarshal.AsBytes(actual.AsSpan());
        Assert.True(expectedBytes.SequenceEqual(actualBytes), $"Logistic.{name}<{typeof(T).Name}>({string.Join(", ", generic.GetParameters().Select(p => p.Name))}) differs from the exact overload");
    }

    [Fact]
    public void SplitSpansGiveTheBitsOfTheScalarOverloads()
    {
        const int n = 40_000;
        var rng = new Random(5);
        double[] x = Enumerable.Range(0, n).Select(_ => (rng.NextDouble() - 0.5) * 80).ToArray();
        var options = new ParallelSpanOptions(3) { MinimumLength = 1000 };
        foreach (var m in GenericMethods().Where(m => m.GetParameters()[^1].ParameterType == typeof(ParallelSpanOptions) && m.GetParameters().Length == 3))
        {
            var f = m.MakeGenericMethod(typeof(double)).CreateDelegate<ParallelUnarySpan<double>>();
            var scalar = typeof(Logistic).GetMethod(m.Name, [typeof(double)])!.CreateDelegate<Func<double, double>>();
            var d = new double[n];
            f(x, d, options);
            for (int i = 0; i < n; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(scalar(x[i])) == BitConverter.DoubleToInt64Bits(d[i]), $"{m.Name} split, index {i}");
        }
        // the forms with a scalar parameter (softplus's β, logit's ε), on probabilities so that logit is finite
        double[] p = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        int parameterForms = 0;
        foreach (var m in GenericMethods().Where(m => m.GetParameters()[^1].ParameterType == typeof(ParallelSpanOptions) && m.GetParameters().Length == 4
                                                      && m.GetParameters()[1].ParameterType.IsGenericParameter))
        {
            var f = m.MakeGenericMethod(typeof(double)).CreateDelegate<ParallelParameterSpan<double>>();
            var scalar = typeof(Logistic).GetMethod(m.Name, [typeof(double), typeof(double)])!.CreateDelegate<Func<double, double, double>>();
            double[] input = m.Name == nameof(Logistic.Logit) ? p : x;
            var d = new double[n];
            f(input, SpanOverloadTests.Parameter, d, options);
            for (int i = 0; i < n; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(scalar(input[i], SpanOverloadTests.Parameter)) == BitConverter.DoubleToInt64Bits(d[i]), $"{m.Name} with a parameter split, index {i}");
            parameterForms++;
        }
        Assert.Equal(2, parameterForms);
    }

    [Fact]
    public void OtherTypesGetNotSupportedNamingTheSupportedOnes()
    {
        int checkedForms = 0;
        foreach (var definition in GenericMethods())
        {
            var m = definition.MakeGenericMethod(typeof(NFloat));
            var ps = m.GetParameters();
            Exception? e;
            if (IsScalar(definition))
                e = Record.Exception(() => m.Invoke(null, ps.Select(_ => (object)(NFloat)0.5).ToArray()))?.InnerException;
            else if (ps[^1].ParameterType == typeof(ParallelSpanOptions) || IsBatch(definition))
                continue;   // the split forms open a scope and call the forms checked here; the batch forms below
            else if (ps.Length == 2)
                e = Record.Exception(() => m.CreateDelegate<UnarySpan<NFloat>>()(new NFloat[3], new NFloat[3]));
            else if (SpanOverloadTests.HasScalarParameter(m))
                e = Record.Exception(() => m.CreateDelegate<ParameterSpan<NFloat>>()(new NFloat[3], (NFloat)SpanOverloadTests.Parameter, new NFloat[3]));
            else
                e = Record.Exception(() => m.CreateDelegate<BinarySpan<NFloat>>()(new NFloat[3], new NFloat[3], new NFloat[3]));
            Assert.True(e is NotSupportedException, $"{m}: {e}");
            var notSupported = (NotSupportedException)e;
            foreach (string type in new[] { "float", "double", "Half", nameof(NFloat) })
                Assert.Contains(type, notSupported.Message);
            checkedForms++;
        }
        Assert.True(checkedForms >= 18, $"only {checkedForms} generic forms checked");

        var n = new NFloat[3];
        Assert.Contains("Half", Assert.Throws<NotSupportedException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss<NFloat>(n, n)).Message);
        Assert.Contains("Half", Assert.Throws<NotSupportedException>(() => Logistic.BinaryCrossEntropyWithLogitsLoss<NFloat>(n, n, new NFloat[3])).Message);
        Assert.Contains("Half", Assert.Throws<NotSupportedException>(() => Logistic.BinaryCrossEntropyWithLogitsLossGradient<NFloat>(n, n, new NFloat[3])).Message);
    }

    [Fact]
    public void BatchLossFormsGiveTheBitsOfTheExactOverloads()
    {
        var rng = new Random(3);
        double[] z = Enumerable.Range(0, 1000).Select(_ => (rng.NextDouble() - 0.5) * 40).ToArray();
        double[] y = z.Select(_ => rng.NextDouble()).ToArray();
        double[] w = z.Select(_ => rng.NextDouble() * 2).ToArray();
        float[] zf = z.Select(v => (float)v).ToArray(), yf = y.Select(v => (float)v).ToArray(), wf = w.Select(v => (float)v).ToArray();
        Half[] zh = z.Select(v => (Half)v).ToArray(), yh = y.Select(v => (Half)v).ToArray();
        foreach (var reduction in new[] { LossReduction.Sum, LossReduction.Mean })
        {
            Assert.Equal(Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, reduction, w, 2.0), Logistic.BinaryCrossEntropyWithLogitsLoss<double>(z, y, reduction, w, 2.0));
            Assert.Equal(Logistic.BinaryCrossEntropyWithLogitsLoss(zf, yf, reduction, wf), Logistic.BinaryCrossEntropyWithLogitsLoss<float>(zf, yf, reduction, wf));
            Assert.Equal(Logistic.BinaryCrossEntropyWithLogitsLoss(zh, yh, reduction), Logistic.BinaryCrossEntropyWithLogitsLoss<Half>(zh, yh, reduction));
        }
        double[] expected = new double[z.Length], actual = new double[z.Length];
        Logistic.BinaryCrossEntropyWithLogitsLoss(z, y, expected, w, 0.5);
        Logistic.BinaryCrossEntropyWithLogitsLoss<double>(z, y, actual, w, 0.5);
        Assert.Equal(expected, actual);
        float[] ef = new float[z.Length], af = new float[z.Length];
        Logistic.BinaryCrossEntropyWithLogitsLossGradient(zf, yf, ef, LossReduction.Mean, wf, 3.0);
        Logistic.BinaryCrossEntropyWithLogitsLossGradient<float>(zf, yf, af, LossReduction.Mean, wf, 3.0);
        Assert.Equal(ef, af);
    }

    /// <summary>What a generic-math caller writes: one activation for every floating-point type.</summary>
    private static void Activate<T>(ReadOnlySpan<T> x, Span<T> y) where T : IFloatingPointIeee754<T> =>
        Logistic.Sigmoid(x, y);

    private static T Gate<T>(T x, T label) where T : IFloatingPointIeee754<T> =>
        Logistic.Sigmoid(x) * Logistic.BinaryCrossEntropyWithLogits(x, label);

    [Fact]
    public void GenericCallersCompileAndRunForEveryType()
    {
        float[] xf = [-2f, 0f, 3f];
        var yf = new float[3];
        Activate<float>(xf, yf);
        Assert.Equal(xf.Select(Logistic.Sigmoid), yf);

        double[] xd = [-2, 0, 3];
        var yd = new double[3];
        Activate<double>(xd, yd);
        Assert.Equal(xd.Select(Logistic.Sigmoid), yd);

        Half[] xh = [(Half)(-2), (Half)0, (Half)3];
        var yh = new Half[3];
        Activate<Half>(xh, yh);
        Assert.Equal(xh.Select(Logistic.Sigmoid), yh);

        Assert.Equal(Logistic.Sigmoid(1.5) * Logistic.BinaryCrossEntropyWithLogits(1.5, 1.0), Gate(1.5, 1.0));
        Assert.Throws<NotSupportedException>(() => Gate((NFloat)1.5, (NFloat)1));
    }
}
