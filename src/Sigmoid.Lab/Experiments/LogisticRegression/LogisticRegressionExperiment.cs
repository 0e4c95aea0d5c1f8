using Sigmoid.Learning;

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

/// <summary>The numeric minimum of the expected log-loss at one q (see <see cref="LogisticRegressionExperiment.ExpectedLogLossMinimum"/>).</summary>
/// <param name="Q">P(y = 1 | x).</param>
/// <param name="ArgMin">The p found to minimise E_q(p).</param>
/// <param name="Minimum">E_q at that p.</param>
/// <param name="Entropy">E_q(q) = −q ln q − (1 − q) ln(1 − q), the value at p = q.</param>
public sealed record ScoringRuleMinimum(double Q, double ArgMin, double Minimum, double Entropy);

/// <summary>What the logistic-regression experiment computed.</summary>
/// <param name="Options">The settings.</param>
/// <param name="DatasetName">The data's name.</param>
/// <param name="Rows">Rows fitted.</param>
/// <param name="Generated">True for the generated default (whose true model is <see cref="LogisticRegressionExperiment.TrueModel"/>).</param>
/// <param name="Intercept">Fitted b.</param>
/// <param name="Coefficients">Fitted w, in column order.</param>
/// <param name="NewtonSteps">Newton iterations to convergence.</param>
/// <param name="MeanLogLoss">Mean log-loss at the fit.</param>
/// <param name="Accuracy">Share classified correctly at ½.</param>
/// <param name="Bins">The reliability diagram.</param>
/// <param name="NewtonHistory">Mean objective after each Newton step (index 0: at w = 0).</param>
/// <param name="GradientDescentHistory">Mean objective after each gradient-descent step.</param>
/// <param name="BestObjective">Mean objective at Newton's optimum.</param>
/// <param name="GradientDescentWithin">First gradient-descent step within 10⁻⁶ of the optimum, or −1.</param>
/// <param name="CalibrationError">Expected calibration error: the count-weighted mean |mean predicted − observed| over the bins.</param>
/// <param name="ScoringRule">The expected log-loss minimised numerically at each of <see cref="LogisticRegressionExperiment.ScoringProbabilities"/>.</param>
public sealed record LogisticRegressionData(LogisticRegressionOptions Options, string DatasetName, int Rows, bool Generated, double Intercept,
    IReadOnlyList<double> Coefficients, int NewtonSteps, double MeanLogLoss, double Accuracy, IReadOnlyList<ReliabilityBin> Bins,
    IReadOnlyList<double> NewtonHistory, IReadOnlyList<double> GradientDescentHistory, double BestObjective, int GradientDescentWithin,
    double CalibrationError, IReadOnlyList<ScoringRuleMinimum> ScoringRule);

/// <summary>
/// Part а's promise made measurable: σ(w·x + b) fitted by maximum likelihood (Newton/IRLS; gradient descent as the
/// teaching path) behaves as P(y = 1 | x). Why: the expected log-loss −q ln p − (1 − q) ln(1 − p) of predicting p
/// when y = 1 with probability q is smallest at p = q (log-loss is a proper scoring rule); the experiment finds
/// that minimiser numerically, then checks the fitted model's reliability diagram against the diagonal.
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
        var predicted = Enumerable.Range(0, data.Count).Select(i => fit.Probability(data.Features.AsSpan(i * d, d))).ToArray();
        var bins = Reliability(predicted, data.Labels);
        var coefficients = new Dictionary<string, double>();
        for (int j = 0; j < d; j++) coefficients[data.FeatureNames[j]] = fit.Coefficients[j];
        var summary = new LogisticRegressionSummary(fit.Intercept, coefficients, fit.MeanLogLoss, fit.Accuracy);
        context.Cancellation.ThrowIfCancellationRequested();

        // The teaching path: plain gradient descent on the mean objective, against Newton's iterates.
        var (_, gdHistory) = LogisticRegression.FitGradientDescent(data.Features, data.Labels, d, options.L2, GradientDescentRate, GradientDescentSteps);
        double best = LogisticRegression.Objective(data.Features, data.Labels, d, options.L2, [fit.Intercept, .. fit.Coefficients]) / data.Count;
        var newtonHistory = Enumerable.Range(0, fit.Iterations + 1).Select(k => k == 0
            ? LogisticRegression.Objective(data.Features, data.Labels, d, options.L2, new double[d + 1]) / data.Count
            : NewtonObjectiveAfter(data, options.L2, k) / data.Count).ToArray();
        int gdWithin = Array.FindIndex(gdHistory, v => v - best <= 1e-6);
        double ece = bins.Sum(b => b.Count * Math.Abs(b.MeanPredicted - b.ObservedFrequency)) / data.Count;
        var scoring = ScoringProbabilities.Select(ExpectedLogLossMinimum).ToArray();

        DataTable[] tables =
        [
            DataTable.Of("logreg-reliability.csv", ["low", "high", "count", "meanPredicted", "observedFrequency"],
                bins.Select(b => new object?[] { b.Low, b.High, b.Count, b.MeanPredicted, b.ObservedFrequency })),
            DataTable.Of("logreg-convergence.csv", ["iteration", "newtonMeanObjective", "gradientDescentMeanObjective"],
                Enumerable.Range(0, GradientDescentSteps + 1).Select(k => new object?[] { k, k < newtonHistory.Length ? newtonHistory[k] : null, gdHistory[k] })),
            DataTable.Of("logreg-scoring-rule.csv", ["q", "argminP", "minExpectedLogLoss", "entropy"],
                scoring.Select(m => new object?[] { m.Q, m.ArgMin, m.Minimum, m.Entropy })),
        ];
        var result = new LogisticRegressionData(options, data.Name, data.Count, generated, fit.Intercept, fit.Coefficients.ToArray(), fit.Iterations,
            fit.MeanLogLoss, fit.Accuracy, bins, newtonHistory, gdHistory, best, gdWithin, ece, scoring);
        return new ExperimentResult(Name, result, summary, tables);
    }

    /// <summary>Steps and step size of the gradient-descent comparison.</summary>
    public const int GradientDescentSteps = 300;

    /// <summary>Step of the gradient-descent comparison, on the mean objective.</summary>
    public const double GradientDescentRate = 1.0;

    /// <summary>The probabilities q = P(y = 1 | x) at which the scoring-rule check minimises the expected log-loss.</summary>
    public static IReadOnlyList<double> ScoringProbabilities { get; } = [0.1, 0.3, 0.5, 0.7, 0.9];

    /// <summary>
    /// E_q(p) = −q·ln p − (1 − q)·ln(1 − p): the expected log-loss of predicting p when y = 1 with probability q.
    /// </summary>
    public static double ExpectedLogLoss(double q, double p) => -q * Math.Log(p) - (1 - q) * Math.Log(1 - p);

    /// <summary>
    /// Minimises <see cref="ExpectedLogLoss"/> over p ∈ (0, 1) numerically (golden-section search, no derivative
    /// used), so the experiment finds the minimiser rather than assuming it is q.
    /// </summary>
    public static ScoringRuleMinimum ExpectedLogLossMinimum(double q)
    {
        if (!(q > 0 && q < 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "q must lie strictly between 0 and 1.");
        double inv = (Math.Sqrt(5) - 1) / 2, a = 1e-9, b = 1 - 1e-9;
        double c = b - inv * (b - a), e = a + inv * (b - a);
        for (int i = 0; i < 200 && b - a > 1e-15; i++)
        {
            if (ExpectedLogLoss(q, c) < ExpectedLogLoss(q, e)) { b = e; e = c; c = b - inv * (b - a); }
            else { a = c; c = e; e = a + inv * (b - a); }
        }
        double p = (a + b) / 2;
        return new ScoringRuleMinimum(q, p, ExpectedLogLoss(q, p), -q * Math.Log(q) - (1 - q) * Math.Log(1 - q));
    }

    private static double NewtonObjectiveAfter(LabeledDataset data, double l2, int steps)
    {
        var f = LogisticRegression.FitNewton(data.Features, data.Labels, data.Dimension, l2, steps);
        return LogisticRegression.Objective(data.Features, data.Labels, data.Dimension, l2, [f.Intercept, .. f.Coefficients]);
    }
}
