using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Sheet;

/// <summary>и: the slope of σ against the slope of SiLU = x·σ(x).</summary>
public static class SiluFigures
{
    /// <summary>σ′(x) ≤ ¼ against SiLU′(x) = σ(x)·(1 + x·σ(−x)) ∈ [−0.0998, 1.0998], on [−8, 8].</summary>
    public static SheetFigure Slopes { get; } = new("silu-slope", "и", "figure.siluSlope.title", lang =>
    {
        var t = TextCatalog.For(lang);
        var plot = LabStyle.NewPlot(t.Numbers, t["figure.siluSlope.title"], "x", t["figure.siluSlope.y"]);
        double[] x = Enumerable.Range(0, 801).Select(i => -8 + 16.0 * i / 800).ToArray();
        LabStyle.AddHorizontalReference(plot, 0);
        LabStyle.AddHorizontalReference(plot, 0.25);
        LabStyle.AddHorizontalReference(plot, 1);
        LabStyle.AddLine(plot, x, x.Select(v => Logistic.SigmoidDerivative(v)).ToArray(), 0, "σ′(x) ≤ ¼");
        LabStyle.AddLine(plot, x, x.Select(v => Logistic.Sigmoid(v) * (1 + v * Logistic.Sigmoid(-v))).ToArray(), 3, "SiLU′(x) = σ(x)·(1 + x·σ(−x))");
        plot.Axes.SetLimits(-8, 8, -0.2, 1.2);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    });
}
