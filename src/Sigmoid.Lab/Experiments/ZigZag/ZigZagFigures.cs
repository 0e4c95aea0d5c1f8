using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>The figures of experiment к, drawn from its data in the language of <see cref="TextCatalog"/>.</summary>
internal static class ZigZagFigures
{
    /// <summary>Bars: share of one-signed weight-gradient rows by batch size, per input kind.</summary>
    public static Plot Signs(TextCatalog t, IReadOnlyList<int> batches, IReadOnlyDictionary<string, double[]> shares)
    {
        var plot = LearningOutput.NewPlot(t, t["zigzag.figure.signs.title"], t["zigzag.figure.signs.x"], t["zigzag.figure.signs.y"]);
        int k = 0;
        foreach (var kind in ZigZagExperiment.InputKinds)
        {
            var bars = shares[kind].Select((v, i) => new Bar
            {
                Position = i + (k - 1) * 0.27,
                Value = v,
                Size = 0.25,
                FillColor = LabStyle.Palette[k],
                Label = v == 0 ? "0" : t.Numbers.Percent(v, 0), // "0 %" beside the next empty bar's would run together on a phone
            }).ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 11;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = t[$"zigzag.legend.{kind}"], FillColor = LabStyle.Palette[k] });
            k++;
        }
        plot.Axes.Bottom.SetTicks(batches.Select((_, i) => (double)i).ToArray(), batches.Select(b => t.Numbers.Integer(b)).ToArray());
        plot.Axes.SetLimitsY(0, 1.12);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The descent path over the loss's contour ellipses, with start and optimum.</summary>
    public static Plot Path(TextCatalog t, DescentPath path, bool centred, ZigZagOptions options)
    {
        var opt = ZigZagDescent.Optimum(centred);
        string steps = path.StepsToTolerance >= 0 ? t.Count("unit.step", path.StepsToTolerance) : t["experiment.notReached"];
        var plot = LearningOutput.NewPlot(t, t.Format(centred ? "zigzag.figure.pathCentred.title" : "zigzag.figure.pathPositive.title", ("steps", steps)), "w₁", "w₂");
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
                double s = 2 * Math.PI * i / 120, u = a * Math.Cos(s), v = b * Math.Sin(s);
                xs[i] = opt.W1 + u * Math.Cos(theta) - v * Math.Sin(theta);
                ys[i] = opt.W2 + u * Math.Sin(theta) + v * Math.Cos(theta);
            }
            var contour = plot.Add.ScatterLine(xs, ys, LabStyle.Palette[4]);
            contour.LineWidth = 1;
            if (level == 0) contour.LegendText = t["zigzag.legend.contours"];
        }
        var pts = path.Points;
        var line = plot.Add.Scatter(pts.Select(p => p.W1).ToArray(), pts.Select(p => p.W2).ToArray(), LabStyle.Palette[centred ? 2 : 1]);
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = t.Format("zigzag.legend.path", ("rate", t.Numbers.Number(options.LearningRate)));
        var star = plot.Add.Marker(opt.W1, opt.W2, MarkerShape.FilledDiamond, 12, LabStyle.Palette[5]);
        star.LegendText = "w* = " + t.Format("format.point", ("a", 2), ("b", -1));
        var start = plot.Add.Marker(options.Start.W1, options.Start.W2, MarkerShape.FilledCircle, 10, LabStyle.Palette[0]);
        start.LegendText = t["zigzag.legend.start"];
        plot.Axes.SetLimits(-2.5, 3.5, -2.5, 3.0);
        plot.Axes.SquareUnits();
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>‖w − w*‖ per step for both input kinds (log scale), with the tolerance.</summary>
    public static Plot Convergence(TextCatalog t, DescentPath positive, DescentPath centred, ZigZagOptions options)
    {
        var plot = LearningOutput.NewPlot(t, t["zigzag.figure.convergence.title"], t["zigzag.figure.convergence.x"], t["zigzag.figure.convergence.y"]);
        int color = 1;
        foreach (var (path, centredInputs, label) in new[] { (positive, false, t["zigzag.inputs.positive"]), (centred, true, t["zigzag.inputs.centred"]) })
        {
            var opt = ZigZagDescent.Optimum(centredInputs);
            var ys = path.Points.Select(p => LearningOutput.Log10(Math.Sqrt((p.W1 - opt.W1) * (p.W1 - opt.W1) + (p.W2 - opt.W2) * (p.W2 - opt.W2)))).ToArray();
            var s = plot.Add.Scatter(Enumerable.Range(0, ys.Length).Select(i => (double)i).ToArray(), ys, LabStyle.Palette[color]);
            s.LegendText = label;
            s.LineWidth = 2;
            s.MarkerSize = 4;
            color++;
        }
        var tol = plot.Add.HorizontalLine(Math.Log10(options.Tolerance), 1.5f, LabStyle.Palette[4], LinePattern.Dashed);
        tol.LegendText = t["zigzag.legend.tolerance"];
        LearningOutput.Log10Y(plot, t.Numbers);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
