using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>The logistic-regression experiment in words and figures: why log-loss makes σ's output a probability,
/// the numeric check of that, the fit, the reliability diagram and Newton against gradient descent.</summary>
public sealed class LogisticRegressionPresenter : IExperimentPresenter
{
    /// <inheritdoc/>
    public string Experiment => "logreg";

    /// <inheritdoc/>
    public ExperimentView Present(ExperimentResult result, Language language)
    {
        var data = Presenters.DataOf<LogisticRegressionData>(result, Experiment);
        var summary = (LogisticRegressionSummary)result.Summary;
        var t = TextCatalog.For(language);
        var n = t.Numbers;
        string Steps(int steps) => steps >= 0 ? t.Count("unit.step", steps)
            : t.Marked("logreg.moreThan", ("steps", t.Count("unit.step", LogisticRegressionExperiment.GradientDescentSteps)));
        double worstArgMin = data.ScoringRule.Max(m => Math.Abs(m.ArgMin - m.Q));

        var key = new List<KeyNumber> { new(t.Marked("logreg.key.intercept"), n.Fixed(data.Intercept, 4)) };
        foreach (var (name, value) in summary.Coefficients) key.Add(new(t.Marked("logreg.key.coefficient", ("name", MarkedText.Code(name))), n.Fixed(value, 4)));
        key.Add(new(t.Marked("logreg.key.logLoss"), n.Fixed(data.MeanLogLoss, 4)));
        key.Add(new(t.Marked("logreg.key.accuracy"), n.Percent(data.Accuracy, 1)));
        key.Add(new(t.Marked("logreg.key.newton"), n.Integer(data.NewtonSteps)));
        key.Add(new(t.Marked("logreg.key.gradientDescent", ("rate", n.Number(LogisticRegressionExperiment.GradientDescentRate))),
            data.GradientDescentWithin >= 0 ? n.Integer(data.GradientDescentWithin) : t.Marked("logreg.moreThan", ("steps", t.Count("unit.step", LogisticRegressionExperiment.GradientDescentSteps)))));
        key.Add(new(t.Marked("logreg.key.calibration"), n.Fixed(data.CalibrationError, 3)));
        key.Add(new(t.Marked("logreg.key.argmin"), n.Scientific(worstArgMin, 1)));

        var paragraph = new List<string> { t.Marked("logreg.paragraph.why") };
        paragraph.Add(t.Marked("logreg.paragraph.check", ("qs", n.List(data.ScoringRule.Select(m => n.Number(m.Q)))),
            ("worst", n.Scientific(worstArgMin, 1))));
        string penalty = data.Options.L2 > 0 ? t.Marked("logreg.paragraph.penalty", ("lambda", n.Number(data.Options.L2))) : "";
        paragraph.Add(t.Marked("logreg.paragraph.fit", ("penalty", penalty), ("rows", data.Rows), ("newton", t.Count("unit.step", data.NewtonSteps)),
            ("gradientDescent", Steps(data.GradientDescentWithin))));
        if (data.Generated)
        {
            var m = LogisticRegressionExperiment.TrueModel;
            paragraph.Add(t.Marked("logreg.paragraph.truth", ("b0", n.Number(m.Intercept)), ("w1", n.Number(m.W1)), ("w2", -m.W2 == 1 ? "" : n.Number(-m.W2) + "·"), // − x₂, as the figure caption writes it, not − 1·x₂
                ("b", n.Fixed(data.Intercept, 2)), ("w", t.Marked("format.point", ("a", n.Fixed(data.Coefficients[0], 2)), ("b", n.Fixed(data.Coefficients[^1], 2))))));
        }
        paragraph.Add(t.Marked("logreg.paragraph.calibration", ("ece", n.Fixed(data.CalibrationError, 3))));

        string dataText = data.Generated ? t.Marked("logreg.data.generated") : t.Marked("logreg.data.named", ("name", MarkedText.Code(data.DatasetName)));
        var figures = new List<ExperimentFigure>
        {
            new("logreg-scoring-rule", t.Marked("logreg.caption.scoring"), () => LogisticRegressionFigures.ScoringRule(t, data.ScoringRule)),
            new("logreg-reliability", t.Marked("logreg.caption.reliability", ("rows", data.Rows), ("data", dataText), ("ece", n.Fixed(data.CalibrationError, 3))),
                () => LogisticRegressionFigures.Reliability(t, data.Bins)),
            new("logreg-convergence", t.Marked("logreg.caption.convergence", ("newton", t.Count("unit.step", data.NewtonSteps)),
                ("rate", n.Number(LogisticRegressionExperiment.GradientDescentRate))),
                () => LogisticRegressionFigures.Convergence(t, data.NewtonHistory, data.GradientDescentHistory, data.BestObjective)),
        };
        return new ExperimentView(t.Marked("experiment.logreg.title"), key, string.Join(" ", paragraph), figures);
    }
}
