using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Lab.Report;

/// <summary>
/// The two sections on σ's family beyond the sheet: σ as the logistic distribution's distribution function (part а's
/// remark: a histogram of 10⁵ draws against σ′, and their maximum-likelihood fit), and SiLU as a remedy for the
/// vanishing gradient (part и). Numbers come from the library; prose from the language's resources.
/// </summary>
public sealed class FamilySections
{
    private readonly Language _lang;
    private readonly TextCatalog _t;

    /// <summary>Sections in <paramref name="language"/>.</summary>
    public FamilySections(Language language)
    {
        _lang = language;
        _t = TextCatalog.For(language);
    }

    private FigureBlock Figure(SheetFigure figure) =>
        Figure(_t.Raw(figure.TitleKey), LabStyle.WithoutTitle(figure.Draw(_lang)));

    private static FigureBlock Figure(string caption, ScottPlot.Plot plot) =>
        new(caption, FigureFormat.Png.MimeType(), LabStyle.Render(plot, FigureFormat.Png), LabStyle.RenderPhonePng(plot));

    /// <summary>а′: σ is the distribution function of the logistic distribution.</summary>
    public ReportSection Distribution()
    {
        var s = DistributionFigures.Study;
        var n = _t.Numbers;
        double zMu = (s.FittedLocation - s.TrueLocation) / s.LocationStandardError;
        double zS = (s.FittedScale - s.TrueScale) / s.ScaleStandardError;
        double critical = 1.628 / Math.Sqrt(s.Samples);
        return new("logistic-distribution", _t.Raw("report.distribution.heading"), _t.Raw("report.distribution.question"),
        [
            new FormulaBlock(MathMl.Lines(
                MathMl.Row("F", MathMl.Paren("x"), " = σ", MathMl.Paren(MathMl.Frac("x − μ", "s"))),
                MathMl.Row("f", MathMl.Paren("x"), " = F′", MathMl.Paren("x"), " = ", MathMl.Frac(MathMl.Row("σ′", MathMl.Paren(MathMl.Frac("x − μ", "s"))), "s")),
                MathMl.Row(MathMl.Sup("F", "−1"), MathMl.Paren("p"), " = μ + s·", MathMl.Text("logit"), MathMl.Paren("p")),
                MathMl.Row("E X = μ,", MathMl.Space(0.5), "D X = ", MathMl.Frac(MathMl.Row(MathMl.Sup("s", "2"), MathMl.Sup("π", "2")), "3")))),
            new TableBlock(_t.Format("report.distribution.table", ("n", n.Integer(s.Samples)), ("seed", s.Seed)),
                ["", "μ", "s"],
                [
                    [_t.Raw("report.distribution.true"), n.Number(s.TrueLocation), n.Number(s.TrueScale)],
                    [_t.Raw("report.distribution.fitted"), n.Fixed(s.FittedLocation, 5), n.Fixed(s.FittedScale, 5)],
                    [_t.Raw("report.distribution.standardError"), n.Fixed(s.LocationStandardError, 5), n.Fixed(s.ScaleStandardError, 5)],
                    [_t.Raw("report.distribution.deviation"), n.Fixed(zMu, 2), n.Fixed(zS, 2)],
                ]),
            Figure(DistributionFigures.LogisticSample),
            new TextBlock(_t.Marked("report.distribution.text",
                ("n", n.Integer(s.Samples)), ("mu", n.Fixed(s.FittedLocation, 4)), ("s", n.Fixed(s.FittedScale, 4)),
                ("seMu", n.Fixed(s.LocationStandardError, 4)), ("seS", n.Fixed(s.ScaleStandardError, 4)),
                ("zMu", n.Fixed(Math.Abs(zMu), 2)), ("zS", n.Fixed(Math.Abs(zS), 2)),
                ("ks", n.Fixed(s.KolmogorovDistance, 4)), ("critical", n.Fixed(critical, 4)), ("outside", n.Integer(s.Outside)))),
        ]);
    }

    /// <summary>и′: SiLU, whose slope is not bounded by ¼.</summary>
    public ReportSection Silu()
    {
        var (min, max) = VanishingPresenter.SiluSlopeRange();
        var n = _t.Numbers;
        return new("silu", _t.Raw("report.silu.heading"), _t.Raw("report.silu.question"),
        [
            new FormulaBlock(MathMl.Steps(
                (MathMl.Row(MathMl.Text("SiLU"), MathMl.Paren("x")), "=", "x·σ(x)"),
                (MathMl.Row(MathMl.Text("SiLU′"), MathMl.Paren("x")), "=", "σ(x) + x·σ′(x)"),
                ("", "=", "σ(x)·(1 + x·σ(−x))"),
                (MathMl.Row("σ′", MathMl.Paren("x")), "∈", $"(0{_t.Numbers.ListSeparator}¼]"))),
            new TableBlock(_t.Raw("report.silu.table"), ["", "σ′", "`SiLU′`"],
                [
                    [_t.Raw("report.silu.atZero"), n.Fixed(Logistic.SigmoidDerivative(0.0), 4), n.Fixed(Logistic.Sigmoid(0.0), 4)],
                    [_t.Raw("report.silu.largest"), n.Fixed(0.25, 4), n.Fixed(max, 4)],
                    [_t.Raw("report.silu.least"), "0", n.Fixed(min, 4)],
                    [_t.Raw("report.silu.atFive"), n.Scientific(Logistic.SigmoidDerivative(5.0), 3), n.Fixed(Logistic.Sigmoid(5.0) * (1 + 5 * Logistic.Sigmoid(-5.0)), 4)],
                ]),
            Figure(SiluFigures.Slopes),
            new TextBlock(_t.Marked("report.silu.text", ("max", n.Fixed(max, 4)), ("min", n.Fixed(min, 4)))),
        ]);
    }
}
