using Sigmoid.Learning;

namespace Sigmoid.Lab.Experiments;

/// <summary>Settings of experiment к.</summary>
public sealed record ZigZagOptions
{
    /// <summary>Start of both descent paths (w1 must grow to 2 and w2 shrink to −1).</summary>
    public (double W1, double W2) Start { get; init; } = (-1.5, 0.0);

    /// <summary>The common step, 0.9 of the largest stable step 2/λmax ≈ 3.3 for positive inputs.</summary>
    public double LearningRate { get; init; } = 3.0;

    /// <summary>Distance to the optimum that counts as converged.</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Step limit.</summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>Mini-batch sizes for the same-sign shares.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 4, 16, 64];

    /// <summary>Samples (or batches) averaged per share.</summary>
    public int Trials { get; init; } = 400;
}

/// <summary>The <c>sigmoid zigzag --json</c> summary.</summary>
/// <param name="SameSignShare">Single-sample share of output neurons whose weight-gradient row has one sign, by input kind (sigmoid, tanh, centred).</param>
/// <param name="StepsToTolerance">Gradient-descent steps to the tolerance, by input kind (positive, centred); −1 if not reached.</param>
public sealed record ZigZagSummary(IReadOnlyDictionary<string, double> SameSignShare, IReadOnlyDictionary<string, int> StepsToTolerance);

/// <summary>What experiment к computed.</summary>
/// <param name="Options">The settings it ran with.</param>
/// <param name="Shares">Same-sign share by input kind (<see cref="ZigZagExperiment.InputKinds"/>), one per batch size.</param>
/// <param name="Positive">Descent with positive inputs σ(h).</param>
/// <param name="Centred">Descent with centred inputs 2σ(h) − 1.</param>
/// <param name="PositiveCurvature">Eigenvalues of the loss's Hessian, positive inputs.</param>
/// <param name="CentredCurvature">Eigenvalues of the loss's Hessian, centred inputs.</param>
/// <param name="Summary">The JSON summary.</param>
public sealed record ZigZagData(ZigZagOptions Options, IReadOnlyDictionary<string, double[]> Shares, DescentPath Positive, DescentPath Centred,
    (double Min, double Max) PositiveCurvature, (double Min, double Max) CentredCurvature, ZigZagSummary Summary);

/// <summary>
/// Experiment к (part к of the sheet): σ &gt; 0 makes a neuron's weight gradients share one sign. (a) In a dense layer
/// fed by sigmoid outputs, ∂L/∂Wᵢⱼ = δᵢ·xⱼ with every xⱼ &gt; 0, so for one sample every row of ∂L/∂W has the sign
/// of δᵢ — 100% of neurons — against tanh-fed and centred inputs; over mini-batches the share falls. (b) Gradient
/// descent on a two-weight problem whose optimum needs one weight up and the other down zig-zags with positive
/// inputs and goes straight with centred ones (<see cref="ZigZagDescent"/>). "Centred" means 2σ(h) − 1 = tanh(h/2)
/// throughout: the sigmoid's output moved to mean 0, as a tanh layer gives.
/// </summary>
public sealed class ZigZagExperiment : IExperiment
{
    /// <summary>Inputs and outputs of the dense layer in part (a).</summary>
    public const int LayerInputs = 16, LayerOutputs = 16;

    /// <summary>The input kinds of part (a), in order: σ(h), tanh(h), and centred 2σ(h) − 1.</summary>
    public static IReadOnlyList<string> InputKinds { get; } = ["sigmoid", "tanh", "centred"];

    /// <inheritdoc/>
    public string Name => "zigzag";

    /// <inheritdoc/>
    public string ReportSection => "part-к";

    /// <inheritdoc/>
    public ExperimentResult Run(ExperimentContext context) => Run(context, new ZigZagOptions());

    /// <summary>
    /// Share of the <see cref="LayerOutputs"/> neurons of a dense layer (Xavier weights, MSE against random ±1
    /// targets) whose weight-gradient row ∂L/∂W[i,:] has one sign (zeros count with either), averaged over
    /// <paramref name="trials"/> mini-batches of <paramref name="batchSize"/> rows. Inputs x = σ(h), tanh(h) or
    /// 2σ(h) − 1 (centred) for pre-activations h uniform in [−3, 3].
    /// </summary>
    /// <exception cref="ArgumentException">Unknown input kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException">batchSize or trials not positive.</exception>
    public static double SameSignShare(string inputKind, int batchSize, int trials, int seed)
    {
        if (!InputKinds.Contains(inputKind)) throw new ArgumentException($"Unknown input kind '{inputKind}'; use one of {string.Join(", ", InputKinds)}.", nameof(inputKind));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var rng = new SplitMix64(0xC0FFEEUL + (ulong)(uint)seed);
        var layer = new Dense<double>(LayerInputs, LayerOutputs);
        WeightInit.Fill(layer, WeightInitKind.Xavier, ref rng);
        var h = new double[batchSize * LayerInputs];
        var x = new double[h.Length];
        var y = new double[batchSize * LayerOutputs];
        var t = new double[y.Length];
        var dy = new double[y.Length];
        var loss = new MseLoss<double>();
        long oneSigned = 0;
        for (int trial = 0; trial < trials; trial++)
        {
            for (int i = 0; i < h.Length; i++) h[i] = rng.NextUniform(-3, 3);
            for (int i = 0; i < t.Length; i++) t[i] = rng.NextInt(2) == 0 ? -1 : 1;
            switch (inputKind)
            {
                case "sigmoid": Logistic.Sigmoid(h, x); break;
                case "tanh": for (int i = 0; i < h.Length; i++) x[i] = Math.Tanh(h[i]); break;
                default: Logistic.Sigmoid(h, x); for (int i = 0; i < x.Length; i++) x[i] = 2 * x[i] - 1; break; // tanh(h/2): mean 0 for symmetric h
            }
            layer.Weight.ZeroGradient();
            layer.Bias.ZeroGradient();
            layer.Forward(x, y);
            loss.Backward(y, t, dy);
            layer.Backward(x, dy, Span<double>.Empty);
            var dW = layer.Weight.Gradient; // (Out, In)
            for (int o = 0; o < LayerOutputs; o++)
            {
                bool anyPositive = false, anyNegative = false;
                for (int j = 0; j < LayerInputs; j++)
                {
                    anyPositive |= dW[o * LayerInputs + j] > 0;
                    anyNegative |= dW[o * LayerInputs + j] < 0;
                }
                if (!(anyPositive && anyNegative)) oneSigned++;
            }
        }
        return (double)oneSigned / ((long)trials * LayerOutputs);
    }

    /// <summary>Runs with explicit settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public ExperimentResult Run(ExperimentContext context, ZigZagOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        // (a) same-sign shares
        var shares = InputKinds.ToDictionary(k => k, k => options.BatchSizes.Select(b => SameSignShare(k, b, options.Trials, context.Seed)).ToArray());
        context.Cancellation.ThrowIfCancellationRequested();
        context.Progress?.Report(new ExperimentProgress(0.5, "same-sign shares measured"));

        // (b) descent paths
        var positive = ZigZagDescent.Run(options.Start.W1, options.Start.W2, false, options.LearningRate, options.Tolerance, options.MaxSteps);
        var centred = ZigZagDescent.Run(options.Start.W1, options.Start.W2, true, options.LearningRate, options.Tolerance, options.MaxSteps);

        int single = options.BatchSizes.ToList().IndexOf(1);
        var summary = new ZigZagSummary(
            InputKinds.ToDictionary(k => k, k => single >= 0 ? shares[k][single] : SameSignShare(k, 1, options.Trials, context.Seed)),
            new Dictionary<string, int> { ["positive"] = positive.StepsToTolerance, ["centred"] = centred.StepsToTolerance });
        var data = new ZigZagData(options, shares, positive, centred, ZigZagDescent.Curvatures(false), ZigZagDescent.Curvatures(true), summary);
        DataTable[] tables =
        [
            DataTable.Of("zigzag-signs.csv", ["inputs", "batchSize", "sameSignShare"],
                InputKinds.SelectMany(k => options.BatchSizes.Select((b, i) => new object?[] { k, b, shares[k][i] }))),
            DataTable.Of("zigzag-paths.csv", ["inputs", "step", "w1", "w2", "loss"],
                new[] { ("positive", positive, false), ("centred", centred, true) }.SelectMany(p =>
                    p.Item2.Points.Select((w, i) => new object?[] { p.Item1, i, w.W1, w.W2, ZigZagDescent.Loss(w.W1, w.W2, p.Item3) }))),
        ];
        return new ExperimentResult(Name, data, summary, tables);
    }
}
