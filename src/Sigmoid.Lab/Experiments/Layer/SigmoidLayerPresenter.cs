using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>Experiment з in words and a figure: the worked pass, where o(1 − o) loses the gradient, the gradient checks.</summary>
public sealed class SigmoidLayerPresenter : IExperimentPresenter
{
    /// <inheritdoc/>
    public string Experiment => "layer";

    /// <inheritdoc/>
    public ExperimentView Present(ExperimentResult result, Language language)
    {
        var data = Presenters.DataOf<SigmoidLayerData>(result, Experiment);
        var s = data.Summary;
        var t = TextCatalog.For(language);
        var n = t.Numbers;
        const int Out = SigmoidLayerExperiment.Outputs;
        double lostFloat = data.FloatLostFrom, lostDouble = data.DoubleLostFrom;
        var at17 = SigmoidLayerExperiment.Form(17.5);
        string List(IEnumerable<double> values) => n.List(values.Select(v => n.Fixed(v, 4)));
        var key = new List<KeyNumber>
        {
            new(t.Marked("layer.key.output"), List(s.O.Take(Out))),
            new(t.Marked("layer.key.backward"), List(s.DH.Take(Out))),
            new(t.Marked("layer.key.floatZero"), n.Shortest((float)lostFloat)),
            new(t.Marked("layer.key.floatAt"), t.Marked("layer.versus", ("a", n.Number(at17.FromOutputFloat)), ("b", n.Scientific(at17.FromInputFloat, 4)))),
            new(t.Marked("layer.key.doubleZero"), n.Shortest(lostDouble)),
        };
        foreach (var (name, err) in s.GradientChecks)
            key.Add(new(t.Marked("layer.key.check", ("name", MarkedText.Code(name))), n.Scientific(err, 2)));
        string paragraph = t.Marked("layer.paragraph",
            ("rows", SigmoidLayerExperiment.BatchRows), ("inputs", SigmoidLayerExperiment.Inputs), ("outputs", Out),
            ("floatZero", n.Shortest((float)lostFloat)), ("floatAt", n.Number(at17.FromOutputFloat)), ("exactAt", n.Scientific(at17.Exact, 4)),
            ("doubleZero", n.Shortest(lostDouble)), ("check", n.Scientific(s.GradientChecks.Values.Max(), 2)));
        var figures = new List<ExperimentFigure>
        {
            new("layer-backward-forms", t.Marked("layer.caption.forms", ("floatZero", n.Shortest((float)lostFloat)), ("doubleZero", n.Shortest(lostDouble))),
                () => FormsFigure(t)),
        };
        return new ExperimentView(t.Marked("experiment.layer.title"), key, paragraph, figures);
    }

    private static Plot FormsFigure(TextCatalog t)
    {
        const double floor = -22;
        var plot = LearningOutput.NewPlot(t, t["layer.figure.title"], "h", t["layer.figure.y"]);
        double[] hs = Enumerable.Range(0, 451).Select(i => i * 0.1).ToArray();
        var exact = plot.Add.ScatterLine(hs, hs.Select(v => LearningOutput.Log10(Logistic.Sigmoid(v) * Logistic.Sigmoid(-v), floor)).ToArray(), LabStyle.Palette[4]);
        exact.LineWidth = 3;
        exact.LegendText = t["layer.legend.exact"];
        var series = new (Func<double, double> F, string Label, int Color, MarkerShape Shape)[]
        {
            (v => SigmoidLayerExperiment.Form(v).FromInputFloat, t["layer.legend.inputFloat"], 2, MarkerShape.FilledCircle),
            (v => SigmoidLayerExperiment.Form(v).FromOutputFloat, t["layer.legend.outputFloat"], 1, MarkerShape.FilledSquare),
            (v => SigmoidLayerExperiment.Form(v).FromOutputDouble, t["layer.legend.outputDouble"], 0, MarkerShape.OpenTriangleUp),
        };
        double[] sample = Enumerable.Range(0, 46).Select(i => (double)i).ToArray();
        foreach (var s in series)
        {
            var pts = plot.Add.ScatterPoints(sample, sample.Select(v => LearningOutput.Log10(s.F(v), floor)).ToArray(), LabStyle.Palette[s.Color]);
            pts.MarkerShape = s.Shape;
            pts.MarkerSize = 7;
            pts.LegendText = s.Label;
        }
        var zero = plot.Add.HorizontalLine(floor, 1, LabStyle.Palette[4], LinePattern.Dotted);
        zero.LegendText = t["layer.legend.zero"];
        LearningOutput.Log10Y(plot, t.Numbers);
        plot.Axes.SetLimitsY(floor - 1, 0);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }
}
