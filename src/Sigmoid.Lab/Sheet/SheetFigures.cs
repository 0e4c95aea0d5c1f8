using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Sheet;

/// <summary>One figure of the sheet: which part it answers, its file name, and how to draw it in a language.</summary>
/// <param name="Name">File name without extension (ASCII), e.g. <c>sigmoid-and-derivative</c>.</param>
/// <param name="Part">The sheet's letter it illustrates.</param>
/// <param name="TitleKey">The resource key of the figure's title (see <see cref="TextCatalog"/>).</param>
/// <param name="Draw">Builds the plot (already styled by <see cref="LabStyle"/>) in a language.</param>
public sealed record SheetFigure(string Name, string Part, string TitleKey, Func<Language, Plot> Draw)
{
    /// <summary>The figure's title in <paramref name="language"/>.</summary>
    public string Title(Language language) => TextCatalog.For(language)[TitleKey];
}

/// <summary>
/// The figures of parts б, в, д, е, ё, ж, и and к, every value computed by the library (in double unless the figure
/// is about float). Each is drawn through
/// <see cref="LabStyle"/> with titles, axis labels and legends in English or Russian.
/// </summary>
public static class SheetFigures
{
    /// <summary>ё: σ(t) and σ′(t) on one figure.</summary>
    public static SheetFigure SigmoidAndDerivative { get; } = new("sigmoid-and-derivative", "ё",
        "figure.sigmoidAndDerivative.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), SigmoidAndDerivative!.Title(lang), "t", T(lang, "figure.axis.value"));
            double[] t = Range(-8, 8, 801);
            LabStyle.AddHorizontalReference(plot, 0);
            LabStyle.AddHorizontalReference(plot, 1);
            LabStyle.AddHorizontalReference(plot, 0.25);
            LabStyle.AddLine(plot, t, Map(t, Logistic.Sigmoid), 0, "σ(t) = 1 / (1 + e⁻ᵗ)");
            LabStyle.AddLine(plot, t, Map(t, Logistic.SigmoidDerivative), 1, "σ′(t) = σ(t)·(1 − σ(t))");
            var peak = plot.Add.Marker(0, Logistic.SigmoidDerivative(0.0), MarkerShape.FilledCircle, 9, LabStyle.Palette[LabStyle.Highlight]);
            peak.LegendText = T(lang, "figure.sigmoidAndDerivative.peak");
            plot.Axes.SetLimits(-8, 8, -0.08, 1.08);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        });

    /// <summary>ж: σ(t), σ(10t), σ(100t), σ(1000t) against the unit step.</summary>
    public static SheetFigure Steepening { get; } = new("steepening", "ж",
        "figure.steepening.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), Steepening!.Title(lang), "t", "σ(k·t)");
            // Uniform points plus a fine mesh near 0, where σ(1000t) rises over a width of about 0.01.
            double[] t = Range(-3, 3, 1201).Concat(Range(-0.05, 0.05, 1001)).Distinct().Order().ToArray();
            int[] ks = [1, 10, 100, 1000];
            for (int i = 0; i < ks.Length; i++)
            {
                int k = ks[i];
                LabStyle.AddLine(plot, t, Map(t, x => Logistic.Sigmoid(k * x)), i, k == 1 ? "σ(t)" : $"σ({k}·t)", width: 4 - 0.5f * i);
            }
            // The step goes on top, dashed, so that σ(1000t) underneath it stays visible.
            LabStyle.AddLine(plot, [-3, 0, 0, 3], [0, 0, 1, 1], LabStyle.Reference,
                T(lang, "figure.steepening.step"), width: 2, dashed: true);
            plot.Axes.SetLimits(-3, 3, -0.08, 1.08);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        });

    /// <summary>ж, zoomed: t ∈ [−0.05, 0.05], where σ(1000t) is still a smooth S of width 2·logit(0.99)/1000 ≈ 0.0092.</summary>
    public static SheetFigure SteepeningZoom { get; } = new("steepening-zoom", "ж",
        "figure.steepeningZoom.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), SteepeningZoom!.Title(lang), "t", "σ(k·t)");
            double[] t = Range(-0.05, 0.05, 2001);
            // σ(t) and σ(10t) are nearly flat at this scale; the two steep curves are the point (same colours as ж).
            LabStyle.AddLine(plot, t, Map(t, x => Logistic.Sigmoid(100 * x)), 2, "σ(100·t)", width: 3);
            LabStyle.AddLine(plot, t, Map(t, x => Logistic.Sigmoid(1000 * x)), 3, "σ(1000·t)", width: 3);
            LabStyle.AddLine(plot, [-0.05, 0, 0, 0.05], [0, 0, 1, 1], LabStyle.Reference,
                T(lang, "figure.steepening.step"), width: 2, dashed: true);
            // The band where σ(1000t) climbs from 0.01 to 0.99: |t| ≤ logit(0.99)/1000.
            double half = Logistic.Logit(0.99) / 1000;
            var band = plot.Add.Rectangle(-half, half, -0.08, 1.08);
            band.FillStyle.Color = LabStyle.Palette[LabStyle.Highlight].WithAlpha(0.15);
            band.LineStyle.Width = 0;
            string width = NumberText.For(lang).Fixed(2 * half, 4);
            var n = NumberText.For(lang);
            band.LegendText = $"{n.Number(0.01)} → {n.Number(0.99)}: Δt ≈ {width}";
            plot.Axes.SetLimits(-0.05, 0.05, -0.08, 1.08);
            plot.ShowLegend(Alignment.LowerRight);
            return plot;
        });

    /// <summary>в: in float, σ(1 − σ) collapses to exactly 0 where σ rounds to 1, while the library's σ′ does not (log scale).</summary>
    public static SheetFigure ProductCollapse { get; } = new("product-collapse", "в",
        "figure.productCollapse.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), ProductCollapse!.Title(lang), "t", T(lang, "figure.productCollapse.y"));
            var f = NumberFormat.Float;
            double[] t = Range(0, 20, 4001);
            double Product(double x) { double s = f.Sigmoid(x); return f.Mul(s, f.Sub(1.0, s)); }
            double[] kept = t.Where(x => Product(x) > 0).ToArray();
            LabStyle.AddLine(plot, t, Map(t, x => Math.Log10(f.SigmoidDerivative(x))), 0, T(lang, "figure.productCollapse.library"), width: 4);
            LabStyle.AddLine(plot, kept, Map(kept, x => Math.Log10(Product(x))), 1, T(lang, "figure.productCollapse.product"), width: 2);
            double collapse = SheetProperties.Thresholds(f).RoundsToOne.T;
            LabStyle.AddVerticalReference(plot, collapse);
            var text = plot.Add.Text($"t = {NumberText.For(lang).Shortest((float)collapse)}: σ = 1", collapse, -1.5);
            text.LabelFontSize = LabStyle.TickSize;
            text.LabelFontName = LabStyle.FontName;
            text.LabelFontColor = LabStyle.Palette[LabStyle.Reference];
            text.LabelAlignment = Alignment.UpperRight;
            plot.Axes.SetLimits(0, 20, -9, 0);
            plot.ShowLegend(Alignment.LowerLeft);
            return plot;
        });

    /// <summary>к: behind a sigmoid one step can move two weights only both up or both down; the optimum may need (+, −).</summary>
    public static SheetFigure UpdateQuadrants { get; } = new("update-quadrants", "к",
        "figure.updateQuadrants.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), UpdateQuadrants!.Title(lang), "Δw₁", "Δw₂");
            var allowed = LabStyle.Palette[2].WithAlpha(0.16);
            foreach (var (x1, x2, y1, y2) in new[] { (0.0, 1.3, 0.0, 1.3), (-1.3, 0.0, -1.3, 0.0) })
            {
                var r = plot.Add.Rectangle(x1, x2, y1, y2);
                r.FillStyle.Color = allowed;
                r.LineStyle.Width = 0;
            }
            LabStyle.AddHorizontalReference(plot, 0);
            LabStyle.AddVerticalReference(plot, 0);
            Label(plot, T(lang, "figure.updateQuadrants.up"), 0.65, 1.15, LabStyle.Palette[2]);
            Label(plot, T(lang, "figure.updateQuadrants.down"), -0.65, -1.15, LabStyle.Palette[2]);
            // Needed: w₁ up, w₂ down (towards the optimum). Taken: alternating steps from the two allowed quadrants.
            var needed = plot.Add.Arrow(new Coordinates(0, 0), new Coordinates(1.0, -0.6));
            needed.ArrowFillColor = LabStyle.Palette[0];
            needed.ArrowLineColor = LabStyle.Palette[0];
            needed.ArrowWidth = 5;
            needed.LegendText = T(lang, "figure.updateQuadrants.needed");
            double[] zx = [0, 0.55, 0.5, 0.95, 0.92];
            double[] zy = [0, 0.12, -0.36, -0.26, -0.62];
            var path = LabStyle.AddLine(plot, zx, zy, 1, T(lang, "figure.updateQuadrants.steps"), width: 2.5f);
            path.MarkerSize = 8;
            plot.Axes.SetLimits(-1.3, 1.3, -1.3, 1.3);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        });

    /// <summary>б: σ(t) beside 1 − σ(−t) (and the mirror image σ(−t)).</summary>
    public static SheetFigure Symmetry { get; } = new("symmetry", "б",
        "figure.symmetry.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), Symmetry!.Title(lang), "t", T(lang, "figure.axis.value"));
            double[] t = Range(-8, 8, 801);
            LabStyle.AddHorizontalReference(plot, 0.5);
            LabStyle.AddVerticalReference(plot, 0);
            LabStyle.AddLine(plot, t, Map(t, x => Logistic.Sigmoid(-x)), 2, "σ(−t)", width: 2);
            LabStyle.AddLine(plot, t, Map(t, Logistic.Sigmoid), 0, "σ(t)", width: 7);
            LabStyle.AddLine(plot, t, Map(t, x => 1 - Logistic.Sigmoid(-x)), 1, "1 − σ(−t)", width: 2.5f, dashed: true);
            plot.Axes.SetLimits(-8, 8, -0.08, 1.08);
            plot.ShowLegend(Alignment.MiddleLeft);
            return plot;
        });

    /// <summary>д: the inverse function logit(p) = ln(p / (1 − p)) on (0, 1).</summary>
    public static SheetFigure Logit { get; } = new("logit", "д",
        "figure.logit.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), Logit!.Title(lang), T(lang, "figure.logit.x"),
                T(lang, "figure.logit.y"));
            double[] p = Range(1e-4, 1 - 1e-4, 2001);
            LabStyle.AddHorizontalReference(plot, 0);
            LabStyle.AddVerticalReference(plot, 0);
            LabStyle.AddVerticalReference(plot, 1);
            LabStyle.AddLine(plot, p, Map(p, Logistic.Logit), 0, "σ⁻¹(p) = ln(p / (1 − p))");
            var half = plot.Add.Marker(0.5, 0, MarkerShape.FilledCircle, 9, LabStyle.Palette[LabStyle.Highlight]);
            half.LegendText = T(lang, "figure.logit.half");
            plot.Axes.SetLimits(-0.05, 1.05, -8, 8);
            plot.ShowLegend(Alignment.UpperLeft);
            return plot;
        });

    /// <summary>е: ln σ(t) and its derivative σ(−t).</summary>
    public static SheetFigure LogSigmoid { get; } = new("log-sigmoid", "е",
        "figure.logSigmoid.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), LogSigmoid!.Title(lang), "t", T(lang, "figure.axis.value"));
            double[] t = Range(-6, 6, 601);
            LabStyle.AddHorizontalReference(plot, 0);
            LabStyle.AddHorizontalReference(plot, 1);
            LabStyle.AddLine(plot, t, t, LabStyle.Reference, T(lang, "figure.logSigmoid.asymptote"),
                width: 1.5f, dashed: true);
            LabStyle.AddLine(plot, t, Map(t, Logistic.LogSigmoid), 0, "ln σ(t)");
            LabStyle.AddLine(plot, t, Map(t, x => Logistic.Sigmoid(-x)), 1, "[ln σ(t)]′ = σ(−t)");
            plot.Axes.SetLimits(-6, 6, -6.5, 1.5);
            plot.ShowLegend(Alignment.LowerRight);
            return plot;
        });

    /// <summary>и: the bound (max σ′)ⁿ = 4⁻ⁿ on the σ′ factors a gradient picks up through n sigmoid layers (log scale; the weights' norms multiply it).</summary>
    public static SheetFigure LayerBound { get; } = new("layer-bound", "и",
        "figure.layerBound.title", lang =>
        {
            var plot = LabStyle.NewPlot(NumberText.For(lang), LayerBound!.Title(lang), T(lang, "figure.layerBound.x"), "log₁₀ (σ′(0))ⁿ");
            double max = Logistic.SigmoidDerivative(0.0);
            double[] n = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
            double epsilon = Math.Log10(Math.ScaleB(1.0, -23));
            LabStyle.AddHorizontalReference(plot, epsilon);
            var text = plot.Add.Text(T(lang, "figure.layerBound.epsilon"), 14, epsilon);
            text.LabelFontSize = LabStyle.TickSize;
            text.LabelFontName = LabStyle.FontName;
            text.LabelFontColor = LabStyle.Palette[LabStyle.Reference];
            text.LabelAlignment = Alignment.LowerLeft;
            var line = LabStyle.AddLine(plot, n, Map(n, k => Math.Log10(Math.Pow(max, k))), 1, $"(σ′(0))ⁿ = {NumberText.For(lang).Number(0.25)}ⁿ");
            line.MarkerSize = 8;
            plot.Axes.SetLimits(0.5, 20.5, -13, 0.5);
            plot.ShowLegend(Alignment.UpperRight);
            return plot;
        });

    /// <summary>Every sheet figure, in the order of <c>sigmoid plot</c>.</summary>
    public static IReadOnlyList<SheetFigure> All { get; } =
        [SigmoidAndDerivative, Steepening, SteepeningZoom, Symmetry, ProductCollapse, Logit, LogSigmoid, LayerBound, UpdateQuadrants];

    /// <summary>The figures illustrating part <paramref name="part"/> (may be empty).</summary>
    public static IEnumerable<SheetFigure> ForPart(string part) => All.Where(f => f.Part == part);

    private static string T(Language language, string key) => TextCatalog.For(language)[key];

    private static void Label(Plot plot, string text, double x, double y, Color color)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = LabStyle.LabelSize;
        label.LabelFontName = LabStyle.FontName;
        label.LabelFontColor = color;
        label.LabelBold = true;
        label.LabelAlignment = Alignment.MiddleCenter;
    }

    private static double[] Range(double from, double to, int points) =>
        Enumerable.Range(0, points).Select(i => from + (to - from) * i / (points - 1)).ToArray();

    private static double[] Map(double[] xs, Func<double, double> f) => xs.Select(f).ToArray();
}
