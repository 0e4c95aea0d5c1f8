using System.Text.Json.Serialization;

namespace Sigmoid.Lab.Experiments;

/// <summary>Settings of experiment и. Defaults are the report's run.</summary>
public sealed record VanishingOptions
{
    /// <summary>Numbers of hidden layers to train.</summary>
    public IReadOnlyList<int> Depths { get; init; } = [2, 5, 10, 20, 30];

    /// <summary>Hidden activations (sigmoid, tanh, relu, silu).</summary>
    public IReadOnlyList<string> Activations { get; init; } = ["sigmoid", "tanh", "relu", "silu"];

    /// <summary>Generated data set name, used unless <see cref="Data"/> is given. The default, <c>moons</c>, is one a
    /// 2-layer sigmoid net learns within the default run at the default step (to about a straight boundary's accuracy),
    /// so the contrast with the paralysed deep sigmoid nets is the depth's doing; on <c>circles</c> and <c>xor</c> even
    /// the 2-layer sigmoid net sits at the symmetric starting point for hundreds of steps at this step size.</summary>
    public string Dataset { get; init; } = "moons";

    /// <summary>A user's data set (e.g. a CSV, standardised); overrides <see cref="Dataset"/>.</summary>
    public LabeledDataset? Data { get; init; }

    /// <summary>Units per hidden layer.</summary>
    public int Width { get; init; } = 32;

    /// <summary>SGD step (momentum 0.9, clipping at 1), the same for every activation. 0.02 keeps the 30-layer tanh
    /// net stable (at 0.03 for 50 epochs it falls back to 83 %); larger steps would speed up the shallow sigmoid net only.</summary>
    public double LearningRate { get; init; } = 0.02;

    /// <summary>Epochs per run (60: the 2-layer sigmoid net's accuracy has levelled off by then).</summary>
    public int Epochs { get; init; } = 60;

    /// <summary>Generated points.</summary>
    public int Samples { get; init; } = 400;

    /// <summary>Rows per step.</summary>
    public int BatchSize { get; init; } = 32;
}

/// <summary>One (activation, depth) run in the <c>--json</c> summary.</summary>
/// <param name="Activation">sigmoid, tanh or relu.</param>
/// <param name="Depth">Hidden layers.</param>
/// <param name="GradNormsAtInit">‖∂L/∂W‖ per dense layer at initialisation, layer 1 (next to the input) first.</param>
/// <param name="FinalLoss">Mean BCE after the last epoch.</param>
/// <param name="FinalAccuracy">Accuracy after the last epoch.</param>
public sealed record VanishingRun(string Activation, int Depth, double[] GradNormsAtInit, double FinalLoss, double FinalAccuracy);

/// <summary>The <c>sigmoid vanishing --json</c> summary: <c>{"runs":[…]}</c>.</summary>
/// <param name="Runs">One entry per (activation, depth), activations in the given order, depths ascending.</param>
public sealed record VanishingSummary(IReadOnlyList<VanishingRun> Runs);

/// <summary>What experiment и computed.</summary>
/// <param name="Options">The settings it ran with.</param>
/// <param name="DatasetName">The data set's name.</param>
/// <param name="Runs">Every (activation, depth) training, activations in the given order, depths ascending.</param>
/// <param name="StraightBoundaryAccuracy">What logistic regression (a straight boundary) reaches on the data; NaN when it cannot be fitted.</param>
public sealed record VanishingData(VanishingOptions Options, string DatasetName, IReadOnlyList<TrainingSummary> Runs, double StraightBoundaryAccuracy)
{
    /// <summary>The deepest depth trained.</summary>
    [JsonIgnore] public int Deepest => Runs.Max(r => r.Config.Depth);

    /// <summary>The shallowest depth trained.</summary>
    [JsonIgnore] public int Shallowest => Runs.Min(r => r.Config.Depth);

    /// <summary>The activations, in the given order.</summary>
    [JsonIgnore] public IReadOnlyList<string> Activations => Runs.Select(r => r.Config.Activation).Distinct().ToArray();

    /// <summary>The run of <paramref name="activation"/> at <paramref name="depth"/>, or null.</summary>
    public TrainingSummary? Find(string activation, int depth) =>
        Runs.FirstOrDefault(r => r.Config.Activation == activation && r.Config.Depth == depth);
}

/// <summary>
/// Experiment и (part и of the sheet): the vanishing gradient ("paralysis"). For each activation and depth an MLP is
/// trained on a two-class problem; the per-layer gradient norms at initialisation show the decay that σ′ ≤ ¼
/// predicts (compared with 0.25ⁿ), and the loss curves show the deep sigmoid net flat at ln 2 with chance accuracy.
/// </summary>
public sealed class VanishingExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "vanishing";

    /// <inheritdoc/>
    public string ReportSection => "part-и";

    /// <inheritdoc/>
    public ExperimentResult Run(ExperimentContext context) => Run(context, new VanishingOptions());

    /// <summary>Runs with explicit settings (the command line's options).</summary>
    /// <exception cref="ArgumentException">A setting is out of range (see <see cref="VanishingTraining.Validate"/>).</exception>
    public ExperimentResult Run(ExperimentContext context, VanishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Depths.Count == 0) throw new ArgumentException("Give at least one depth.", nameof(options));
        if (options.Activations.Count == 0) throw new ArgumentException("Give at least one activation.", nameof(options));
        var configs = (from a in options.Activations.Select(a => a.Trim().ToLowerInvariant()).Distinct()
                       from d in options.Depths.Distinct().Order()
                       select new TrainingConfig(a, d, options.Width, options.LearningRate, options.Epochs, options.Dataset,
                           context.Seed, options.Samples, options.BatchSize)).ToArray();
        foreach (var c in configs) VanishingTraining.Validate(c, requireDataset: options.Data is null);
        var data = options.Data ?? GeneratedDatasets.Create(options.Dataset, options.Samples, context.Seed);

        var results = new TrainingSummary[configs.Length];
        int done = 0;
        var work = Enumerable.Range(0, configs.Length).OrderByDescending(i => configs[i].Depth).ToArray(); // longest first
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = context.Cancellation }, i =>
        {
            results[i] = VanishingTraining.Train(configs[i], data, null, context.Cancellation);
            int n = Interlocked.Increment(ref done);
            context.Progress?.Report(new ExperimentProgress((double)n / configs.Length, $"{configs[i].Activation} depth {configs[i].Depth} trained"));
        });

        var summary = new VanishingSummary(results.Select(r => new VanishingRun(r.Config.Activation, r.Config.Depth,
            r.GradNormsAtInit, r.FinalLoss, r.FinalAccuracy)).ToArray());
        DataTable[] tables =
        [
            DataTable.Of("vanishing-runs.csv",
                ["activation", "depth", "layer", "gradNormAtInit", "gradNormFinal", "finalLoss", "finalAccuracy"],
                results.SelectMany(r => r.GradNormsAtInit.Select((g, k) => new object?[]
                    { r.Config.Activation, r.Config.Depth, k + 1, g, r.Epochs[^1].GradNorms[k], r.FinalLoss, r.FinalAccuracy }))),
            DataTable.Of("vanishing-epochs.csv",
                ["activation", "depth", "epoch", "loss", "accuracy", "gradNormLayer1", "gradNormLast"],
                results.SelectMany(r => r.Epochs.Select(e => new object?[]
                    { r.Config.Activation, r.Config.Depth, e.Epoch, e.Loss, e.Accuracy, e.GradNorms[0], e.GradNorms[^1] }))),
            DataTable.Of("vanishing-epoch-norms.csv", ["activation", "depth", "epoch", "layer", "gradNorm"],
                results.SelectMany(r => r.Epochs.SelectMany(e => e.GradNorms.Select((g, k) => new object?[]
                    { r.Config.Activation, r.Config.Depth, e.Epoch, k + 1, g })))),
        ];
        var vanishing = new VanishingData(options, data.Name, results, StraightBoundaryAccuracy(data));
        return new ExperimentResult(Name, vanishing, summary, tables);
    }

    /// <summary>Training accuracy of logistic regression (no hidden layer) on <paramref name="data"/> — what a straight
    /// boundary achieves, the yardstick for "the net learned something non-linear"; NaN when the fit is impossible
    /// (collinear or constant features).</summary>
    public static double StraightBoundaryAccuracy(LabeledDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return Sigmoid.Learning.LogisticRegression.FitNewton(data.Features, data.Labels, data.Dimension).Accuracy;
        }
        catch (InvalidOperationException)
        {
            return double.NaN;
        }
    }

    /// <summary>Geometric mean of g(k)/g(k+1) over consecutive hidden layers: (g₁/g_D)^(1/(D−1)) on the hidden layers.</summary>
    public static double DecayPerLayer(TrainingSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var g = run.GradNormsAtInit; // dense layers 1..D+1; compare layer 1 with layer D (the last hidden one)
        int last = Math.Max(1, g.Length - 2);
        return last == 0 || g[last] <= 0 ? double.NaN : Math.Pow(g[0] / g[last], 1.0 / last);
    }
}
