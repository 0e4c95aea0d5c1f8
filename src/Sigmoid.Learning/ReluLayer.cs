using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>The activation y = max(x, 0), element-wise; backward dx = dy where x &gt; 0, else 0 (the subgradient 0 at x = 0).</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class ReluLayer<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A ReLU over <paramref name="size"/> features.</summary>
    public ReluLayer(int size) { ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size); InputSize = size; }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters => [];

    /// <summary>y = max(x, 0). x, y: (B, N).</summary>
    public void Forward(ReadOnlySpan<T> x, Span<T> y)
    {
        LayerShape.Batch(x.Length, y.Length, InputSize, InputSize, nameof(ReluLayer<T>));
        for (int i = 0; i < x.Length; i++) y[i] = x[i] > T.Zero ? x[i] : T.Zero;
    }

    /// <summary>dx = x &gt; 0 ? dy : 0, from the saved input x (B, N).</summary>
    public void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx)
    {
        LayerShape.Batch(x.Length, dy.Length, InputSize, InputSize, nameof(ReluLayer<T>));
        LayerShape.Dx(dx.Length, x.Length, nameof(ReluLayer<T>));
        if (dx.IsEmpty) return;
        for (int i = 0; i < x.Length; i++) dx[i] = x[i] > T.Zero ? dy[i] : T.Zero;
    }

    void ILayer<T>.Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) => Backward(x, dy, dx);
}
