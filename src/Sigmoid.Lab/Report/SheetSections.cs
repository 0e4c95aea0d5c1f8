using System.Globalization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Sheet;
using static Sigmoid.Lab.Report.MathMl;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Parts а–ж of the report: each question in the project's own words, then the solution — the derivation step by
/// step in MathML, the numbers <see cref="SheetProperties"/> computed on the library in float and double, the
/// figures, and a short explanation, in English or Russian.
/// </summary>
public sealed class SheetSections
{
    private readonly Language _lang;
    private readonly SheetProps _f;
    private readonly SheetProps _d;
    private readonly NumberText _n;

    /// <summary>Sections in <paramref name="language"/> from the float and double results.</summary>
    public SheetSections(Language language, SheetProps floatProps, SheetProps doubleProps)
    {
        _lang = language;
        _n = NumberText.For(language);
        _f = floatProps ?? throw new ArgumentNullException(nameof(floatProps));
        _d = doubleProps ?? throw new ArgumentNullException(nameof(doubleProps));
    }

    /// <summary>
    /// The text <paramref name="key"/> of the resources in the report's language with its placeholders filled,
    /// code marks (<c>`float`</c>) kept for the page to render as <c>&lt;code&gt;</c>.
    /// </summary>
    private string T(string key, params (string Name, object? Value)[] args)
    {
        string text = TextCatalog.For(_lang).Raw(key);
        foreach (var (name, value) in args)
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="x"/> in the report's language (<see cref="NumberText"/>): <c>"G"</c>+n for n significant digits
    /// (0.0185117 / 0,0185117, 1.19209·10⁻⁷), <c>"F"</c>+n for n decimals.
    /// </summary>
    internal static string G(NumberText n, double x, string format = "G6")
    {
        int digits = int.Parse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
        return format[0] == 'F' ? n.Fixed(x, digits) : n.Number(x, digits);
    }

    private string G(double x, string format = "G6") => G(_n, x, format);

    /// <summary>Every digit of a <c>float</c> result, in the report's language.</summary>
    private string F(double x) => _n.Shortest((float)x);

    /// <summary>Every digit of a <c>double</c> result, in the report's language.</summary>
    private string D(double x) => _n.Shortest(x);

    /// <summary>Every digit of a value of <paramref name="format"/>, in the report's language.</summary>
    private string Exact(NumberFormat format, double x) => format == NumberFormat.Float ? F(x) : D(x);

    /// <summary>A whole number with the language's thousands separator: 81,921 in English, 81 921 (no-break space) in Russian.</summary>
    internal static string Count(double x, Language language) => NumberText.For(language).Integer((long)Math.Round(x));

    private string Ulp(double x) => (x < 100 ? G(x, "G3") : Count(x, _lang)) + " ULP";

    /// <summary>A number for a sentence: 4 significant digits, and below 10⁻³ as m·10ᵉ with 2 digits (6.5·10⁻⁶), never E-notation.</summary>
    private string Prose(double x) =>
        x != 0 && double.IsFinite(x) && (Math.Abs(x) < 1e-3 || Math.Abs(x) >= 1e6) ? _n.Scientific(x, 2) : _n.Number(x, 4);

    private string T(double t) => double.IsPositiveInfinity(t) ? "+∞" : G(t);

    /// <summary>The figure of the sheet called <paramref name="figure"/>, drawn in the report's language as PNG, desktop and phone size.</summary>
    public FigureBlock Figure(SheetFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var plot = LabStyle.WithoutTitle(figure.Draw(_lang));
        return new FigureBlock(TextCatalog.For(_lang).Raw(figure.TitleKey), FigureFormat.Png.MimeType(), LabStyle.Render(plot, FigureFormat.Png), LabStyle.RenderPhonePng(plot));
    }

    private static MathNode Sigma(object argument) => Row("σ", Paren(argument));

    private static readonly MathNode ExpMinusT = Sup("e", "−t");

    private static readonly MathNode ExpT = Sup("e", "t");

    /// <summary>Part а: limits at ±∞ and where σ saturates in float and double.</summary>
    public ReportSection PartA()
    {
        var values = _f.Limits.Values.Zip(_d.Limits.Values, (f, d) => (IReadOnlyList<string>)[T(f.T), F(f.Sigma), D(d.Sigma)]).ToArray();
        var thresholds = _f.Limits.Thresholds.SelectMany(th =>
        {
            var nf = NumberFormat.Parse(th.Type)!;
            return new IReadOnlyList<string>[]
            {
                [T("report.sheet.partA.1", ("p0", th.Type)), Exact(nf, th.RoundsToOne.T), th.RoundsToOne.Bits],
                [T("report.sheet.partA.2", ("p0", th.Type)), Exact(nf, th.RoundsToZero.T), th.RoundsToZero.Bits],
            };
        }).ToArray();
        var one = _f.Limits.Thresholds[0].RoundsToOne;
        var zero = _f.Limits.Thresholds[0].RoundsToZero;
        return new("part-а", T("report.sheet.partA.3"),
            T("report.sheet.partA.4"),
        [
            new FormulaBlock(Lines(
                Row(Sigma("t"), " = ", Frac("1", Row("1 + ", ExpMinusT))),
                Row("t → +∞ :", Space(0.5), ExpMinusT, " → 0 ⇒ ", Sigma("t"), " → 1"),
                Row("t → −∞ :", Space(0.5), ExpMinusT, " → +∞ ⇒ ", Sigma("t"), " → 0"))),
            new TableBlock(T("report.sheet.partA.5"), ["t", "`float`", "`double`"], values),
            new TableBlock(T("report.sheet.partA.6"),
                ["", T("report.sheet.partA.7"), T("report.sheet.partA.8")], thresholds),
            new TextBlock(T("report.sheet.partA.9", ("p0", F(one.T)), ("p1", F(one.Neighbour)), ("p2", F(one.SigmaAtNeighbour)), ("p3", F(zero.T)))),
        ]);
    }

    /// <summary>Part б: σ(−t) = 1 − σ(t), with the error of 1 − σ(t) in ULPs.</summary>
    public ReportSection PartB()
    {
        var worst = _f.Symmetry.MaxUlpPositive;
        return new("part-б", T("report.sheet.partB.1"),
            T("report.sheet.partB.2"),
        [
            new FormulaBlock(Steps(
                (Sigma("−t"), "=", Frac("1", Row("1 + ", ExpT))),
                ("", "=", Frac(Row("1 + ", ExpT, " − ", ExpT), Row("1 + ", ExpT))),
                ("", "=", Row("1 − ", Frac(ExpT, Row("1 + ", ExpT)))),
                ("", "=", Row("1 − ", Sigma("t"))))),
            new TableBlock(T("report.sheet.partB.3", ("p0", Count(_f.Grid.Points, _lang))),
                ["", "`float`", "`double`"],
                [
                    [T("report.sheet.partB.4"), Ulp(_f.Symmetry.MaxUlpNonPositive.Value), Ulp(_d.Symmetry.MaxUlpNonPositive.Value)],
                    [T("report.sheet.partB.5"), Ulp(_f.Symmetry.MaxUlpPositive.Value), Ulp(_d.Symmetry.MaxUlpPositive.Value)],
                    [T("report.sheet.partB.6"), G(_f.Symmetry.MaxUlpPositive.AtT), G(_d.Symmetry.MaxUlpPositive.AtT)],
                    [T("report.sheet.partB.7"), G(_f.Symmetry.MaxAbs.Value), G(_d.Symmetry.MaxAbs.Value)],
                ]),
            Figure(SheetFigures.Symmetry),
            new TextBlock(T("report.sheet.partB.8", ("p0", Ulp(_f.Symmetry.MaxUlpNonPositive.Value)), ("p1", Ulp(worst.Value)), ("p2", G(worst.AtT)))),
        ]);
    }

    /// <summary>Part в: σ′ = σ(1 − σ), and where the product form breaks down.</summary>
    public ReportSection PartV()
    {
        var bf = _f.Derivative.Breakdown;
        var bd = _d.Derivative.Breakdown;
        var fraction = Frac(ExpT, Row("1 + ", ExpT));
        return new("part-в", T("report.sheet.partV.1"),
            T("report.sheet.partV.2"),
        [
            new FormulaBlock(Steps(
                (Row("σ′", Paren("t")), "=", Sup(Paren(fraction), "′")),
                ("", "=", Row(fraction, " − ", Frac(ExpT, Sup(Paren("1 + ", ExpT), "2")), "·", ExpT)),
                ("", "=", Row(fraction, "·", Paren("1 − ", fraction))),
                ("", "=", Row(Sigma("t"), "·", Paren("1 − ", Sigma("t")))),
                ("", "=", Row(Sigma("t"), "·", Sigma("−t"))))),
            new TableBlock(T("report.sheet.partV.3"),
                ["", "`float`", "`double`"],
                [
                    [T("report.sheet.partV.4"), Ulp(_f.Derivative.MaxUlpNonPositive.Value), Ulp(_d.Derivative.MaxUlpNonPositive.Value)],
                    [T("report.sheet.partV.5"), Ulp(_f.Derivative.MaxUlpPositive.Value), Ulp(_d.Derivative.MaxUlpPositive.Value)],
                    [T("report.sheet.partV.6"), F(bf.T), D(bd.T)],
                    [T("report.sheet.partV.7"), F(bf.Derivative), D(bd.Derivative)],
                ]),
            Figure(SheetFigures.ProductCollapse),
            new TextBlock(T("report.sheet.partV.8", ("p0", F(bf.T)), ("p1", Prose(bf.Derivative)), ("p2", D(bd.T)))),
        ]);
    }

    /// <summary>Part г: σ(0) and σ′(0).</summary>
    public ReportSection PartG() => new("part-г", T("report.sheet.partG.1"),
        T("report.sheet.partG.2"),
    [
        new FormulaBlock(Steps(
            (Sigma("0"), "=", Row(Frac("1", Row("1 + ", Sup("e", "0"))), " = ", Frac("1", "2"))),
            (Row("σ′", Paren("0")), "=", Row(Sigma("0"), "·", Paren("1 − ", Sigma("0")), " = ", Frac("1", "2"), "·", Frac("1", "2"), " = ", Frac("1", "4"))))),
        new TableBlock(T("report.sheet.partG.3"), ["", "`float`", "`double`"],
        [
            ["σ(0)", F(_f.AtZero.Sigma), D(_d.AtZero.Sigma)],
            ["σ′(0)", F(_f.AtZero.Derivative), D(_d.AtZero.Derivative)],
        ]),
        new TextBlock(T("report.sheet.partG.4")),
    ]);

    /// <summary>Part д: the inverse function (logit) and its round trip.</summary>
    public ReportSection PartD()
    {
        var nonPositive = _f.Logit.NonPositive;
        var ratio = Frac("y", Row("1 − y"));
        return new("part-д", T("report.sheet.partD.1"),
            T("report.sheet.partD.2"),
        [
            new FormulaBlock(Steps(
                ("y", "=", Frac("1", Row("1 + ", ExpMinusT))),
                (ExpMinusT, "=", Row(Frac("1", "y"), " − 1 = ", Frac("1 − y", "y"))),
                ("−t", "=", Row("ln ", Frac("1 − y", "y"))),
                ("t", "=", Row("ln ", ratio)),
                (Row(Sup("σ", "−1"), Paren("y")), "=", Row("ln ", ratio, " = ", T("report.sheet.partD.3"), Paren("y"))))),
            new TableBlock(T("report.sheet.partD.4"),
                ["", "`float`", "`double`"],
                [
                    [T("report.sheet.partD.5"), G(_f.Logit.NonPositive.MaxAbs.Value), G(_d.Logit.NonPositive.MaxAbs.Value)],
                    [T("report.sheet.partD.6"), G(_f.Logit.NonPositive.MaxRel.Value), G(_d.Logit.NonPositive.MaxRel.Value)],
                    [T("report.sheet.partD.7"), G(_f.Logit.NonPositive.MaxRel.AtT), G(_d.Logit.NonPositive.MaxRel.AtT)],
                    [T("report.sheet.partD.8"), G(_f.Logit.Positive.MaxAbs.Value), G(_d.Logit.Positive.MaxAbs.Value)],
                    [T("report.sheet.partD.9"), G(_f.Logit.Positive.MaxRel.Value), G(_d.Logit.Positive.MaxRel.Value)],
                    [T("report.sheet.partD.10"), F(_f.Logit.InfiniteFrom), D(_d.Logit.InfiniteFrom)],
                ]),
            Figure(SheetFigures.Logit),
            new TextBlock(T("report.sheet.partD.11", ("p0", Prose(nonPositive.MaxAbs.Value)), ("p1", Prose(nonPositive.MaxRel.Value)), ("p2", Prose(nonPositive.MaxRel.AtT)), ("p3", Prose(_f.Logit.Positive.MaxAbs.Value)), ("p4", F(_f.Logit.InfiniteFrom)))),
        ]);
    }

    /// <summary>Part е: [ln σ]′ = σ(−t), checked by central differences.</summary>
    public ReportSection PartE() => new("part-е", T("report.sheet.partE.1"),
        T("report.sheet.partE.2"),
    [
        new FormulaBlock(Steps(
            (Sup(Row("[ln ", Sigma("t"), "]"), "′"), "=", Frac(Row("σ′", Paren("t")), Sigma("t"))),
            ("", "=", Frac(Row(Sigma("t"), "·", Paren("1 − ", Sigma("t"))), Sigma("t"))),
            ("", "=", Row("1 − ", Sigma("t"))),
            ("", "=", Sigma("−t")))),
        new TableBlock(T("report.sheet.partE.3"),
            ["", "`float`", "`double`"],
            [
                ["h", G(_f.LogDerivative.Step), G(_d.LogDerivative.Step)],
                [T("report.sheet.partE.4"), G(_f.LogDerivative.Error.MaxAbs.Value), G(_d.LogDerivative.Error.MaxAbs.Value)],
                [T("report.sheet.partE.5"), G(_f.LogDerivative.Error.MaxRel.Value), G(_d.LogDerivative.Error.MaxRel.Value)],
            ]),
        Figure(SheetFigures.LogSigmoid),
        new TextBlock(T("report.sheet.partE.6")),
    ]);

    /// <summary>Part ё: the plots of σ and σ′.</summary>
    public ReportSection PartYo()
    {
        double[] ts = [0, 2, 5, 10];
        return new("part-ё", T("report.sheet.partYo.1"),
            T("report.sheet.partYo.2"),
        [
            new FormulaBlock(Lines(
                Row(Sigma("t"), " = ", Frac("1", Row("1 + ", ExpMinusT))),
                Row("σ′", Paren("t"), " = ", Sigma("t"), "·", Sigma("−t")))),
            new TableBlock(T("report.sheet.partYo.3"), ["t", "σ(t)", "σ′(t)"],
                ts.Select(t => (IReadOnlyList<string>)[G(t), G(Logistic.Sigmoid(t), "G8"), G(Logistic.SigmoidDerivative(t), "G8")]).ToArray()),
            Figure(SheetFigures.SigmoidAndDerivative),
            new TextBlock(T("report.sheet.partYo.4")),
        ]);
    }

    /// <summary>Part ж: σ(kt) approaching the unit step, with a zoom showing σ(1000t) is still smooth.</summary>
    public ReportSection PartZh()
    {
        int[] ks = [1, 10, 100, 1000];
        double rise = 2 * Logistic.Logit(0.99);
        var kt = Row("k", "t");
        return new("part-ж", T("report.sheet.partZh.1"),
            T("report.sheet.partZh.2"),
        [
            new FormulaBlock(Lines(
                Row(Under("lim", "k → ∞"), Space(0.2), Sigma(kt), " = 0", Space(0.3), Text(T("report.sheet.partZh.for")), Space(0.3), "t < 0"),
                Row(Under("lim", "k → ∞"), Space(0.2), Sigma(kt), " = 1", Space(0.3), Text(T("report.sheet.partZh.for")), Space(0.3), "t > 0"),
                Row(Sigma(Row("k", "·0")), " = ", Frac("1", "2"), Space(0.3), Text(T("report.sheet.partZh.everyK"))),
                Row(Frac("d", Row("d", "t")), Sigma(kt), " = k·σ′", Paren(kt), ",", Space(0.5), "k·σ′", Paren("0"), " = ", Frac("k", "4")),
                Row(Sub("Δt", $"{G(0.01)} → {G(0.99)}"), " = ", Frac(Row("2·", T("report.sheet.partZh.5"), Paren(G(0.99))), "k"), " ≈ ", Frac(G(rise, "G3"), "k")))),
            new TableBlock(T("report.sheet.partZh.6"),
                ["k", T("report.sheet.partZh.7"), T("report.sheet.partZh.8"), $"σ(k·{G(0.1)})"],
                ks.Select(k => (IReadOnlyList<string>)[G(k), G(k * Logistic.SigmoidDerivative(0.0)), G(rise / k), G(Logistic.Sigmoid(k * 0.1), "G8")]).ToArray()),
            Figure(SheetFigures.Steepening),
            Figure(SheetFigures.SteepeningZoom),
            new TextBlock(T("report.sheet.partZh.9", ("p0", G(rise / 1000, "G2")))),
        ]);
    }
}
