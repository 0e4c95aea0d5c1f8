using System.Numerics;
using Sigmoid.Drivers;

namespace Sigmoid;

// The generic forms of the functions with a scalar parameter (softplus's β, logit's ε), as for the rest of the
// family: float, double and Half go to the exact overloads, so every result has the same bits.
public static partial class Logistic
{
    /// <summary>softplus with sharpness β, (1/β)·ln(1+e^(βx)), for any supported <typeparamref name="T"/>: the same bits as the
    /// <see cref="Softplus(float, float)"/>, <see cref="Softplus(double, double)"/> and <see cref="Softplus(Half, Half)"/> overloads.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Softplus<T>(T x, T beta) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Softplus(Generic.From<T, float>(x), Generic.From<T, float>(beta)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Softplus(Generic.From<T, double>(x), Generic.From<T, double>(beta)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Softplus(Generic.From<T, Half>(x), Generic.From<T, Half>(beta)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>softplus with sharpness β element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double
    /// and Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Softplus<T>(ReadOnlySpan<T> x, T beta, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Softplus(Generic.Of<T, float>(x), Generic.From<T, float>(beta), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Softplus(Generic.Of<T, double>(x), Generic.From<T, double>(beta), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Softplus(Generic.Of<T, Half>(x), Generic.From<T, Half>(beta), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>softplus with sharpness β element-wise, long spans split across threads as <paramref name="parallel"/> allows; the
    /// same bits as <see cref="Softplus{T}(ReadOnlySpan{T}, T, Span{T})"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Softplus<T>(ReadOnlySpan<T> x, T beta, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Softplus(x, beta, destination);
    }

    /// <summary>logit with clamping ε, ln(q/(1-q)) with q = p clamped to [ε, 1-ε], for any supported <typeparamref name="T"/>: the
    /// same bits as the <see cref="Logit(float, float)"/>, <see cref="Logit(double, double)"/> and <see cref="Logit(Half, Half)"/> overloads.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eps"/> is outside [0, ½] or NaN.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Logit<T>(T p, T eps) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Logit(Generic.From<T, float>(p), Generic.From<T, float>(eps)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Logit(Generic.From<T, double>(p), Generic.From<T, double>(eps)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Logit(Generic.From<T, Half>(p), Generic.From<T, Half>(eps)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>logit with clamping ε element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double
    /// and Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eps"/> is outside [0, ½] or NaN.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Logit<T>(ReadOnlySpan<T> p, T eps, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Logit(Generic.Of<T, float>(p), Generic.From<T, float>(eps), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Logit(Generic.Of<T, double>(p), Generic.From<T, double>(eps), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Logit(Generic.Of<T, Half>(p), Generic.From<T, Half>(eps), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>logit with clamping ε element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same
    /// bits as <see cref="Logit{T}(ReadOnlySpan{T}, T, Span{T})"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eps"/> is outside [0, ½] or NaN.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Logit<T>(ReadOnlySpan<T> p, T eps, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Logit(p, eps, destination);
    }
}
