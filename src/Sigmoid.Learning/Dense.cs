using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// Fully connected layer y = x·Wᵀ + b with W of shape (Out, In), row-major, so row o holds the weights of output
/// neuron o. Forward is one vector dot product per (row, neuron); backward is y += a·x vector updates
/// (<see cref="VectorMath"/>).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Dense<T> : ILayer<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>A zero-initialised layer (see <see cref="WeightInit"/> to fill <see cref="Weight"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public Dense(int inputs, int outputs, string name = "dense")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        InputSize = inputs;
        OutputSize = outputs;
        Weight = new Parameter<T>(name + ".W", outputs * inputs);
        Bias = new Parameter<T>(name + ".b", outputs);
        Parameters = [Weight, Bias];
    }

    /// <inheritdoc/>
    public int InputSize { get; }

    /// <inheritdoc/>
    public int OutputSize { get; }

    /// <summary>W, (Out, In) row-major; its gradient dW accumulates.</summary>
    public Parameter<T> Weight { get; }

    /// <summary>b, (Out); its gradient db accumulates.</summary>
    public Parameter<T> Bias { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>y[b,o] = b[o] + Σᵢ W[o,i]·x[b,i].</summary>
    public void Forward(ReadOnlySpan<T> x, Span<T> y)
    {
        int B = LayerShape.Batch(x.Length, y.Length, InputSize, OutputSize, nameof(Dense<T>));
        ReadOnlySpan<T> w = Weight.Value; // (Out, In)
        ReadOnlySpan<T> bias = Bias.Value; // (Out)
        for (int b = 0; b < B; b++)
        {
            var xb = x.Slice(b * InputSize, InputSize); // (In)
            var yb = y.Slice(b * OutputSize, OutputSize); // (Out)
            for (int o = 0; o < OutputSize; o++)
                yb[o] = bias[o] + VectorMath.Dot(w.Slice(o * InputSize, InputSize), xb);
        }
    }

    /// <summary>
    /// dW[o,:] += Σ_b dy[b,o]·x[b,:]; db[o] += Σ_b dy[b,o]; dx[b,:] = Σ_o dy[b,o]·W[o,:] (skipped when dx is empty).
    /// Reads the layer's input x (B, In) and dy (B, Out).
    /// </summary>
    public void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx)
    {
        int B = LayerShape.Batch(x.Length, dy.Length, InputSize, OutputSize, nameof(Dense<T>));
        LayerShape.Dx(dx.Length, x.Length, nameof(Dense<T>));
        ReadOnlySpan<T> w = Weight.Value; // (Out, In)
        Span<T> dw = Weight.Gradient; // (Out, In)
        Span<T> db = Bias.Gradient; // (Out)
        if (!dx.IsEmpty) dx.Clear();
        for (int b = 0; b < B; b++)
        {
            var xb = x.Slice(b * InputSize, InputSize); // (In)
            var dyb = dy.Slice(b * OutputSize, OutputSize); // (Out)
            for (int o = 0; o < OutputSize; o++)
            {
                T g = dyb[o];
                db[o] += g;
                VectorMath.AddScaled(dw.Slice(o * InputSize, InputSize), g, xb);
                if (!dx.IsEmpty) VectorMath.AddScaled(dx.Slice(b * InputSize, InputSize), g, w.Slice(o * InputSize, InputSize));
            }
        }
    }

    void ILayer<T>.Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) => Backward(x, dy, dx);
}
