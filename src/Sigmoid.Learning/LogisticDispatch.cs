using System.Numerics;
using System.Runtime.InteropServices;

namespace Sigmoid.Learning;

/// <summary>Routes generic spans to the concrete <see cref="Logistic"/> span overloads (float or double).</summary>
internal static class LogisticDispatch
{
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) Logistic.Sigmoid(D(x), D(y));
        else if (typeof(T) == typeof(float)) Logistic.Sigmoid(F(x), F(y));
        else throw Unsupported<T>();
    }

    public static void SigmoidBackwardFromInput<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) Logistic.SigmoidBackwardFromInput(D(x), D(dy), D(dx));
        else if (typeof(T) == typeof(float)) Logistic.SigmoidBackwardFromInput(F(x), F(dy), F(dx));
        else throw Unsupported<T>();
    }

    public static void SigmoidBackwardFromOutput<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) Logistic.SigmoidBackwardFromOutput(D(y), D(dy), D(dx));
        else if (typeof(T) == typeof(float)) Logistic.SigmoidBackwardFromOutput(F(y), F(dy), F(dx));
        else throw Unsupported<T>();
    }

    public static void BinaryCrossEntropyWithLogits<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> loss) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) Logistic.BinaryCrossEntropyWithLogits(D(z), D(y), D(loss));
        else if (typeof(T) == typeof(float)) Logistic.BinaryCrossEntropyWithLogits(F(z), F(y), F(loss));
        else throw Unsupported<T>();
    }

    public static void BinaryCrossEntropyWithLogitsGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> dz) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) Logistic.BinaryCrossEntropyWithLogitsGradient(D(z), D(y), D(dz));
        else if (typeof(T) == typeof(float)) Logistic.BinaryCrossEntropyWithLogitsGradient(F(z), F(y), F(dz));
        else throw Unsupported<T>();
    }

    private static ReadOnlySpan<double> D<T>(ReadOnlySpan<T> s) where T : unmanaged => MemoryMarshal.Cast<T, double>(s);
    private static Span<double> D<T>(Span<T> s) where T : unmanaged => MemoryMarshal.Cast<T, double>(s);
    private static ReadOnlySpan<float> F<T>(ReadOnlySpan<T> s) where T : unmanaged => MemoryMarshal.Cast<T, float>(s);
    private static Span<float> F<T>(Span<T> s) where T : unmanaged => MemoryMarshal.Cast<T, float>(s);

    private static NotSupportedException Unsupported<T>() =>
        new($"Sigmoid.Learning runs in float or double; {typeof(T).Name} is not supported.");
}
