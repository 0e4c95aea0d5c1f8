using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Sigmoid.Tests.SpanContract;

/// <summary>Span kernel with per-call parallelism (a, b, destination, options); unary forms ignore b.</summary>
public delegate void ParallelUnarySpan<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel);

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

    private static bool IsScalar(MethodInfo m) => m.ReturnType.IsGenericParameter;

    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var name in GenericMethods().Select(m => m.Name).Distinct().Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Fact]
    public void EveryFunctionHasGenericScalarSpanAndParallelForms()
    {
        var nonGeneric = typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsGenericMethod && !m.IsSpecialName).Select(m => m.Name).ToHashSet();
        Assert.NotEmpty(nonGeneric);
        foreach (string name in nonGeneric)
        {
            var forms = GenericMethods().Where(m => m.Name == name).ToArray();
            Assert.True(forms.Length == 3, $"Logistic.{name} has {forms.Length} generic forms (scalar, span, span with ParallelSpanOptions expected)");
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
        var generic = GenericMethods().Single(m => m.Name == name && IsScalar(m)).MakeGenericMethod(typeof(T));
        bool binary = generic.GetParameters().Length == 2;
        var exact = typeof(Logistic).GetMethod(name, Enumerable.Repeat(typeof(T), binary ? 2 : 1).ToArray())!;
        // second argument: labels and gradients in [0, 1] with a few outside
        T[] y = x.Select(_ => T.CreateTruncating(rng.Next(8) == 0 ? rng.NextDouble() * 4 - 2 : rng.NextDouble())).ToArray();
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
        Assert.True(expectedBytes.SequenceEqual(actualBytes), $"Logistic.{name}<{typeof(T).Name}> differs from the exact overload");
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
            else if (ps[^1].ParameterType == typeof(ParallelSpanOptions))
                continue;   // the same code path after opening the scope; the split path is covered above
            else if (ps.Length == 2)
                e = Record.Exception(() => m.CreateDelegate<UnarySpan<NFloat>>()(new NFloat[3], new NFloat[3]));
            else
                e = Record.Exception(() => m.CreateDelegate<BinarySpan<NFloat>>()(new NFloat[3], new NFloat[3], new NFloat[3]));
            Assert.True(e is NotSupportedException, $"{m}: {e}");
            var notSupported = (NotSupportedException)e;
            foreach (string type in new[] { "float", "double", "Half", nameof(NFloat) })
                Assert.Contains(type, notSupported.Message);
            checkedForms++;
        }
        Assert.True(checkedForms >= 18, $"only {checkedForms} generic forms checked");
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
