using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// A layer in llm.c form over a batch stored row-major: <c>Forward(x, y)</c> maps x (B, In) to y (B, Out);
/// <c>Backward(x, y, dy, dx)</c> overwrites dx (B, In) = ∂L/∂x and adds ∂L/∂θ into each parameter's gradient.
/// The batch size B is x.Length / In. Each concrete layer also has a narrower <c>Backward</c> that names exactly the
/// saved tensor it reads (x or y).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public interface ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Features per input row (In).</summary>
    int InputSize { get; }

    /// <summary>Features per output row (Out).</summary>
    int OutputSize { get; }

    /// <summary>The trainable parameters (empty for activations).</summary>
    IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>y = f(x). x: (B, In), y: (B, Out).</summary>
    /// <exception cref="ArgumentException">Lengths are not B·In and B·Out for one whole B.</exception>
    void Forward(ReadOnlySpan<T> x, Span<T> y);

    /// <summary>
    /// Given x and y = f(x) from the forward pass and dy = ∂L/∂y, overwrites dx = ∂L/∂x (skipped when dx is empty)
    /// and accumulates parameter gradients.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths disagree with the layer's shape.</exception>
    void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx);
}

/// <summary>Shape checks shared by the layers.</summary>
internal static class LayerShape
{
    /// <summary>Returns B = x.Length / inputs after checking that x and y hold B whole rows.</summary>
    public static int Batch(int xLength, int yLength, int inputs, int outputs, string layer)
    {
        if (xLength % inputs != 0)
            throw new ArgumentException($"{layer}: x has {xLength} elements, not a whole number of rows of {inputs}.", "x");
        int b = xLength / inputs;
        if (yLength != b * outputs)
            throw new ArgumentException($"{layer}: x holds {b} rows so y must hold {b}×{outputs} = {b * outputs} elements, but it has {yLength}.", "y");
        return b;
    }

    /// <summary>Checks dx is empty (not wanted) or exactly as long as x.</summary>
    public static void Dx(int dxLength, int xLength, string layer)
    {
        if (dxLength != 0 && dxLength != xLength)
            throw new ArgumentException($"{layer}: dx must be empty or as long as x ({xLength}), but it has {dxLength}.", "dx");
    }
}
