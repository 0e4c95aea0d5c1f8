using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// The logistic activation o = σ(h), element-wise, forward through <see cref="Logistic.Sigmoid(ReadOnlySpan{double}, Span{double})"/>.
/// </summary>
/// <remarks>
/// <para>Backward uses <b>the input</b>: dh = σ′(h)·do with σ′(h) = σ(h)·σ(−h)
/// (<see cref="Logistic.SigmoidBackwardFromInput(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>).
/// The sheet's form dh = o(1−o)·do (<see cref="BackwardFromOutput"/>) needs only the saved output, but once o has
/// rounded to 1 (h ≳ 16.6 in float, h ≳ 36.7 in double) 1−o is exactly 0 and the gradient is lost although the true
/// σ′(h) ≈ e^−h is still a normal number; near o ≈ 1 it also cancels digits. The input form costs one more exp per
/// element and is accurate everywhere, so it is what <see cref="Backward(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>
/// and every network use; the output form is kept to measure the difference.</para>
/// </remarks>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class SigmoidLayer<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A sigmoid over <paramref name="size"/> features.</summary>
    public SigmoidLayer(int size) { ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size); InputSize = size; }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize => InputSize;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters => [];

    /// <summary>o = σ(h). h, o: (B, N).</summary>
    public void Forward(ReadOnlySpan<T> h, Span<T> o)
    {
        LayerShape.Batch(h.Length, o.Length, InputSize, InputSize, nameof(SigmoidLayer<T>));
        Logistic.Sigmoid(h, o);
    }

    /// <summary>dh = σ(h)·σ(−h)·do, from the saved input h (B, N). The form every network uses.</summary>
    public void Backward(ReadOnlySpan<T> h, ReadOnlySpan<T> dout, Span<T> dh)
    {
        LayerShape.Batch(h.Length, dout.Length, InputSize, InputSize, nameof(SigmoidLayer<T>));
        LayerShape.Dx(dh.Length, h.Length, nameof(SigmoidLayer<T>));
        if (!dh.IsEmpty) Logistic.SigmoidBackwardFromInput(h, dout, dh);
    }

    /// <summary>dh = o·(1−o)·do, from the saved output o (B, N): the sheet's formula, which loses the gradient where o rounds to 1.</summary>
    public void BackwardFromOutput(ReadOnlySpan<T> o, ReadOnlySpan<T> dout, Span<T> dh)
    {
        LayerShape.Batch(o.Length, dout.Length, InputSize, InputSize, nameof(SigmoidLayer<T>));
        LayerShape.Dx(dh.Length, o.Length, nameof(SigmoidLayer<T>));
        if (!dh.IsEmpty) Logistic.SigmoidBackwardFromOutput(o, dout, dh);
    }

    void ILayer<T>.Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) => Backward(x, dy, dx);
}
