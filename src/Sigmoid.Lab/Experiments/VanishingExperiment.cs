using System.Diagnostics;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using static Sigmoid.Lab.Experiments.LearningOutput;

namespace Sigmoid.Lab.Experiments;

/// <summary>Settings of experiment и. Defaults are the report's run.</summary>
public sealed record VanishingOptions
{
    /// <summary>Numbers of hidden layers to train.</summary>
    public IReadOnlyList<int> Depths { get; init; } = [2, 5, 10, 20, 30];

    /// <summary>Hidden activations (sigmoid, tanh, relu).</summary>
    public IReadOnlyList<string> Activations { get; init; } = ["sigmoid", "tanh", "relu"];

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
    public string Title(Language language) => TextCatalog.For(language)["experiment.vanishing.title"];

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

        string dir = Directory(context);
        var clock = Stopwatch.StartNew();
        var results = new TrainingSummary[configs.Length];
        int done = 0;
        var work = Enumerable.Range(0, configs.Length).OrderByDescending(i => configs[i].Depth).ToArray(); // longest first
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = context.Cancellation }, i =>
        {
            results[i] = VanishingTraining.Train(configs[i], data, null, context.Cancellation);
            int n = Interlocked.Increment(ref done);
            context.Progress?.Report(new ExperimentProgress((double)n / configs.Length, $"{configs[i].Activation} depth {configs[i].Depth} trained"));
        });
        double seconds = clock.Elapsed.TotalSeconds;

        var summary = new VanishingSummary(results.Select(r => new VanishingRun(r.Config.Activation, r.Config.Depth,
            r.GradNormsAtInit, r.FinalLoss, r.FinalAccuracy)).ToArray());
        var files = new List<string>
        {
            WriteJson(dir, "vanishing.json", summary),
            WriteJson(dir, "vanishing-training.json", results), // every epoch's loss, accuracy and per-layer norms
            WriteCsv(dir, "vanishing-runs.csv",
                ["activation", "depth", "layer", "gradNormAtInit", "gradNormFinal", "finalLoss", "finalAccuracy"],
                results.SelectMany(r => r.GradNormsAtInit.Select((g, k) => new object[]
                    { r.Config.Activation, r.Config.Depth, k + 1, g, r.Epochs[^1].GradNorms[k], r.FinalLoss, r.FinalAccuracy }))),
            WriteCsv(dir, "vanishing-epochs.csv",
                ["activation", "depth", "epoch", "loss", "accuracy", "gradNormLayer1", "gradNormLast"],
                results.SelectMany(r => r.Epochs.Select(e => new object[]
                    { r.Config.Activation, r.Config.Depth, e.Epoch, e.Loss, e.Accuracy, e.GradNorms[0], e.GradNorms[^1] }))),
        };

        var lang = context.Language;
        int deepest = results.Max(r => r.Config.Depth);
        TrainingSummary? Find(string act, int depth) => results.FirstOrDefault(r => r.Config.Activation == act && r.Config.Depth == depth);
        var figures = new List<string>
        {
            PerLayerFigure(dir, lang, results.Where(r => r.Config.Depth == deepest).ToArray()),
            FirstLayerFigure(dir, lang, results),
            LossFigure(dir, lang, results.Where(r => r.Config.Depth == deepest).ToArray(), ShallowSigmoid(results, deepest), accuracy: false),
            LossFigure(dir, lang, results.Where(r => r.Config.Depth == deepest).ToArray(), ShallowSigmoid(results, deepest), accuracy: true),
            AccuracyByDepthFigure(dir, lang, results),
        };

        // Key numbers: the first-layer gradient at the report depth (20 if run, else the deepest), the decay per layer.
        int keyDepth = results.Any(r => r.Config.Depth == 20) ? 20 : deepest;
        var key = new List<KeyValuePair<string, string>>();
        foreach (var act in configs.Select(c => c.Activation).Distinct())
            if (Find(act, keyDepth) is { } r)
                key.Add(new(Text(lang, $"‖∂L/∂W₁‖ at init, {act}, depth {keyDepth}", $"‖∂L/∂W₁‖ при инициализации, {act}, глубина {keyDepth}"), F(r.GradNormsAtInit[0], "E2")));
        foreach (var act in configs.Select(c => c.Activation).Distinct())
            if (Find(act, deepest) is { } r && r.GradNormsAtInit.Length > 1)
                key.Add(new(Text(lang, $"mean backward factor per layer, {act}", $"средний множитель на слой назад, {act}"), F(DecayPerLayer(r), "F3")));
        foreach (var act in configs.Select(c => c.Activation).Distinct())
            if (Find(act, deepest) is { } r)
                key.Add(new(Text(lang, $"final loss / accuracy, {act}, depth {deepest}", $"итоговые потери / точность, {act}, глубина {deepest}"), $"{F(r.FinalLoss, "F3")} / {F(r.FinalAccuracy, "P0")}"));

        var sig = Find("sigmoid", deepest);
        int shallowest = results.Min(r => r.Config.Depth);
        var shallowSig = Find("sigmoid", shallowest);
        var shallowTanh = Find("tanh", shallowest);
        double linear = StraightBoundaryAccuracy(data);
        if (!double.IsNaN(linear))
            key.Add(new(Text(lang, "accuracy of a straight boundary (logistic regression)", "точность прямой границы (логистическая регрессия)"), F(linear, "P1")));
        var sigmoidByDepth = results.Where(r => r.Config.Activation == "sigmoid").OrderBy(r => r.Config.Depth).ToArray();
        string byDepth = string.Join(" · ", sigmoidByDepth.Select(r => $"{r.Config.Depth}: {F(r.FinalAccuracy, "P1")}"));
        if (sigmoidByDepth.Length > 1)
            key.Add(new(Text(lang, "final accuracy of the sigmoid nets by depth", "итоговая точность сигмоидных сетей по глубине"), byDepth));
        key.Add(new(Text(lang, "run time (s)", "время (с)"), F(seconds, "F1")));
        string shallowEn = "", shallowRu = "";
        if (shallowSig is not null && shallowTanh is not null && shallowest < deepest)
        {
            double ratio = shallowTanh.GradNormsAtInit[0] / shallowSig.GradNormsAtInit[0];
            bool deepAtChance = sig is not null && Math.Abs(sig.FinalAccuracy - 0.5) < 0.1;
            string straightEn = double.IsNaN(linear) ? "" : $"; a straight boundary, i.e. logistic regression, gets {F(linear, "P1")}";
            string straightRu = double.IsNaN(linear) ? "" : $"; прямая граница, т. е. логистическая регрессия, даёт {F(linear, "P1")}";
            if (shallowSig.FinalAccuracy >= 0.6)
            {
                shallowEn = $" The shallow sigmoid net does learn: with {shallowest} layers it reaches {F(shallowSig.FinalAccuracy, "P1")} after {options.Epochs} epochs "
                    + $"(tanh: {F(shallowTanh.FinalAccuracy, "P1")}{straightEn}), although its first-layer gradient starts {F(ratio, "F0")}× below tanh's. "
                    + $"Sigmoid accuracy by depth: {byDepth}" + (deepAtChance ? " — with the same activation, it is the depth, one factor σ′ ≤ ¼ per layer, that paralyses the net." : ".");
                shallowRu = $" Мелкая сигмоидная сеть обучается: с {shallowest} слоями она за {options.Epochs} эпох достигает {F(shallowSig.FinalAccuracy, "P1")} "
                    + $"(tanh: {F(shallowTanh.FinalAccuracy, "P1")}{straightRu}), хотя градиент её первого слоя вначале в {F(ratio, "F0")} раз меньше, чем у tanh. "
                    + $"Точность сигмоидных сетей по глубине: {byDepth}" + (deepAtChance ? " — при той же функции активации сеть парализует именно глубина: по множителю σ′ ≤ ¼ на каждый слой." : ".");
            }
            else
            {
                shallowEn = $" Even the {shallowest}-layer sigmoid net is still at {F(shallowSig.FinalAccuracy, "P0")} after {options.Epochs} epochs at step {F(options.LearningRate)}{straightEn}: "
                    + $"its first-layer gradient is already {F(ratio, "F0")}× below tanh's, and its positive outputs slow the next layer (part к).";
                shallowRu = $" Даже сеть из {shallowest} сигмоидных слоёв после {options.Epochs} эпох с шагом {F(options.LearningRate)} даёт лишь {F(shallowSig.FinalAccuracy, "P0")}{straightRu}: "
                    + $"градиент её первого слоя уже в {F(ratio, "F0")} раз меньше, чем у tanh, а положительные выходы тормозят следующий слой (часть к).";
            }
        }
        var paragraph = Text(lang,
            $"Each of {configs.Length} networks (width {options.Width}, {data.Name}, {options.Epochs} epochs of SGD) was measured at initialisation. "
            + (sig is null ? "" :
            $"In the {deepest}-layer sigmoid net the gradient shrinks by a factor of about {F(DecayPerLayer(sig), "F2")} per layer going back "
            + $"(the bound σ′ ≤ ¼ gives 0.25 per layer, times the weights' gain), so layer 1 gets {F(sig.GradNormsAtInit[0], "E1")} "
            + $"against {F(sig.GradNormsAtInit[^1], "E1")} at the output: it does not learn. Its loss stays at {F(sig.FinalLoss, "F3")} ≈ ln 2 = 0.693 — "
            + $"a flat curve that looks converged — while its accuracy is {F(sig.FinalAccuracy, "P0")}, chance: the network is paralysed. ")
            + "tanh (slope 1 at 0, Xavier init) and ReLU (slope 1, He init) keep the gradient of the same order in every layer and learn at the same depth." + shallowEn,
            $"Измерено {configs.Length} сетей (ширина {options.Width}, {data.Name}, {options.Epochs} эпох SGD). "
            + (sig is null ? "" :
            $"В сети из {deepest} сигмоидных слоёв градиент при движении назад уменьшается примерно в {F(1 / DecayPerLayer(sig), "F1")} раза на слой "
            + $"(оценка σ′ ≤ ¼ даёт множитель 0.25 на слой, умноженный на усиление весов), так что первый слой получает {F(sig.GradNormsAtInit[0], "E1")} "
            + $"против {F(sig.GradNormsAtInit[^1], "E1")} у выхода и не обучается. Потери стоят на {F(sig.FinalLoss, "F3")} ≈ ln 2 = 0.693 — плоская кривая, "
            + $"как будто обучение сошлось, — а точность {F(sig.FinalAccuracy, "P0")}, уровень угадывания: сеть «парализована». ")
            + "tanh (наклон 1 в нуле, инициализация Ксавье) и ReLU (наклон 1, инициализация He) сохраняют порядок градиента во всех слоях и обучаются на той же глубине." + shallowRu);
        return new ExperimentResult(paragraph, key, figures, files, summary);
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
        var g = run.GradNormsAtInit; // dense layers 1..D+1; compare layer 1 with layer D (the last hidden one)
        int last = Math.Max(1, g.Length - 2);
        return last == 0 || g[last] <= 0 ? double.NaN : Math.Pow(g[0] / g[last], 1.0 / last);
    }

    private static string PerLayerFigure(string dir, Language lang, TrainingSummary[] runs)
    {
        int depth = runs[0].Config.Depth;
        var plot = NewPlot(
            Text(lang, $"Gradient norm per layer at initialisation, {depth} hidden layers", $"Норма градиента по слоям при инициализации, {depth} скрытых слоёв"),
            Text(lang, "dense layer (1 = next to the input)", "полносвязный слой (1 — у входа)"),
            Text(lang, "‖∂L/∂W‖ (log scale)", "‖∂L/∂W‖ (лог. шкала)"));
        int color = 0;
        foreach (var r in runs)
        {
            double[] xs = Enumerable.Range(1, r.GradNormsAtInit.Length).Select(i => (double)i).ToArray();
            var s = plot.Add.Scatter(xs, r.GradNormsAtInit.Select(g => Log10(g)).ToArray(), LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = r.Config.Activation;
            s.LineWidth = 2;
            if (r.Config.Activation == "sigmoid")
            {
                // 0.25ⁿ anchored at the last hidden layer: the bound σ′ ≤ ¼ alone, per layer back
                int lastHidden = r.GradNormsAtInit.Length - 1;
                double anchor = Log10(r.GradNormsAtInit[lastHidden - 1]);
                double[] bx = Enumerable.Range(1, lastHidden).Select(i => (double)i).ToArray();
                var b = plot.Add.Scatter(bx, bx.Select(k => anchor + (lastHidden - k) * Math.Log10(0.25)).ToArray(), LabStyle.Palette[4]);
                b.LinePattern = ScottPlot.LinePattern.Dashed;
                b.MarkerSize = 0;
                b.LegendText = Text(lang, "0.25ⁿ (σ′ ≤ ¼ per layer)", "0.25ⁿ (σ′ ≤ ¼ на слой)");
            }
        }
        Log10Y(plot);
        plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        return Save(plot, dir, "vanishing-per-layer.png");
    }

    private static string FirstLayerFigure(string dir, Language lang, TrainingSummary[] runs)
    {
        var plot = NewPlot(
            Text(lang, "First-layer gradient norm at initialisation against depth", "Норма градиента первого слоя при инициализации в зависимости от глубины"),
            Text(lang, "hidden layers n", "число скрытых слоёв n"),
            Text(lang, "‖∂L/∂W₁‖ (log scale)", "‖∂L/∂W₁‖ (лог. шкала)"));
        int color = 0;
        foreach (var group in runs.GroupBy(r => r.Config.Activation))
        {
            var ordered = group.OrderBy(r => r.Config.Depth).ToArray();
            var s = plot.Add.Scatter(ordered.Select(r => (double)r.Config.Depth).ToArray(), ordered.Select(r => Log10(r.GradNormsAtInit[0])).ToArray(),
                LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = group.Key;
            s.LineWidth = 2;
            if (group.Key == "sigmoid")
            {
                var first = ordered[0];
                double[] xs = ordered.Select(r => (double)r.Config.Depth).ToArray();
                var b = plot.Add.Scatter(xs, xs.Select(n => Log10(first.GradNormsAtInit[0]) + (n - first.Config.Depth) * Math.Log10(0.25)).ToArray(), LabStyle.Palette[4]);
                b.LinePattern = ScottPlot.LinePattern.Dashed;
                b.MarkerSize = 0;
                b.LegendText = Text(lang, "0.25ⁿ from the shallowest sigmoid net", "0.25ⁿ от самой мелкой сигмоидной сети");
            }
        }
        Log10Y(plot);
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft);
        return Save(plot, dir, "vanishing-first-layer.png");
    }

    /// <summary>Russian noun for n layers: 1 слой, 2–4 слоя, 5–20 слоёв (by the last two digits).</summary>
    private static string Layers(int n) => (n % 100) is >= 11 and <= 14 ? "слоёв" : (n % 10) switch { 1 => "слой", 2 or 3 or 4 => "слоя", _ => "слоёв" };

    /// <summary>The sigmoid run of the smallest depth, when it is shallower than <paramref name="deepest"/>.</summary>
    private static TrainingSummary? ShallowSigmoid(TrainingSummary[] runs, int deepest) =>
        runs.Where(r => r.Config.Activation == "sigmoid" && r.Config.Depth < deepest).MinBy(r => r.Config.Depth);

    private static string LossFigure(string dir, Language lang, TrainingSummary[] runs, TrainingSummary? shallowSigmoid, bool accuracy)
    {
        int depth = runs[0].Config.Depth;
        var plot = accuracy
            ? NewPlot(Text(lang, $"Training accuracy, {depth} hidden layers", $"Точность на обучении, {depth} скрытых {Layers(depth)}"),
                Text(lang, "epoch", "эпоха"), Text(lang, "accuracy", "точность"))
            : NewPlot(Text(lang, $"Training loss, {depth} hidden layers", $"Потери на обучении, {depth} скрытых {Layers(depth)}"),
                Text(lang, "epoch", "эпоха"), Text(lang, "mean binary cross-entropy", "средняя бинарная кросс-энтропия"));
        int color = 0;
        var sigmoidColor = LabStyle.Palette[Math.Max(0, Array.FindIndex(runs, r => r.Config.Activation == "sigmoid")) % LabStyle.Palette.Length];
        foreach (var r in runs)
        {
            double[] xs = r.Epochs.Select(e => (double)e.Epoch).ToArray();
            var s = plot.Add.Scatter(xs, r.Epochs.Select(e => accuracy ? e.Accuracy : e.Loss).ToArray(), LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = Text(lang, $"{r.Config.Activation}, {r.Config.Depth} layers", $"{r.Config.Activation}, {r.Config.Depth} {Layers(r.Config.Depth)}");
            s.LineWidth = 2;
            s.MarkerSize = 3;
        }
        if (shallowSigmoid is not null)
        {
            // the same activation, few layers: it learns, so the flat deep curve is the depth's doing
            double[] xs = shallowSigmoid.Epochs.Select(e => (double)e.Epoch).ToArray();
            var s = plot.Add.Scatter(xs, shallowSigmoid.Epochs.Select(e => accuracy ? e.Accuracy : e.Loss).ToArray(), sigmoidColor);
            s.LegendText = Text(lang, $"sigmoid, {shallowSigmoid.Config.Depth} layers", $"sigmoid, {shallowSigmoid.Config.Depth} {Layers(shallowSigmoid.Config.Depth)}");
            s.LineWidth = 2;
            s.MarkerSize = 0;
            s.LinePattern = ScottPlot.LinePattern.Dashed;
        }
        var reference = plot.Add.HorizontalLine(accuracy ? 0.5 : Math.Log(2), 1.5f, LabStyle.Palette[4], ScottPlot.LinePattern.Dashed);
        reference.LegendText = accuracy ? Text(lang, "chance (50%)", "угадывание (50%)") : "ln 2";
        if (accuracy) plot.Axes.SetLimitsY(0.3, 1.05);
        plot.ShowLegend(accuracy ? ScottPlot.Alignment.LowerRight : ScottPlot.Alignment.UpperRight);
        return Save(plot, dir, accuracy ? "vanishing-accuracy.png" : "vanishing-loss.png");
    }

    private static string AccuracyByDepthFigure(string dir, Language lang, TrainingSummary[] runs)
    {
        var plot = NewPlot(
            Text(lang, "Final training accuracy against depth", "Итоговая точность на обучении в зависимости от глубины"),
            Text(lang, "hidden layers n", "число скрытых слоёв n"),
            Text(lang, "accuracy after the last epoch", "точность после последней эпохи"));
        int color = 0;
        foreach (var group in runs.GroupBy(r => r.Config.Activation))
        {
            var ordered = group.OrderBy(r => r.Config.Depth).ToArray();
            var s = plot.Add.Scatter(ordered.Select(r => (double)r.Config.Depth).ToArray(), ordered.Select(r => r.FinalAccuracy).ToArray(),
                LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = group.Key;
            s.LineWidth = 2;
            s.MarkerSize = Math.Max(4, 12 - 3 * (color - 1)); // earlier series larger, so equal accuracies stay visible
        }
        var chance = plot.Add.HorizontalLine(0.5, 1.5f, LabStyle.Palette[4], ScottPlot.LinePattern.Dashed);
        chance.LegendText = Text(lang, "chance (50%)", "угадывание (50%)");
        plot.Axes.SetLimitsY(0.3, 1.05);
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft);
        return Save(plot, dir, "vanishing-accuracy-by-depth.png");
    }
}
