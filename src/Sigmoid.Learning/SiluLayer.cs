using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// The activation y = SiLU(x) = x·σ(x) (Swish with β = 1; the gate of SwiGLU), element-wise. Its slope
/// σ(x)·(1 + x·σ(−x)) is ½ at 0, tends to 1 for large x and to 0 for very negative x, and ranges over
/// [−0.0998, 1.0998] — unlike σ′ ≤ ¼, it does not shrink the gradient layer after layer.
/// </summary>
/// <remarks>Both passes are the library's own functions, each rounded once: forward
/// <see cref="Logistic.Silu{T}(ReadOnlySpan{T}, Span{T})"/> (correctly rounded in float, ≤ 1 ULP in double), backward
/// <see cref="Logistic.SiluBackward{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/> from the saved input,
/// dx = σ(x)·(1 + x·σ(−x))·dy with the slope kept exact through its zero at x ≈ −1.2785. Composing x·σ(x) from a
/// rounded σ would round twice and miss the correctly rounded value on a share of inputs (<c>SiluLayerTests</c>).</remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class SiluLayer<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A SiLU over <paramref name="size"/> features.</summary>
    public SiluLayer(int size) { ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size); InputSize = size; }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters => [];

    /// <summary>y = x·σ(x). x, y: (B, N).</summary>
    public void Forward(ReadOnlySpan<T> x, Span<T> y)
    {
        LayerShape.Batch(x.Length, y.Length, InputSize, InputSize, nameof(SiluLayer<T>));
        Logistic.Silu(x, y);
    }

    /// <summary>dx = σ(x)·(1 + x·σ(−x))·dy from the saved input x (B, N).</summary>
    public void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx)
    {
        LayerShape.Batch(x.Length, dy.Length, InputSize, InputSize, nameof(SiluLayer<T>));
        LayerShape.Dx(dx.Length, x.Length, nameof(SiluLayer<T>));
        if (!dx.IsEmpty) Logistic.SiluBackward(x, dy, dx);
    }

    void ILayer<T>.Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) => Backward(x, dy, dx);
}
