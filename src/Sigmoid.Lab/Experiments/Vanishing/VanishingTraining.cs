using Sigmoid.Learning;

namespace Sigmoid.Lab.Experiments;

/// <summary>What to train in the vanishing-gradient experiment.</summary>
/// <param name="Activation">sigmoid | tanh | relu (hidden layers; the output is a logit under BCE-with-logits).</param>
/// <param name="Depth">Number of hidden layers, 1…64.</param>
/// <param name="Width">Units per hidden layer, 1…512.</param>
/// <param name="LearningRate">SGD step η (momentum 0.9), finite, in (0, 10].</param>
/// <param name="Epochs">Passes over the data, 1…10 000.</param>
/// <param name="Dataset">One of <see cref="VanishingTraining.Datasets"/> (ignored when a data set is passed in).</param>
/// <param name="Seed">Seed of the data, the weights and the batch order.</param>
/// <param name="Samples">Generated points, 4…100 000 (ignored when a data set is passed in).</param>
/// <param name="BatchSize">Rows per SGD step, 1…4096.</param>
public sealed record TrainingConfig(string Activation, int Depth, int Width, double LearningRate, int Epochs,
    string Dataset, int Seed = 1, int Samples = 400, int BatchSize = 32);

/// <summary>Measurements after one epoch, on the whole training set with the weights at the end of the epoch.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Loss">Mean binary cross-entropy.</param>
/// <param name="Accuracy">Share of rows whose logit has the label's sign (0.5 is chance on balanced data).</param>
/// <param name="GradNorms">‖∂L/∂W‖ of each dense layer on the full batch, layer 1 (next to the input) first.</param>
public sealed record EpochReport(int Epoch, double Loss, double Accuracy, double[] GradNorms);

/// <summary>A whole training run.</summary>
/// <param name="Config">What was trained.</param>
/// <param name="GradNormsAtInit">‖∂L/∂W‖ per dense layer at initialisation (full batch), layer 1 first.</param>
/// <param name="Epochs">One report per epoch.</param>
/// <param name="FinalLoss">Loss after the last epoch.</param>
/// <param name="FinalAccuracy">Accuracy after the last epoch.</param>
public sealed record TrainingSummary(TrainingConfig Config, double[] GradNormsAtInit, IReadOnlyList<EpochReport> Epochs,
    double FinalLoss, double FinalAccuracy);

/// <summary>
/// Trains a <see cref="Mlp{T}"/> (double) on a two-class problem with BCE-with-logits and SGD (momentum 0.9, global gradient norm clipped at 1), measuring
/// per-layer gradient norms — the engine of experiment и, of <c>sigmoid vanishing</c> and of the live page.
/// Deterministic: the same config gives the same bits.
/// </summary>
public static class VanishingTraining
{
    /// <summary>Momentum of the SGD optimiser used by every run.</summary>
    public const double Momentum = 0.9;

    /// <summary>Global gradient norm above which a step's gradient is scaled down (tames explosions in deep tanh/ReLU
    /// nets; it only shrinks, so it cannot hide vanishing gradients).</summary>
    public const double ClipNorm = 1.0;

    /// <summary>Upper bounds on the config, shared with the web page's validation.</summary>
    public const int MaxDepth = 64, MaxWidth = 512, MaxEpochs = 10_000, MaxSamples = 100_000, MaxBatchSize = 4096;

    /// <summary>The generated data set names accepted by <see cref="TrainingConfig.Dataset"/>.</summary>
    public static IReadOnlyList<string> Datasets => GeneratedDatasets.Names;

    /// <summary>Trains on the generated data set the config names.</summary>
    /// <param name="config">What to train; validated first.</param>
    /// <param name="onEpoch">Called after every epoch (on the training thread).</param>
    /// <param name="cancellation">Checked before every layer of every forward and backward pass, the full-batch
    /// evaluations included, so a cancelled run stops within one layer's work.</param>
    /// <exception cref="ArgumentException">A config value is unknown or out of range (the message says which and why).</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static TrainingSummary Train(TrainingConfig config, Action<EpochReport>? onEpoch = null, CancellationToken cancellation = default)
    {
        Validate(config, requireDataset: true);
        var data = GeneratedDatasets.Create(config.Dataset, config.Samples, config.Seed);
        return Train(config, data, onEpoch, cancellation);
    }

    /// <summary>Trains on <paramref name="data"/> (e.g. a user's CSV, best standardised); config's Dataset and Samples are not used.</summary>
    /// <exception cref="ArgumentException">A config value is out of range, or the data set is empty.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static TrainingSummary Train(TrainingConfig config, LabeledDataset data, Action<EpochReport>? onEpoch = null, CancellationToken cancellation = default)
    {
        Validate(config, requireDataset: false);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0) throw new ArgumentException("The data set has no rows.", nameof(data));
        cancellation.ThrowIfCancellationRequested();

        var activation = Activations.Parse(config.Activation, nameof(config.Activation));
        int d = data.Dimension, n = data.Count;
        var net = Mlp.Create<double>(d, Enumerable.Repeat(config.Width, config.Depth).ToArray(), 1, activation, (ulong)(uint)config.Seed);
        var loss = new BceWithLogitsLoss<double>();
        var sgd = new Sgd<double>(net.Parameters, config.LearningRate, Momentum);
        var rng = new SplitMix64(0xBA7C_0000UL + (ulong)(uint)config.Seed);

        int batch = Math.Min(config.BatchSize, n);
        var order = Enumerable.Range(0, n).ToArray();
        var xb = new double[batch * d];
        var yb = new double[batch];
        var dz = new double[batch];
        var dzAll = new double[n];

        (double Loss, double Accuracy, double[] Norms) Evaluate()
        {
            net.ZeroGradients();
            var z = net.Forward(data.Features, cancellation);
            double l = loss.Forward(z, data.Labels);
            int correct = 0;
            for (int i = 0; i < n; i++) if ((z[i] > 0) == (data.Labels[i] > 0.5)) correct++;
            loss.Backward(z, data.Labels, dzAll);
            net.Backward(data.Features, dzAll, default, cancellation);
            var norms = net.WeightGradientNorms();
            net.ZeroGradients();
            return (l, (double)correct / n, norms);
        }

        var atInit = Evaluate();
        var reports = new List<EpochReport>(config.Epochs);
        for (int epoch = 1; epoch <= config.Epochs; epoch++)
        {
            rng.Shuffle(order.AsSpan());
            for (int start = 0; start < n; start += batch)
            {
                cancellation.ThrowIfCancellationRequested();
                int m = Math.Min(batch, n - start);
                for (int r = 0; r < m; r++)
                {
                    int row = order[start + r];
                    data.Features.AsSpan(row * d, d).CopyTo(xb.AsSpan(r * d, d));
                    yb[r] = data.Labels[row];
                }
                var x = xb.AsSpan(0, m * d);
                var z = net.Forward(x, cancellation);
                loss.Backward(z, yb.AsSpan(0, m), dz.AsSpan(0, m));
                net.Backward(x, dz.AsSpan(0, m), default, cancellation);
                sgd.ClipGradients(ClipNorm);
                sgd.Step();
                sgd.ZeroGradients();
            }
            cancellation.ThrowIfCancellationRequested();
            var e = Evaluate();
            var report = new EpochReport(epoch, e.Loss, e.Accuracy, e.Norms);
            reports.Add(report);
            onEpoch?.Invoke(report);
        }
        var last = reports[^1];
        return new TrainingSummary(config, atInit.Norms, reports, last.Loss, last.Accuracy);
    }

    /// <summary>Checks every field of <paramref name="config"/>; throws with a message naming the field.</summary>
    /// <exception cref="ArgumentException">A value is unknown or out of range.</exception>
    public static void Validate(TrainingConfig config, bool requireDataset = true)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Activation is null || !Activations.Names.Contains(config.Activation.Trim().ToLowerInvariant()))
            throw new ArgumentException($"Activation '{config.Activation}' is unknown; use one of: {string.Join(", ", Activations.Names)}.", nameof(config.Activation));
        Range(config.Depth, 1, MaxDepth, nameof(config.Depth), "hidden layers");
        Range(config.Width, 1, MaxWidth, nameof(config.Width), "units per hidden layer");
        Range(config.Epochs, 1, MaxEpochs, nameof(config.Epochs), "epochs");
        Range(config.BatchSize, 1, MaxBatchSize, nameof(config.BatchSize), "rows per batch");
        if (!double.IsFinite(config.LearningRate) || config.LearningRate <= 0 || config.LearningRate > 10)
            throw new ArgumentOutOfRangeException(nameof(config.LearningRate), config.LearningRate, "The learning rate must be a finite number in (0, 10].");
        if (!requireDataset) return;
        Range(config.Samples, 4, MaxSamples, nameof(config.Samples), "samples");
        if (config.Dataset is null || !Datasets.Contains(config.Dataset.Trim().ToLowerInvariant()))
            throw new ArgumentException($"Dataset '{config.Dataset}' is unknown; use one of: {string.Join(", ", Datasets)}.", nameof(config.Dataset));
    }

    private static void Range(int value, int min, int max, string name, string what)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max} {what}; got {value}.");
    }
}
