using System.Numerics;
using Sigmoid.Drivers;

namespace Sigmoid;

// The generic forms of the SiLU family, as for the rest of the family: float, double and Half go to the exact overloads.
public static partial class Logistic
{
    /// <summary>silu(x) = x·σ(x) for any supported <typeparamref name="T"/>: the same bits as the <see cref="Silu(float)"/>,
    /// <see cref="Silu(double)"/> and <see cref="Silu(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Silu<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Silu(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Silu(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Silu(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>silu(x) = x·σ(x) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Silu<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Silu(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Silu(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Silu(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>silu(x) = x·σ(x) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="Silu{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Silu<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Silu(x, destination);
    }

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)) for any supported <typeparamref name="T"/>: the same bits as the <see cref="SiluDerivative(float)"/>,
    /// <see cref="SiluDerivative(double)"/> and <see cref="SiluDerivative(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T SiluDerivative<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(SiluDerivative(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(SiluDerivative(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(SiluDerivative(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SiluDerivative<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) SiluDerivative(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) SiluDerivative(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) SiluDerivative(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="SiluDerivative{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SiluDerivative<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        SiluDerivative(x, destination);
    }

    /// <summary>dx = silu'(x)·dy for any supported <typeparamref name="T"/>: the same bits as the <see cref="SiluBackward(float, float)"/>,
    /// <see cref="SiluBackward(double, double)"/> and <see cref="SiluBackward(Half, Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T SiluBackward<T>(T x, T dy) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(SiluBackward(Generic.From<T, float>(x), Generic.From<T, float>(dy)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(SiluBackward(Generic.From<T, double>(x), Generic.From<T, double>(dy)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(SiluBackward(Generic.From<T, Half>(x), Generic.From<T, Half>(dy)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>dx = silu'(x)·dy element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SiluBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) SiluBackward(Generic.Of<T, float>(x), Generic.Of<T, float>(dy), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) SiluBackward(Generic.Of<T, double>(x), Generic.Of<T, double>(dy), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) SiluBackward(Generic.Of<T, Half>(x), Generic.Of<T, Half>(dy), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>dx = silu'(x)·dy element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="SiluBackward{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SiluBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        SiluBackward(x, dy, destination);
    }
}
