using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// A multilayer perceptron: Dense → activation → … → Dense, the last dense layer producing raw outputs (logits).
/// It owns the activations of the last forward pass, so <see cref="Backward"/> must follow the matching
/// <see cref="Forward"/> with the same x.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Mlp<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ILayer<T>[] _layers;
    private T[][] _outputs; // _outputs[i]: (B, layer i Out)
    private T[][] _dinputs; // _dinputs[i]: (B, layer i In), i ≥ 1
    private int _capacity;
    private int _batch;

    /// <summary>A network of the given layers (each one's input size must equal the previous one's output size).</summary>
    /// <exception cref="ArgumentException">The list is empty or the sizes do not chain.</exception>
    public Mlp(IReadOnlyList<ILayer<T>> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0) throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        for (int i = 1; i < layers.Count; i++)
            if (layers[i].InputSize != layers[i - 1].OutputSize)
                throw new ArgumentException($"Layer {i} takes {layers[i].InputSize} inputs but layer {i - 1} gives {layers[i - 1].OutputSize}.", nameof(layers));
        _layers = layers.ToArray();
        DenseLayers = _layers.OfType<Dense<T>>().ToArray();
        Parameters = _layers.SelectMany(l => l.Parameters).ToArray();
        _outputs = [];
        _dinputs = [];
    }

    /// <summary>All layers, input first.</summary>
    public IReadOnlyList<ILayer<T>> Layers => _layers;

    /// <summary>The dense layers, layer 1 (next to the input) first.</summary>
    public IReadOnlyList<Dense<T>> DenseLayers { get; }

    /// <summary>Every trainable parameter (W then b of each dense layer, input side first).</summary>
    public IReadOnlyList<Parameter<T>> Parameters { get; }

    /// <summary>Features per input row.</summary>
    public int InputSize => _layers[0].InputSize;

    /// <summary>Outputs per row.</summary>
    public int OutputSize => _layers[^1].OutputSize;

    /// <summary>Runs x (B, In) through every layer; returns the output (B, Out), valid until the next call.</summary>
    /// <param name="x">The input rows (B, In).</param>
    /// <param name="cancellation">Checked before every block of <see cref="RowsPerCancellationCheck"/> rows of every
    /// layer, so even a large full-batch pass stops within a few milliseconds of being cancelled.</param>
    /// <exception cref="ArgumentException">x is empty or not a whole number of rows.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public ReadOnlySpan<T> Forward(ReadOnlySpan<T> x, CancellationToken cancellation = default)
    {
        if (x.IsEmpty || x.Length % InputSize != 0)
            throw new ArgumentException($"x has {x.Length} elements: it must be a positive whole number of rows of {InputSize}.", nameof(x));
        Ensure(x.Length / InputSize);
        ReadOnlySpan<T> input = x;
        for (int i = 0; i < _layers.Length; i++)
        {
            var output = Output(i);
            ForwardRows(_layers[i], input, output, cancellation);
            input = output;
        }
        return input;
    }

    /// <summary>
    /// Backpropagates dOut = ∂L/∂output (B, Out) through the network of the last <see cref="Forward"/>(x):
    /// adds into every parameter gradient, and writes ∂L/∂x (B, In) into dx unless dx is empty.
    /// </summary>
    /// <param name="x">The input rows of the last forward pass (B, In).</param>
    /// <param name="dOut">∂L/∂output (B, Out).</param>
    /// <param name="dx">Receives ∂L/∂x (B, In), or empty when not wanted.</param>
    /// <param name="cancellation">Checked before every block of <see cref="RowsPerCancellationCheck"/> rows of every
    /// layer; when it fires part-way, the parameter gradients hold a partial sum and must be zeroed before use.</param>
    /// <exception cref="ArgumentException">Shapes disagree with the last forward pass.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dOut, Span<T> dx = default, CancellationToken cancellation = default)
    {
        if (x.Length != _batch * InputSize || _batch == 0)
            throw new ArgumentException("Backward must follow Forward with the same x.", nameof(x));
        if (dOut.Length != _batch * OutputSize)
            throw new ArgumentException($"dOut must have {_batch * OutputSize} elements (B={_batch}, Out={OutputSize}), not {dOut.Length}.", nameof(dOut));
        ReadOnlySpan<T> dy = dOut;
        for (int i = _layers.Length - 1; i >= 0; i--)
        {
            ReadOnlySpan<T> input = i == 0 ? x : Output(i - 1);
            Span<T> dinput = i == 0 ? dx : _dinputs[i].AsSpan(0, _batch * _layers[i].InputSize);
            BackwardRows(_layers[i], input, Output(i), dy, dinput, cancellation);
            dy = dinput;
        }
    }

    /// <summary>
    /// Rows a cancellable <see cref="Forward"/> or <see cref="Backward"/> passes to a layer at a time, checking for
    /// cancellation before each block. Every layer works row by row (a dense layer adds each row's share of dW and db
    /// in row order), so the blocks give the same bits as one call over the whole batch.
    /// </summary>
    public const int RowsPerCancellationCheck = 64;

    /// <summary>Sets every parameter gradient to zero.</summary>
    public void ZeroGradients()
    {
        foreach (var p in Parameters) p.ZeroGradient();
    }

    /// <summary>‖dW‖ (Frobenius) of each dense layer's weight gradient, layer 1 (next to the input) first.</summary>
    public double[] WeightGradientNorms() => DenseLayers.Select(d => d.Weight.GradientNorm()).ToArray();

    // One layer's forward pass, in blocks of rows when it can be cancelled.
    private void ForwardRows(ILayer<T> layer, ReadOnlySpan<T> x, Span<T> y, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (!cancellation.CanBeCanceled || _batch <= RowsPerCancellationCheck)
        {
            layer.Forward(x, y);
            return;
        }
        int inputs = layer.InputSize, outputs = layer.OutputSize;
        for (int row = 0; row < _batch; row += RowsPerCancellationCheck)
        {
            cancellation.ThrowIfCancellationRequested();
            int rows = Math.Min(RowsPerCancellationCheck, _batch - row);
            layer.Forward(x.Slice(row * inputs, rows * inputs), y.Slice(row * outputs, rows * outputs));
        }
    }

    // One layer's backward pass, in blocks of rows (in order, so gradients add up in the same order) when it can be cancelled.
    private void BackwardRows(ILayer<T> layer, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx,
        CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (!cancellation.CanBeCanceled || _batch <= RowsPerCancellationCheck)
        {
            layer.Backward(x, y, dy, dx);
            return;
        }
        int inputs = layer.InputSize, outputs = layer.OutputSize;
        for (int row = 0; row < _batch; row += RowsPerCancellationCheck)
        {
            cancellation.ThrowIfCancellationRequested();
            int rows = Math.Min(RowsPerCancellationCheck, _batch - row);
            layer.Backward(x.Slice(row * inputs, rows * inputs), y.Slice(row * outputs, rows * outputs),
                dy.Slice(row * outputs, rows * outputs), dx.IsEmpty ? dx : dx.Slice(row * inputs, rows * inputs));
        }
    }

    private Span<T> Output(int i) => _outputs[i].AsSpan(0, _batch * _layers[i].OutputSize);

    private void Ensure(int batch)
    {
        _batch = batch;
        if (batch <= _capacity) return;
        _capacity = batch;
        _outputs = _layers.Select(l => new T[batch * l.OutputSize]).ToArray();
        _dinputs = _layers.Select(l => new T[batch * l.InputSize]).ToArray();
    }
}

/// <summary>Builds <see cref="Mlp{T}"/> networks.</summary>
public static class Mlp
{
    /// <summary>
    /// inputs → hidden[0] → … → hidden[^1] → outputs, with <paramref name="activation"/> after every hidden dense layer
    /// and none after the last (its outputs are logits). Weights from <paramref name="seed"/> (same seed → same bits);
    /// the initialisation defaults to He for ReLU and SiLU (which is ReLU-like for x &gt; 0) and Xavier otherwise.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public static Mlp<T> Create<T>(int inputs, IReadOnlyList<int> hidden, int outputs, Activation activation, ulong seed,
        WeightInitKind? init = null) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputs);
        foreach (var h in hidden)
            if (h <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), h, "Every hidden width must be positive.");
        var kind = init ?? (activation is Activation.Relu or Activation.Silu ? WeightInitKind.He : WeightInitKind.Xavier);
        var rng = new SplitMix64(seed);
        var layers = new List<ILayer<T>>();
        int previous = inputs;
        for (int i = 0; i <= hidden.Count; i++)
        {
            int width = i < hidden.Count ? hidden[i] : outputs;
            var dense = new Dense<T>(previous, width, $"dense{i + 1}");
            WeightInit.Fill(dense, kind, ref rng);
            layers.Add(dense);
            if (i < hidden.Count) layers.Add(Activations.Create<T>(activation, width));
            previous = width;
        }
        return new Mlp<T>(layers);
    }
}
