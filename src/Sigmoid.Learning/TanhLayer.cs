using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// The activation y = tanh(x) = 2σ(2x) − 1, element-wise: σ's centred twin, with slope 1 at 0 instead of ¼.
/// Backward uses the saved output: dx = (1 − y²)·dy (exact enough for training; like σ's output form it reaches 0
/// once |y| rounds to 1).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class TanhLayer<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A tanh over <paramref name="size"/> features.</summary>
    public TanhLayer(int size) { ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size); InputSize = size; }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters => [];

    /// <summary>y = tanh(x). x, y: (B, N).</summary>
    public void Forward(ReadOnlySpan<T> x, Span<T> y)
    {
        LayerShape.Batch(x.Length, y.Length, InputSize, InputSize, nameof(TanhLayer<T>));
        for (int i = 0; i < x.Length; i++) y[i] = T.Tanh(x[i]);
    }

    /// <summary>dx = (1 − y²)·dy from the saved output y (B, N).</summary>
    public void Backward(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
    {
        LayerShape.Batch(y.Length, dy.Length, InputSize, InputSize, nameof(TanhLayer<T>));
        LayerShape.Dx(dx.Length, y.Length, nameof(TanhLayer<T>));
        if (dx.IsEmpty) return;
        for (int i = 0; i < y.Length; i++) dx[i] = (T.One - y[i] * y[i]) * dy[i];
    }

    void ILayer<T>.Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) => Backward(y, dy, dx);
}
