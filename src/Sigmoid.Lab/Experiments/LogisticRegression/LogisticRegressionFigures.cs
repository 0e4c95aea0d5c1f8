using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>The figures of the logistic-regression experiment.</summary>
internal static class LogisticRegressionFigures
{
    /// <summary>E_q(p) against p for several q, each minimum marked where the search found it.</summary>
    public static Plot ScoringRule(TextCatalog t, IReadOnlyList<ScoringRuleMinimum> minima)
    {
        var plot = LearningOutput.NewPlot(t, t["logreg.figure.scoring.title"], t["logreg.figure.scoring.x"], t["logreg.figure.scoring.y"]);
        double[] p = Enumerable.Range(1, 999).Select(i => i / 1000.0).ToArray();
        for (int k = 0; k < minima.Count; k++)
        {
            var m = minima[k];
            LabStyle.AddLine(plot, p, p.Select(x => LogisticRegressionExperiment.ExpectedLogLoss(m.Q, x)).ToArray(), k % LabStyle.Palette.Length,
                "q = " + t.Numbers.Number(m.Q), width: 2);
            var marker = plot.Add.Marker(m.ArgMin, m.Minimum, MarkerShape.FilledCircle, 9, LabStyle.Palette[k % LabStyle.Palette.Length]);
            marker.LegendText = string.Empty;
        }
        plot.Axes.SetLimits(0, 1, 0, 2.5);
        plot.ShowLegend(Alignment.UpperCenter);
        return plot;
    }

    /// <summary>Observed share of y = 1 against mean predicted probability per bin, with the diagonal.</summary>
    public static Plot Reliability(TextCatalog t, IReadOnlyList<ReliabilityBin> bins)
    {
        var plot = LearningOutput.NewPlot(t, t["logreg.figure.reliability.title"], t["logreg.figure.reliability.x"], t["logreg.figure.reliability.y"]);
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = LabStyle.Palette[4];
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = t["logreg.legend.perfect"];
        var s = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.ObservedFrequency).ToArray(), LabStyle.Palette[0]);
        s.LineWidth = 2;
        s.MarkerSize = 9;
        s.LegendText = t.Format("logreg.legend.model", ("bins", t.Count("unit.bin", bins.Count)));
        foreach (var b in bins)
        {
            var label = plot.Add.Text("n = " + t.Numbers.Integer(b.Count), b.MeanPredicted, b.ObservedFrequency);
            label.LabelFontSize = 10;
            if (b.MeanPredicted > 0.85)
            {
                // Near the right edge a label to the right of its point would be cut off: put it above-left.
                label.LabelAlignment = Alignment.LowerRight;
                label.LabelOffsetX = -6;
                label.LabelOffsetY = -4;
            }
            else
            {
                label.LabelOffsetX = 6;
                label.LabelOffsetY = 4;
            }
        }
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Distance of the mean objective from its minimum per iteration, Newton against gradient descent.</summary>
    public static Plot Convergence(TextCatalog t, IReadOnlyList<double> newton, IReadOnlyList<double> gd, double best)
    {
        const double floor = -16;
        var plot = LearningOutput.NewPlot(t, t["logreg.figure.convergence.title"], t["logreg.figure.convergence.x"], t["logreg.figure.convergence.y"]);
        var g = plot.Add.Scatter(Enumerable.Range(0, gd.Count).Select(i => (double)i).ToArray(), gd.Select(v => LearningOutput.Log10(v - best, floor)).ToArray(), LabStyle.Palette[1]);
        g.LegendText = t.Format("logreg.legend.gradientDescent", ("rate", t.Numbers.Number(LogisticRegressionExperiment.GradientDescentRate)));
        g.MarkerSize = 0;
        g.LineWidth = 2;
        var n = plot.Add.Scatter(Enumerable.Range(0, newton.Count).Select(i => (double)i).ToArray(), newton.Select(v => LearningOutput.Log10(v - best, floor)).ToArray(), LabStyle.Palette[0]);
        n.LegendText = t["logreg.legend.newton"];
        n.MarkerSize = 7;
        n.LineWidth = 2;
        LearningOutput.Log10Y(plot, t.Numbers);
        plot.Axes.SetLimitsY(floor - 0.5, 0.5);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
