using System.Reflection;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.SpanContract;

/// <summary>One-input span kernel (x, destination).</summary>
public delegate void UnarySpan<T>(ReadOnlySpan<T> x, Span<T> destination);
/// <summary>Two-input span kernel (a, b, destination).</summary>
public delegate void BinarySpan<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination);
/// <summary>One-input span kernel with a scalar parameter (x, β or ε, destination).</summary>
public delegate void ParameterSpan<T>(ReadOnlySpan<T> x, T parameter, Span<T> destination);

/// <summary>
/// The span contract of <see cref="Logistic"/>, for every public span overload of <see cref="Logistic"/> found by reflection (so a
/// new overload is covered without touching this file): destination too short → ArgumentException naming it;
/// partial overlap → ArgumentException; the very same span → in place, equal to out of place; empty → nothing;
/// every length 0..300 at odd offsets equals the scalar overload bit for bit. Overloads with a scalar parameter
/// (softplus's β, logit's ε) run with <see cref="Parameter"/>, valid for both.
/// </summary>
public class SpanOverloadTests
{
    public static TheoryData<string> Overloads()
    {
        var data = new TheoryData<string>();
        foreach (var m in SpanMethods()) data.Add(Describe(m));
        return data;
    }

    /// <summary>Every span overload; the generic forms closed over float, double and Half, so that they are held
    /// to the same contract and to the bits of the scalar overload of their type.</summary>
    private static IEnumerable<MethodInfo> SpanMethods() =>
        typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().Length >= 2 && m.GetParameters()[^1].ParameterType.IsGenericType
                        && m.GetParameters()[^1].ParameterType.GetGenericTypeDefinition() == typeof(Span<>))
            .SelectMany(m => m.IsGenericMethodDefinition
                ? new[] { typeof(float), typeof(double), typeof(Half) }.Select(t => m.MakeGenericMethod(t))
                : [m])
            .OrderBy(Describe, StringComparer.Ordinal);

    /// <summary>The scalar parameter given to the overloads that take one: a valid β (&gt; 0) and a valid ε (≤ ½).</summary>
    internal const double Parameter = 0.25;

    private static string Describe(MethodInfo m) =>
        $"{m.Name}{(m.IsGenericMethod ? "<T>" : "")}({string.Join(", ", m.GetParameters().Select(p => (p.ParameterType.IsGenericType ? p.ParameterType.GetGenericArguments()[0].Name + " " : p.ParameterType.Name + " scalar ") + p.Name))})";

    /// <summary>True for (ReadOnlySpan x, T parameter, Span destination).</summary>
    internal static bool HasScalarParameter(MethodInfo m) => m.GetParameters().Length == 3 && !m.GetParameters()[1].ParameterType.IsGenericType;

    [Fact]
    public void EveryFunctionHasSpanOverloadsForAllThreeTypes()
    {
        var methods = SpanMethods().ToList();
        Assert.True(methods.Count >= 27, $"found {methods.Count} span overloads");
        foreach (var group in methods.GroupBy(m => (m.Name, m.IsGenericMethod)))
            Assert.Equal(3, group.Select(m => m.GetParameters()[0].ParameterType.GetGenericArguments()[0]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public void HonoursTheSpanContract(string overload)
    {
        var method = SpanMethods().Single(m => Describe(m) == overload);
        Type t = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        typeof(SpanOverloadTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(t).Invoke(null, [method]);
    }

    private static void Check<T>(MethodInfo method) where T : unmanaged
    {
        var parameters = method.GetParameters();
        bool parameterized = HasScalarParameter(method);
        bool binary = parameters.Length == 3 && !parameterized;
        string destinationName = parameters[^1].Name!;
        MethodInfo scalar = typeof(Logistic).GetMethod(method.Name, Enumerable.Repeat(typeof(T), parameters.Length - 1).ToArray())
            ?? throw new InvalidOperationException($"no scalar overload for {Describe(method)}");
        BinarySpan<T> span;
        Func<T, T, T> reference;
        if (parameterized)
        {
            var withParameter = method.CreateDelegate<ParameterSpan<T>>();
            T parameter = From<T>(Parameter);
            span = (a, _, d) => withParameter(a, parameter, d);
            var f = scalar.CreateDelegate<Func<T, T, T>>();
            reference = (a, _) => f(a, parameter);
        }
        else if (binary)
        {
            span = method.CreateDelegate<BinarySpan<T>>();
            reference = scalar.CreateDelegate<Func<T, T, T>>();
        }
        else
        {
            var unary = method.CreateDelegate<UnarySpan<T>>();
            span = (a, _, d) => unary(a, d);
            var f = scalar.CreateDelegate<Func<T, T>>();
            reference = (a, _) => f(a);
        }
        var rng = new Random(method.Name.Length * 31 + parameters.Length);
        T[] a = Values<T>(rng, 700), b = Values<T>(rng, 700, unit: true);

        // empty input: nothing to do
        span(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty, Span<T>.Empty);
        span(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty, new T[3]);

        // destination shorter
        var ex = Assert.ThrowsAny<ArgumentException>(() => span(a.AsSpan(0, 10), b.AsSpan(0, 10), new T[9]));
        Assert.Equal(destinationName, ex.ParamName);

        // partial overlap of an input and the destination, both directions
        var buffer = (T[])a.Clone();
        Assert.ThrowsAny<ArgumentException>(() => span(buffer.AsSpan(0, 50), b.AsSpan(0, 50), buffer.AsSpan(1, 50)));
        Assert.ThrowsAny<ArgumentException>(() => span(buffer.AsSpan(1, 50), b.AsSpan(0, 50), buffer.AsSpan(0, 50)));
        if (binary)
        {
            var second = (T[])b.Clone();
            Assert.ThrowsAny<ArgumentException>(() => span(a.AsSpan(0, 50), second.AsSpan(0, 50), second.AsSpan(3, 50)));
            Assert.ThrowsAny<ArgumentException>(() => span(a.AsSpan(0, 10), b.AsSpan(0, 11), new T[11]));
        }

        // every length 0..300 at odd offsets, against the scalar overload; then in place
        foreach (int offset in new[] { 1, 3, 7 })
            for (int n = 0; n <= 300; n++)
            {
                var x = a.AsSpan(offset, n);
                var y = b.AsSpan(offset + 2, n);
                var destination = new T[n + 5];
                span(x, y, destination.AsSpan(offset % 4, n));
                for (int i = 0; i < n; i++)
                {
                    double expected = ToDouble(reference(x[i], y[i])), actual = ToDouble(destination[offset % 4 + i]);
                    Assert.True(Rounding.SameResult(expected, actual),
                        $"{Describe(method)} length {n} offset {offset} index {i}: span {actual:R}, scalar {expected:R} (x = {ToDouble(x[i]):R})");
                }
                var inPlace = x.ToArray();
                span(inPlace, y, inPlace);
                for (int i = 0; i < n; i++)
                    Assert.True(Rounding.SameResult(ToDouble(destination[offset % 4 + i]), ToDouble(inPlace[i])),
                        $"{Describe(method)} in place differs at length {n}, index {i}");
            }
    }

    /// <summary>Inputs spread over the interesting ranges, with specials; <paramref name="unit"/> keeps them in [0, 1] (labels, outputs).</summary>
    private static T[] Values<T>(Random rng, int n, bool unit = false)
    {
        double[] specials = [0.0, -0.0, 1, 0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-40, -800, 800, 40, -40, 17, -17];
        var values = new T[n];
        for (int i = 0; i < n; i++)
        {
            double v = i < specials.Length && !unit ? specials[i]
                : unit ? rng.NextDouble()
                : (i % 3) switch
                {
                    0 => (rng.NextDouble() - 0.5) * 40,
                    1 => rng.NextDouble(),
                    _ => (rng.NextDouble() - 0.5) * 1600,
                };
            values[i] = From<T>(v);
        }
        return values;
    }

    internal static T From<T>(double v) =>
        typeof(T) == typeof(float) ? (T)(object)(float)v
        : typeof(T) == typeof(Half) ? (T)(object)(Half)v
        : (T)(object)v;

    internal static double ToDouble<T>(T v) => v switch
    {
        float f => f,
        Half h => (double)h,
        double d => d,
        _ => throw new ArgumentException($"unsupported {typeof(T)}"),
    };
}
