using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Learning;
using static Sigmoid.Lab.Experiments.LearningOutput;

namespace Sigmoid.Lab.Experiments;

/// <summary>Settings of the logistic-regression experiment.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>The data (e.g. from <see cref="LabeledCsv"/>); null = the generated default (see <see cref="LogisticRegressionExperiment.DefaultData"/>).</summary>
    public LabeledDataset? Data { get; init; }

    /// <summary>Scale each feature to mean 0 and population standard deviation 1 before fitting.</summary>
    public bool Standardize { get; init; }

    /// <summary>λ of the penalty (λ/2)·‖w‖² added to the summed log-loss; 0 = none.</summary>
    public double L2 { get; init; }
}

/// <summary>The <c>sigmoid logreg --json</c> summary.</summary>
/// <param name="Intercept">b.</param>
/// <param name="Coefficients">Feature column → coefficient, in column order.</param>
/// <param name="LogLoss">Mean log-loss over the rows (penalty not included).</param>
/// <param name="Accuracy">Share of rows classified correctly at threshold ½.</param>
public sealed record LogisticRegressionSummary(double Intercept, IReadOnlyDictionary<string, double> Coefficients, double LogLoss, double Accuracy);

/// <summary>One bin of the reliability diagram.</summary>
/// <param name="Low">Lower edge of predicted probability.</param>
/// <param name="High">Upper edge.</param>
/// <param name="Count">Rows whose prediction falls in the bin.</param>
/// <param name="MeanPredicted">Mean σ(z) of those rows.</param>
/// <param name="ObservedFrequency">Share of them with y = 1.</param>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanPredicted, double ObservedFrequency);

/// <summary>
/// Part а's promise made measurable: σ(w·x + b) fitted by maximum likelihood (Newton/IRLS; gradient descent as the
/// teaching path) behaves as P(y = 1 | x) — its reliability diagram follows the diagonal.
/// </summary>
public sealed class LogisticRegressionExperiment : IExperiment
{
    /// <summary>The generated default's true parameters: P(y = 1 | x) = σ(0.5 + 2·x1 − 1·x2).</summary>
    public static readonly (double Intercept, double W1, double W2) TrueModel = (0.5, 2.0, -1.0);

    /// <summary>Newton step limit.</summary>
    public const int MaxNewtonIterations = 100;

    /// <inheritdoc/>
    public string Name => "logreg";

    /// <inheritdoc/>
    public string ReportSection => "logistic-regression";

    /// <inheritdoc/>
    public string Title(Language language) => TextCatalog.For(language)["experiment.logreg.title"];

    /// <summary>1000 rows, x1, x2 standard normal, y ~ Bernoulli(σ(0.5 + 2x1 − x2)), from <paramref name="seed"/>.</summary>
    public static LabeledDataset DefaultData(int seed, int rows = 1000)
    {
        var rng = new SplitMix64(0x1062_0000UL + (ulong)(uint)seed);
        var x = new double[rows * 2];
        var y = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            x[2 * i] = rng.NextNormal();
            x[2 * i + 1] = rng.NextNormal();
            double p = Logistic.Sigmoid(TrueModel.Intercept + TrueModel.W1 * x[2 * i] + TrueModel.W2 * x[2 * i + 1]);
            y[i] = rng.NextDouble() < p ? 1 : 0;
        }
        return new LabeledDataset("generated", ["x1", "x2"], x, y);
    }

    /// <summary>Ten equal-width bins of predicted probability (empty bins omitted).</summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IReadOnlyList<double> predicted, IReadOnlyList<double> labels, int bins = 10)
    {
        var count = new int[bins];
        var sumP = new double[bins];
        var sumY = new double[bins];
        for (int i = 0; i < predicted.Count; i++)
        {
            int b = Math.Min(bins - 1, (int)(predicted[i] * bins));
            count[b]++;
            sumP[b] += predicted[i];
            sumY[b] += labels[i];
        }
        return Enumerable.Range(0, bins).Where(b => count[b] > 0)
            .Select(b => new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, count[b], sumP[b] / count[b], sumY[b] / count[b])).ToArray();
    }

    /// <inheritdoc/>
    public ExperimentResult Run(ExperimentContext context) => Run(context, new LogisticRegressionOptions());

    /// <summary>Fits, measures and draws.</summary>
    /// <exception cref="InvalidDataException">Unregularised fit on separable data (optimum at infinity), or no convergence;
    /// the message suggests <c>--l2</c>.</exception>
    /// <exception cref="InvalidOperationException">Singular Newton system (constant or collinear features).</exception>
    /// <exception cref="ArgumentException">λ negative or not finite.</exception>
    public ExperimentResult Run(ExperimentContext context, LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var lang = context.Language;
        bool generated = options.Data is null;
        var data = options.Data ?? DefaultData(context.Seed);
        if (options.Standardize) data = data.Standardized();
        int d = data.Dimension;

        var fit = LogisticRegression.FitNewton(data.Features, data.Labels, d, options.L2, MaxNewtonIterations);
        if (fit.Separable)
            throw new InvalidDataException(
                $"The two classes of '{data.Name}' are perfectly separable: after {fit.Iterations} Newton step{(fit.Iterations == 1 ? "" : "s")} a hyperplane classifies every row correctly, " +
                "so the unregularised log-loss has no minimum — it falls towards 0 as the weights grow to infinity. Add an L2 penalty (e.g. --l2 1) for a finite fit.");
        if (!fit.Converged)
            throw new InvalidDataException(
                $"Newton's method did not converge in {MaxNewtonIterations} steps on '{data.Name}' (the classes may be almost separable, with weights drifting to infinity). " +
                "Add an L2 penalty (e.g. --l2 1).");
        string dir = Directory(context);

        var predicted = Enumerable.Range(0, data.Count).Select(i => fit.Probability(data.Features.AsSpan(i * d, d))).ToArray();
        var bins = Reliability(predicted, data.Labels);
        var coefficients = new Dictionary<string, double>();
        for (int j = 0; j < d; j++) coefficients[data.FeatureNames[j]] = fit.Coefficients[j];
        var summary = new LogisticRegressionSummary(fit.Intercept, coefficients, fit.MeanLogLoss, fit.Accuracy);

        // The teaching path: plain gradient descent on the mean objective, against Newton's iterates.
        const int gdSteps = 300;
        const double gdRate = 1.0;
        var (gdFit, gdHistory) = LogisticRegression.FitGradientDescent(data.Features, data.Labels, d, options.L2, gdRate, gdSteps);
        double best = LogisticRegression.Objective(data.Features, data.Labels, d, options.L2, [fit.Intercept, .. fit.Coefficients]) / data.Count;
        var newtonHistory = Enumerable.Range(0, fit.Iterations + 1).Select(k => k == 0
            ? LogisticRegression.Objective(data.Features, data.Labels, d, options.L2, new double[d + 1]) / data.Count
            : NewtonObjectiveAfter(data, options.L2, k) / data.Count).ToArray();

        var files = new List<string>
        {
            WriteJson(dir, "logreg.json", summary),
            WriteCsv(dir, "logreg-reliability.csv", ["low", "high", "count", "meanPredicted", "observedFrequency"],
                bins.Select(b => new object[] { b.Low, b.High, b.Count, b.MeanPredicted, b.ObservedFrequency })),
            WriteCsv(dir, "logreg-convergence.csv", ["iteration", "newtonMeanObjective", "gradientDescentMeanObjective"],
                Enumerable.Range(0, gdSteps + 1).Select(k => new object[] { k, k < newtonHistory.Length ? newtonHistory[k] : "", gdHistory[k] })),
        };
        var figures = new List<string> { ReliabilityFigure(dir, lang, bins, data.Name), ConvergenceFigure(dir, lang, newtonHistory, gdHistory, best) };

        int gdWithin = Array.FindIndex(gdHistory, v => v - best <= 1e-6);
        double ece = bins.Sum(b => b.Count * Math.Abs(b.MeanPredicted - b.ObservedFrequency)) / data.Count;
        var key = new List<KeyValuePair<string, string>>
        {
            new(Text(lang, "intercept b", "свободный член b"), F(fit.Intercept, "F4")),
        };
        foreach (var (name, value) in coefficients) key.Add(new(Text(lang, $"coefficient {name}", $"коэффициент {name}"), F(value, "F4")));
        key.Add(new(Text(lang, "mean log-loss", "средние лог-потери"), F(fit.MeanLogLoss, "F4")));
        key.Add(new(Text(lang, "accuracy", "точность"), F(fit.Accuracy, "P1")));
        key.Add(new(Text(lang, "Newton steps", "шагов Ньютона"), fit.Iterations.ToString()));
        key.Add(new(Text(lang, $"gradient-descent steps to within 1e-6 of the optimum (η = {gdRate})", $"шагов градиентного спуска до 1e-6 от оптимума (η = {gdRate})"),
            gdWithin >= 0 ? gdWithin.ToString() : Text(lang, $"more than {gdSteps}", $"больше {gdSteps}")));
        key.Add(new(Text(lang, "expected calibration error", "ожидаемая ошибка калибровки"), F(ece, "F3")));

        string truth = generated ? Text(lang,
            $" The data were drawn from P(y = 1 | x) = σ({F(TrueModel.Intercept)} + {F(TrueModel.W1)}·x1 − {F(-TrueModel.W2)}·x2); the fit recovers b = {F(fit.Intercept, "F2")}, w = ({string.Join(", ", fit.Coefficients.Select(c => F(c, "F2")))}).",
            $" Данные порождены моделью P(y = 1 | x) = σ({F(TrueModel.Intercept)} + {F(TrueModel.W1)}·x1 − {F(-TrueModel.W2)}·x2); подгонка даёт b = {F(fit.Intercept, "F2")}, w = ({string.Join(", ", fit.Coefficients.Select(c => F(c, "F2")))}).") : "";
        string paragraph = Text(lang,
            $"Minimising the summed log-loss{(options.L2 > 0 ? $" plus (λ/2)‖w‖², λ = {F(options.L2)}," : "")} over {data.Count} rows with Newton's method took {fit.Iterations} steps; "
            + $"plain gradient descent needs {(gdWithin >= 0 ? gdWithin.ToString() : $"more than {gdSteps}")} steps to come within 1e-6 of the same optimum.{truth} "
            + $"In the reliability diagram the observed share of y = 1 in each bin of predicted probability lies near the diagonal (expected calibration error {F(ece, "F3")}): "
            + "σ's output, fitted under log-loss, behaves as the probability P(y = 1 | x).",
            $"Минимизация суммарных лог-потерь{(options.L2 > 0 ? $" плюс (λ/2)‖w‖², λ = {F(options.L2)}," : "")} по {data.Count} строкам методом Ньютона заняла {fit.Iterations} шагов; "
            + $"обычному градиентному спуску нужно {(gdWithin >= 0 ? gdWithin.ToString() : $"больше {gdSteps}")} шагов, чтобы подойти к тому же оптимуму на 1e-6.{truth} "
            + $"На диаграмме надёжности наблюдаемая доля y = 1 в каждом интервале предсказанной вероятности лежит у диагонали (ожидаемая ошибка калибровки {F(ece, "F3")}): "
            + "выход σ, обученный на лог-потерях, ведёт себя как вероятность P(y = 1 | x).");
        return new ExperimentResult(paragraph, key, figures, files, summary);
    }

    private static double NewtonObjectiveAfter(LabeledDataset data, double l2, int steps)
    {
        var f = LogisticRegression.FitNewton(data.Features, data.Labels, data.Dimension, l2, steps);
        return LogisticRegression.Objective(data.Features, data.Labels, data.Dimension, l2, [f.Intercept, .. f.Coefficients]);
    }

    private static string ReliabilityFigure(string dir, Language lang, IReadOnlyList<ReliabilityBin> bins, string name)
    {
        var plot = NewPlot(
            Text(lang, $"Reliability diagram ({name})", $"Диаграмма надёжности ({name})"),
            Text(lang, "predicted probability σ(w·x + b), bin mean", "предсказанная вероятность σ(w·x + b), среднее по интервалу"),
            Text(lang, "observed share of y = 1", "наблюдаемая доля y = 1"));
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = LabStyle.Palette[4];
        diagonal.LinePattern = ScottPlot.LinePattern.Dashed;
        diagonal.LegendText = Text(lang, "perfect calibration", "идеальная калибровка");
        var s = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.ObservedFrequency).ToArray(), LabStyle.Palette[0]);
        s.LineWidth = 2;
        s.MarkerSize = 9;
        s.LegendText = Text(lang, "fitted model (10 bins)", "модель (10 интервалов)");
        foreach (var b in bins)
        {
            var label = plot.Add.Text($"n={b.Count}", b.MeanPredicted, b.ObservedFrequency);
            label.LabelFontSize = 10;
            label.LabelOffsetX = 6;
            label.LabelOffsetY = 4;
        }
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.05);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return Save(plot, dir, "logreg-reliability.png");
    }

    private static string ConvergenceFigure(string dir, Language lang, double[] newton, double[] gd, double best)
    {
        const double floor = -16;
        var plot = NewPlot(
            Text(lang, "Newton's method against gradient descent", "Метод Ньютона и градиентный спуск"),
            Text(lang, "iteration", "итерация"),
            Text(lang, "J/N − min J/N (log scale)", "J/N − min J/N (лог. шкала)"));
        var g = plot.Add.Scatter(Enumerable.Range(0, gd.Length).Select(i => (double)i).ToArray(), gd.Select(v => Log10(v - best, floor)).ToArray(), LabStyle.Palette[1]);
        g.LegendText = Text(lang, "gradient descent, η = 1", "градиентный спуск, η = 1");
        g.MarkerSize = 0;
        g.LineWidth = 2;
        var n = plot.Add.Scatter(Enumerable.Range(0, newton.Length).Select(i => (double)i).ToArray(), newton.Select(v => Log10(v - best, floor)).ToArray(), LabStyle.Palette[0]);
        n.LegendText = Text(lang, "Newton / IRLS", "Ньютон / IRLS");
        n.MarkerSize = 7;
        n.LineWidth = 2;
        Log10Y(plot);
        plot.Axes.SetLimitsY(floor - 0.5, 0.5);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return Save(plot, dir, "logreg-convergence.png");
    }
}
