using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>The figures of experiment и, drawn from its training runs in the language of <see cref="TextCatalog"/>.</summary>
internal static class VanishingFigures
{
    /// <summary>‖∂L/∂W‖ per dense layer at initialisation for the deepest nets, with 0.25ⁿ from the last hidden layer back.</summary>
    public static Plot PerLayer(TextCatalog t, IReadOnlyList<TrainingSummary> runs)
    {
        int depth = runs[0].Config.Depth;
        var plot = LearningOutput.NewPlot(t, t.Format("vanishing.figure.perLayer.title", ("layers", t.Count("unit.hiddenLayer", depth))),
            t["vanishing.figure.perLayer.x"], t["vanishing.figure.perLayer.y"]);
        int color = 0;
        foreach (var r in runs)
        {
            double[] xs = Enumerable.Range(1, r.GradNormsAtInit.Length).Select(i => (double)i).ToArray();
            var s = plot.Add.Scatter(xs, r.GradNormsAtInit.Select(g => LearningOutput.Log10(g)).ToArray(), LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = VanishingPresenter.ActivationName(t, r.Config.Activation);
            s.LineWidth = 2;
            if (r.Config.Activation == "sigmoid")
            {
                // 0.25ⁿ anchored at the last hidden layer: the bound σ′ ≤ ¼ alone, per layer back
                int lastHidden = r.GradNormsAtInit.Length - 1;
                double anchor = LearningOutput.Log10(r.GradNormsAtInit[lastHidden - 1]);
                double[] bx = Enumerable.Range(1, lastHidden).Select(i => (double)i).ToArray();
                var b = plot.Add.Scatter(bx, bx.Select(k => anchor + (lastHidden - k) * Math.Log10(0.25)).ToArray(), LabStyle.Palette[4]);
                b.LinePattern = LinePattern.Dashed;
                b.MarkerSize = 0;
                b.LegendText = t["vanishing.legend.boundPerLayer"];
            }
        }
        LearningOutput.Log10Y(plot, t.Numbers);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>‖∂L/∂W₁‖ at initialisation against depth, per activation, with 0.25ⁿ from the shallowest sigmoid net.</summary>
    public static Plot FirstLayer(TextCatalog t, IReadOnlyList<TrainingSummary> runs)
    {
        var plot = LearningOutput.NewPlot(t, t["vanishing.figure.firstLayer.title"], t["vanishing.figure.depth.x"], t["vanishing.figure.firstLayer.y"]);
        int color = 0;
        foreach (var group in runs.GroupBy(r => r.Config.Activation))
        {
            var ordered = group.OrderBy(r => r.Config.Depth).ToArray();
            var s = plot.Add.Scatter(ordered.Select(r => (double)r.Config.Depth).ToArray(), ordered.Select(r => LearningOutput.Log10(r.GradNormsAtInit[0])).ToArray(),
                LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = VanishingPresenter.ActivationName(t, group.Key);
            s.LineWidth = 2;
            if (group.Key == "sigmoid")
            {
                var first = ordered[0];
                double[] xs = ordered.Select(r => (double)r.Config.Depth).ToArray();
                var b = plot.Add.Scatter(xs, xs.Select(k => LearningOutput.Log10(first.GradNormsAtInit[0]) + (k - first.Config.Depth) * Math.Log10(0.25)).ToArray(), LabStyle.Palette[4]);
                b.LinePattern = LinePattern.Dashed;
                b.MarkerSize = 0;
                b.LegendText = t["vanishing.legend.boundFromShallowest"];
            }
        }
        LearningOutput.Log10Y(plot, t.Numbers);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    /// <summary>Training loss (or accuracy) per epoch of the deepest nets, with the shallowest sigmoid net dashed.</summary>
    public static Plot Curves(TextCatalog t, IReadOnlyList<TrainingSummary> runs, TrainingSummary? shallowSigmoid, bool accuracy)
    {
        int depth = runs[0].Config.Depth;
        string layers = t.Count("unit.hiddenLayer", depth);
        var plot = accuracy
            ? LearningOutput.NewPlot(t, t.Format("vanishing.figure.accuracy.title", ("layers", layers)), t["vanishing.figure.epoch.x"], t["vanishing.figure.accuracy.y"])
            : LearningOutput.NewPlot(t, t.Format("vanishing.figure.loss.title", ("layers", layers)), t["vanishing.figure.epoch.x"], t["vanishing.figure.loss.y"]);
        int color = 0;
        var sigmoidColor = LabStyle.Palette[Math.Max(0, runs.ToList().FindIndex(r => r.Config.Activation == "sigmoid")) % LabStyle.Palette.Length];
        string Label(TrainingSummary r) => t.Format("vanishing.legend.run", ("activation", VanishingPresenter.ActivationName(t, r.Config.Activation)),
            ("layers", t.Count("unit.layer", r.Config.Depth)));
        foreach (var r in runs)
        {
            double[] xs = r.Epochs.Select(e => (double)e.Epoch).ToArray();
            var s = plot.Add.Scatter(xs, r.Epochs.Select(e => accuracy ? e.Accuracy : e.Loss).ToArray(), LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = Label(r);
            s.LineWidth = 2;
            s.MarkerSize = 3;
        }
        if (shallowSigmoid is not null)
        {
            // the same activation, few layers: it learns, so the flat deep curve is the depth's doing
            double[] xs = shallowSigmoid.Epochs.Select(e => (double)e.Epoch).ToArray();
            var s = plot.Add.Scatter(xs, shallowSigmoid.Epochs.Select(e => accuracy ? e.Accuracy : e.Loss).ToArray(), sigmoidColor);
            s.LegendText = Label(shallowSigmoid);
            s.LineWidth = 2;
            s.MarkerSize = 0;
            s.LinePattern = LinePattern.Dashed;
        }
        var reference = plot.Add.HorizontalLine(accuracy ? 0.5 : Math.Log(2), 1.5f, LabStyle.Palette[4], LinePattern.Dashed);
        reference.LegendText = accuracy ? t.Format("vanishing.legend.chance", ("share", t.Numbers.Percent(0.5, 0))) : "ln 2";
        if (accuracy) plot.Axes.SetLimitsY(0.3, 1.05);
        plot.ShowLegend(accuracy ? Alignment.LowerRight : Alignment.UpperRight);
        return plot;
    }

    /// <summary>Final training accuracy against depth, per activation.</summary>
    public static Plot AccuracyByDepth(TextCatalog t, IReadOnlyList<TrainingSummary> runs)
    {
        var plot = LearningOutput.NewPlot(t, t["vanishing.figure.byDepth.title"], t["vanishing.figure.depth.x"], t["vanishing.figure.byDepth.y"]);
        int color = 0;
        foreach (var group in runs.GroupBy(r => r.Config.Activation))
        {
            var ordered = group.OrderBy(r => r.Config.Depth).ToArray();
            var s = plot.Add.Scatter(ordered.Select(r => (double)r.Config.Depth).ToArray(), ordered.Select(r => r.FinalAccuracy).ToArray(),
                LabStyle.Palette[color++ % LabStyle.Palette.Length]);
            s.LegendText = VanishingPresenter.ActivationName(t, group.Key);
            s.LineWidth = 2;
            s.MarkerSize = Math.Max(4, 12 - 3 * (color - 1)); // earlier series larger, so equal accuracies stay visible
        }
        var chance = plot.Add.HorizontalLine(0.5, 1.5f, LabStyle.Palette[4], LinePattern.Dashed);
        chance.LegendText = t.Format("vanishing.legend.chance", ("share", t.Numbers.Percent(0.5, 0)));
        plot.Axes.SetLimitsY(0.3, 1.05);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }
}
