using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Sheet;

/// <summary>
/// σ as a distribution function: the histogram of <see cref="LogisticSampleStudy"/>'s draws against the density σ′,
/// with σ itself (the distribution function) and the density of the maximum-likelihood fit.
/// </summary>
public static class DistributionFigures
{
    private static readonly Lazy<LogisticSampleStudy> DefaultStudy = new(() => LogisticSampleStudy.Compute());

    /// <summary>The default study (10⁵ draws, fixed seed), computed once.</summary>
    public static LogisticSampleStudy Study => DefaultStudy.Value;

    /// <summary>а: the logistic distribution — histogram of 10⁵ draws, density σ′, distribution function σ, fitted density.</summary>
    public static SheetFigure LogisticSample { get; } = new("logistic-distribution", "а",
        "figure.logisticSample.title", lang =>
        {
            var t = TextCatalog.For(lang);
            var n = t.Numbers;
            var study = Study;
            var plot = LabStyle.NewPlot(t.Numbers, t["figure.logisticSample.title"], "x", t["figure.axis.value"]);
            LabStyle.AddHorizontalReference(plot, 0);
            LabStyle.AddHorizontalReference(plot, 1);
            // The histogram as a staircase of densities.
            var xs = new List<double>();
            var ys = new List<double>();
            for (int i = 0; i < study.Density.Length; i++)
            {
                xs.Add(study.BinEdges[i]); ys.Add(study.Density[i]);
                xs.Add(study.BinEdges[i + 1]); ys.Add(study.Density[i]);
            }
            LabStyle.AddLine(plot, [.. xs], [.. ys], 2, t.Format("figure.logisticSample.histogram",
                ("n", n.Integer(study.Samples)), ("seed", study.Seed)), width: 2);
            double[] x = Enumerable.Range(0, 801).Select(i => -8 + 16.0 * i / 800).ToArray();
            LabStyle.AddLine(plot, x, x.Select(v => Logistic.SigmoidDerivative(v)).ToArray(), 0, t["figure.logisticSample.pdf"]);
            LabStyle.AddLine(plot, x, x.Select(v => Logistic.Sigmoid(v)).ToArray(), 1, t["figure.logisticSample.cdf"]);
            var fit = new LogisticDistribution(study.FittedLocation, study.FittedScale);
            LabStyle.AddLine(plot, x, x.Select(fit.Pdf).ToArray(), 3, t.Format("figure.logisticSample.fitted",
                ("location", n.Fixed(study.FittedLocation, 4)), ("scale", n.Fixed(study.FittedScale, 4))), width: 2, dashed: true);
            plot.Axes.SetLimits(-8, 8, -0.05, 1.05);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        });
}
