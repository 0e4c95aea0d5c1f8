using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Learning;
using static Sigmoid.Lab.Experiments.LearningOutput;

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

/// <summary>
/// Experiment к (part к of the sheet): σ &gt; 0 makes a neuron's weight gradients share one sign. (a) In a dense layer
/// fed by sigmoid outputs, ∂L/∂W_ij = δ_i·x_j with every x_j &gt; 0, so for one sample every row of ∂L/∂W has the sign
/// of δ_i — 100% of neurons — against tanh-fed and centred inputs; over mini-batches the share falls. (b) Gradient
/// descent on a two-weight problem whose optimum needs one weight up and the other down zig-zags with positive
/// inputs and goes straight with centred ones (<see cref="ZigZagDescent"/>).
/// </summary>
public sealed class ZigZagExperiment : IExperiment
{
    /// <summary>Inputs and outputs of the dense layer in part (a).</summary>
    public const int LayerInputs = 16, LayerOutputs = 16;

    /// <summary>The input kinds of part (a), in order.</summary>
    public static IReadOnlyList<string> InputKinds { get; } = ["sigmoid", "tanh", "centred"];

    /// <inheritdoc/>
    public string Name => "zigzag";

    /// <inheritdoc/>
    public string ReportSection => "part-к";

    /// <inheritdoc/>
    public string Title(Language language) => TextCatalog.For(language)["experiment.zigzag.title"];

    /// <inheritdoc/>
    public ExperimentResult Run(ExperimentContext context) => Run(context, new ZigZagOptions());

    /// <summary>
    /// Share of the <see cref="LayerOutputs"/> neurons of a dense layer (Xavier weights, MSE against random ±1
    /// targets) whose weight-gradient row ∂L/∂W[i,:] has one sign (zeros count with either), averaged over
    /// <paramref name="trials"/> mini-batches of <paramref name="batchSize"/> rows. Inputs x = σ(h), tanh(h) or
    /// σ(h) − ½ (centred) for pre-activations h uniform in [−3, 3].
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
                default: Logistic.Sigmoid(h, x); for (int i = 0; i < x.Length; i++) x[i] -= 0.5; break; // E[σ(h)] = ½ for symmetric h
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
        string dir = Directory(context);
        var lang = context.Language;

        // (a) same-sign shares
        var shares = InputKinds.ToDictionary(k => k, k => options.BatchSizes.Select(b => SameSignShare(k, b, options.Trials, context.Seed)).ToArray());
        context.Cancellation.ThrowIfCancellationRequested();
        context.Progress?.Report(new ExperimentProgress(0.5, "same-sign shares measured"));

        // (b) descent paths
        var positive = ZigZagDescent.Run(options.Start.W1, options.Start.W2, false, options.LearningRate, options.Tolerance, options.MaxSteps);
        var centred = ZigZagDescent.Run(options.Start.W1, options.Start.W2, true, options.LearningRate, options.Tolerance, options.MaxSteps);
        var (pMin, pMax) = ZigZagDescent.Curvatures(false);
        var (cMin, cMax) = ZigZagDescent.Curvatures(true);

        int single = options.BatchSizes.ToList().IndexOf(1);
        var summary = new ZigZagSummary(
            InputKinds.ToDictionary(k => k, k => single >= 0 ? shares[k][single] : SameSignShare(k, 1, options.Trials, context.Seed)),
            new Dictionary<string, int> { ["positive"] = positive.StepsToTolerance, ["centred"] = centred.StepsToTolerance });

        var files = new List<string>
        {
            WriteJson(dir, "zigzag.json", summary),
            WriteCsv(dir, "zigzag-signs.csv", ["inputs", "batchSize", "sameSignShare"],
                InputKinds.SelectMany(k => options.BatchSizes.Select((b, i) => new object[] { k, b, shares[k][i] }))),
            WriteCsv(dir, "zigzag-paths.csv", ["inputs", "step", "w1", "w2", "loss"],
                new[] { ("positive", positive, false), ("centred", centred, true) }.SelectMany(p =>
                    p.Item2.Points.Select((w, i) => new object[] { p.Item1, i, w.W1, w.W2, ZigZagDescent.Loss(w.W1, w.W2, p.Item3) }))),
        };
        var figures = new List<string>
        {
            SignFigure(dir, lang, options.BatchSizes, shares),
            PathFigure(dir, lang, positive, false, options),
            PathFigure(dir, lang, centred, true, options),
            ConvergenceFigure(dir, lang, positive, centred, options),
        };

        string Steps(DescentPath p) => p.StepsToTolerance >= 0 ? p.StepsToTolerance.ToString() : Text(lang, "not reached", "не достигнуто");
        var key = new List<KeyValuePair<string, string>>();
        foreach (var k in InputKinds)
            key.Add(new(Text(lang, $"same-sign share, one sample, {k} inputs", $"доля одного знака, один пример, входы {k}"), F(summary.SameSignShare[k], "P1")));
        foreach (var k in InputKinds)
            key.Add(new(Text(lang, $"same-sign share, batch {options.BatchSizes[^1]}, {k} inputs", $"доля одного знака, пакет {options.BatchSizes[^1]}, входы {k}"), F(shares[k][^1], "P1")));
        key.Add(new(Text(lang, "steps to tolerance, positive inputs", "шагов до точности, положительные входы"), Steps(positive)));
        key.Add(new(Text(lang, "steps to tolerance, centred inputs", "шагов до точности, центрированные входы"), Steps(centred)));
        key.Add(new(Text(lang, "curvatures λmin, λmax (positive)", "кривизны λmin, λmax (положительные)"), $"{F(pMin, "F3")}, {F(pMax, "F3")}"));
        key.Add(new(Text(lang, "curvatures λmin, λmax (centred)", "кривизны λmin, λmax (центрированные)"), $"{F(cMin, "F3")}, {F(cMax, "F3")}"));

        string paragraph = Text(lang,
            $"(a) For one sample, ∂L/∂W_ij = δ_i·x_j. With sigmoid inputs every x_j > 0, so row i of the gradient has the sign of δ_i: "
            + $"{F(summary.SameSignShare["sigmoid"], "P0")} of the {LayerOutputs} neurons can only move all their {LayerInputs} weights up together or down together. "
            + $"With tanh outputs or centred inputs the share is {F(summary.SameSignShare["tanh"], "P1")} and {F(summary.SameSignShare["centred"], "P1")}. "
            + $"Over mini-batches the rows are sums Σ_b δ_b·x_b, yet the sigmoid share stays high ({string.Join(", ", options.BatchSizes.Select((b, i) => $"{F(shares["sigmoid"][i], "P0")} for {b}"))}): "
            + "the common positive mean of the inputs dominates the sum, more so in larger batches. "
            + $"(b) To reach w* = (2, −1) from ({F(options.Start.W1)}, {F(options.Start.W2)}) one weight must grow and the other shrink. "
            + $"With positive inputs the common mean adds a steep direction along (1, 1) (curvature {F(pMax, "F2")} against {F(pMin, "F2")}), "
            + $"so at step {F(options.LearningRate)} the path zig-zags across the valley and needs {Steps(positive)} steps to reach ‖w − w*‖ ≤ {F(options.Tolerance)}; "
            + $"with centred inputs (2σ(h) − 1 = tanh(h/2), curvatures {F(cMin, "F2")} and {F(cMax, "F2")}) the same step needs {Steps(centred)}.",
            $"(а) Для одного примера ∂L/∂W_ij = δ_i·x_j. При входах из сигмоиды все x_j > 0, и строка i градиента имеет знак δ_i: "
            + $"{F(summary.SameSignShare["sigmoid"], "P0")} из {LayerOutputs} нейронов могут лишь увеличить все {LayerInputs} весов вместе или уменьшить вместе. "
            + $"Для выходов tanh и центрированных входов доля {F(summary.SameSignShare["tanh"], "P1")} и {F(summary.SameSignShare["centred"], "P1")}. "
            + $"В мини-пакете строка — сумма Σ_b δ_b·x_b, но доля для сигмоиды остаётся высокой ({string.Join(", ", options.BatchSizes.Select((b, i) => $"{F(shares["sigmoid"][i], "P0")} при {b}"))}): "
            + "общее положительное среднее входов преобладает в сумме, и тем сильнее, чем больше пакет. "
            + $"(б) Чтобы прийти в w* = (2, −1) из ({F(options.Start.W1)}, {F(options.Start.W2)}), один вес должен расти, а другой убывать. "
            + $"При положительных входах общее среднее добавляет крутое направление вдоль (1, 1) (кривизна {F(pMax, "F2")} против {F(pMin, "F2")}), "
            + $"и при шаге {F(options.LearningRate)} путь идёт зигзагом поперёк оврага: до ‖w − w*‖ ≤ {F(options.Tolerance)} нужно {Steps(positive)} шагов; "
            + $"при центрированных входах (2σ(h) − 1 = tanh(h/2), кривизны {F(cMin, "F2")} и {F(cMax, "F2")}) тем же шагом — {Steps(centred)}.");
        return new ExperimentResult(paragraph, key, figures, files, summary);
    }

    private static string SignFigure(string dir, Language lang, IReadOnlyList<int> batches, Dictionary<string, double[]> shares)
    {
        var plot = NewPlot(
            Text(lang, "Neurons whose weight-gradient row has one sign", "Нейроны, у которых все компоненты градиента весов одного знака"),
            Text(lang, "mini-batch size", "размер мини-пакета"),
            Text(lang, "share of neurons", "доля нейронов"));
        int k = 0;
        foreach (var kind in InputKinds)
        {
            var bars = shares[kind].Select((v, i) => new ScottPlot.Bar
            {
                Position = i + (k - 1) * 0.27,
                Value = v,
                Size = 0.25,
                FillColor = LabStyle.Palette[k],
                Label = F(v, "P0"),
            }).ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 11;
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem
            {
                LabelText = kind switch
                {
                    "sigmoid" => Text(lang, "sigmoid outputs σ(h) > 0", "выходы сигмоиды σ(h) > 0"),
                    "tanh" => Text(lang, "tanh outputs", "выходы tanh"),
                    _ => Text(lang, "centred inputs σ(h) − ½", "центрированные входы σ(h) − ½"),
                },
                FillColor = LabStyle.Palette[k],
            });
            k++;
        }
        plot.Axes.Bottom.SetTicks(batches.Select((_, i) => (double)i).ToArray(), batches.Select(b => b.ToString()).ToArray());
        plot.Axes.SetLimitsY(0, 1.12);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return Save(plot, dir, "zigzag-signs.png");
    }

    private static string PathFigure(string dir, Language lang, DescentPath path, bool centred, ZigZagOptions options)
    {
        var opt = ZigZagDescent.Optimum(centred);
        string steps = path.StepsToTolerance >= 0 ? path.StepsToTolerance.ToString() : Text(lang, "not reached", "не достигнуто");
        var plot = NewPlot(
            centred
                ? Text(lang, $"Centred inputs: gradient descent, {steps} steps", $"Центрированные входы: градиентный спуск, {steps} шагов")
                : Text(lang, $"Positive (sigmoid) inputs: gradient descent, {steps} steps", $"Положительные входы (сигмоида): градиентный спуск, {steps} шагов"),
            "w₁", "w₂");
        // Contours: ½eᵀHe = c is an ellipse with semi-axes √(2c/λ) along H's eigenvectors.
        var H = ZigZagDescent.CurvatureMatrix(centred);
        var (lMin, lMax) = ZigZagDescent.Curvatures(centred);
        double theta = 0.5 * Math.Atan2(2 * H[1], H[0] - H[3]); // direction of λmax
        double top = ZigZagDescent.Loss(options.Start.W1, options.Start.W2, centred);
        for (int level = 0; level < 8; level++)
        {
            double c = top * Math.Pow(0.4, level) * 1.6;
            double a = Math.Sqrt(2 * c / lMax), b = Math.Sqrt(2 * c / lMin);
            var xs = new double[121];
            var ys = new double[121];
            for (int i = 0; i <= 120; i++)
            {
                double t = 2 * Math.PI * i / 120, u = a * Math.Cos(t), v = b * Math.Sin(t);
                xs[i] = opt.W1 + u * Math.Cos(theta) - v * Math.Sin(theta);
                ys[i] = opt.W2 + u * Math.Sin(theta) + v * Math.Cos(theta);
            }
            var contour = plot.Add.ScatterLine(xs, ys, LabStyle.Palette[4]);
            contour.LineWidth = 1;
            if (level == 0) contour.LegendText = Text(lang, "loss contours", "линии уровня потерь");
        }
        var pts = path.Points;
        var line = plot.Add.Scatter(pts.Select(p => p.W1).ToArray(), pts.Select(p => p.W2).ToArray(), LabStyle.Palette[centred ? 2 : 1]);
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = Text(lang, $"path, step η = {F(options.LearningRate)}", $"путь, шаг η = {F(options.LearningRate)}");
        var star = plot.Add.Marker(opt.W1, opt.W2, ScottPlot.MarkerShape.FilledDiamond, 12, LabStyle.Palette[5]);
        star.LegendText = "w* = (2, −1)";
        var start = plot.Add.Marker(options.Start.W1, options.Start.W2, ScottPlot.MarkerShape.FilledCircle, 10, LabStyle.Palette[0]);
        start.LegendText = Text(lang, "start", "старт");
        plot.Axes.SetLimits(-2.5, 3.5, -2.5, 3.0);
        plot.Axes.SquareUnits();
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return Save(plot, dir, centred ? "zigzag-path-centred.png" : "zigzag-path-positive.png");
    }

    private static string ConvergenceFigure(string dir, Language lang, DescentPath positive, DescentPath centred, ZigZagOptions options)
    {
        var plot = NewPlot(
            Text(lang, "Distance to the optimum during gradient descent", "Расстояние до оптимума при градиентном спуске"),
            Text(lang, "step", "шаг"), Text(lang, "‖w − w*‖ (log scale)", "‖w − w*‖ (лог. шкала)"));
        int color = 1;
        foreach (var (path, centredInputs, label) in new[] { (positive, false, Text(lang, "positive inputs", "положительные входы")), (centred, true, Text(lang, "centred inputs", "центрированные входы")) })
        {
            var opt = ZigZagDescent.Optimum(centredInputs);
            var ys = path.Points.Select(p => Log10(Math.Sqrt((p.W1 - opt.W1) * (p.W1 - opt.W1) + (p.W2 - opt.W2) * (p.W2 - opt.W2)))).ToArray();
            var s = plot.Add.Scatter(Enumerable.Range(0, ys.Length).Select(i => (double)i).ToArray(), ys, LabStyle.Palette[color]);
            s.LegendText = label;
            s.LineWidth = 2;
            s.MarkerSize = 4;
            color++;
        }
        var tol = plot.Add.HorizontalLine(Math.Log10(options.Tolerance), 1.5f, LabStyle.Palette[4], ScottPlot.LinePattern.Dashed);
        tol.LegendText = Text(lang, "tolerance", "точность");
        Log10Y(plot);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return Save(plot, dir, "zigzag-convergence.png");
    }
}
