using System.Globalization;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Sheet;
using static Sigmoid.Lab.Report.MathMl;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Parts з, и, к and the logistic-regression section: the question, then the solution — the derivation in MathML, a
/// small computation on the library that shows the claim, then the blocks of the learning experiment (or a "not
/// built yet" notice).
/// </summary>
public sealed class NetworkSections
{
    private readonly Language _lang;
    private readonly SheetSections _sheet;
    private readonly SheetProps _f;
    private readonly SheetProps _d;
    private readonly NumberText _n;

    /// <summary>Sections in <paramref name="language"/>; figures are drawn by <paramref name="sheet"/>.</summary>
    public NetworkSections(Language language, SheetSections sheet, SheetProps floatProps, SheetProps doubleProps)
    {
        _lang = language;
        _n = NumberText.For(language);
        _sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
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

    private string G(double x, string format = "G6") => SheetSections.G(_n, x, format);

    /// <summary>Part з: forward and backward through a sigmoid layer.</summary>
    public ReportSection PartZ(IReadOnlyList<ReportBlock> experiment)
    {
        double[] hs = [-4, -1, 0, 2, 6, 20, 40];
        const double upstream = 1.0;
        var rows = hs.Select(h =>
        {
            double o = Logistic.Sigmoid(h);
            return (IReadOnlyList<string>)[G(h), G(o, "G10"), G(Logistic.SigmoidBackwardFromOutput(o, upstream), "G10"),
                G(Logistic.SigmoidBackwardFromInput(h, upstream), "G10")];
        }).ToArray();
        double threshold = _f.Derivative.Breakdown.T;
        var dLdo = Frac("∂L", "∂o");
        return new("part-з", T("report.network.partZ.1"),
            T("report.network.partZ.2"),
        [
            new FormulaBlock(Steps(
                (Row(Text(T("report.network.partZ.3")), Space(0.5), "o"), "=", Row("σ", Paren("h"))),
                (Row(Text(T("report.network.partZ.4")), Space(0.5), Frac("∂L", "∂h")), "=", Row("σ′", Paren("h"), "·", dLdo)),
                ("", "=", Row("σ", Paren("h"), "·", Paren("1 − σ", Paren("h")), "·", dLdo)),
                ("", "=", Row("o", Paren("1 − o"), "·", dLdo)))),
            new TableBlock(T("report.network.partZ.5"),
                ["h", "o = σ(h)", T("report.network.partZ.6"), T("report.network.partZ.7")], rows),
            new TextBlock(T("report.network.partZ.8", ("p0", _n.Shortest((float)threshold)))),
            .. experiment,
        ]);
    }

    /// <summary>Part и: the maximum of σ′ and the vanishing gradient.</summary>
    public ReportSection PartI(IReadOnlyList<ReportBlock> experiment)
    {
        int[] layers = [1, 2, 3, 5, 10, 20];
        var dLdx = Frac("∂L", Sub("∂x", "0"));
        var dLdon = Frac("∂L", Sub("∂o", "n"));
        var weight = Sub("W", "k");
        return new("part-и", T("report.network.partI.1"),
            T("report.network.partI.2"),
        [
            new FormulaBlock(Steps(
                (Row("f", Paren("σ")), "=", Row("σ", Paren("1 − σ"), " = σ − ", Sup("σ", "2"))),
                (Row("f′", Paren("σ")), "=", Row("1 − 2σ = 0 ⇒ σ = ", Frac("1", "2"))),
                (Row("σ′", Paren("t")), "=", Row("f", Paren("σ", Paren("t")), " ≤ f", Paren(Frac("1", "2")), " = ", Frac("1", "4"))))),
            new FormulaBlock(Lines(
                Row(Sub("h", "k"), " = ", weight, Sub("o", "k−1"), " + ", Sub("b", "k"), ",", Space(0.5), Sub("o", "k"), " = σ", Paren(Sub("h", "k")), ",", Space(0.5), Sub("o", "0"), " = ", Sub("x", "0")),
                Row(dLdx, " = ", SubSup("W", "1", "T"), Sub("D", "1"), "⋯", SubSup("W", "n", "T"), Sub("D", "n"), dLdon),
                Row(Sub("D", "k"), " = diag σ′", Paren(Sub("h", "k")), ",", Space(0.5), Norm(Sub("D", "k")), " ≤ ", Frac("1", "4")),
                Row(Norm(dLdx), " ≤ ", Big("∏", "k = 1", "n"), Paren(Frac("1", "4"), "·", Norm(weight)), "·", Norm(dLdon)))),
            new TableBlock(T("report.network.partI.3"),
                ["", "`float`", "`double`"],
                [
                    [T("report.network.partI.4"), _n.Shortest((float)_f.MaxDerivative.Value), _n.Shortest(_d.MaxDerivative.Value)],
                    [T("report.network.partI.5"), G(_f.MaxDerivative.T), G(_d.MaxDerivative.T)],
                    [T("report.network.partI.6"), $"[{_n.List([G(_f.MaxDerivative.PlateauFrom), G(_f.MaxDerivative.PlateauTo)])}]",
                        $"[{_n.List([G(_d.MaxDerivative.PlateauFrom), G(_d.MaxDerivative.PlateauTo)])}]"],
                ]),
            new TableBlock(T("report.network.partI.7"),
                [T("report.network.partI.8"), "4⁻ⁿ", T("report.network.partI.9")],
                layers.Select(n => (IReadOnlyList<string>)[G(n), G(_d.MaxDerivative.Powers[n - 1].Bound), SheetSections.Count(Math.Pow(4, n), _lang)]).ToArray()),
            _sheet.Figure(SheetFigures.LayerBound),
            new TextBlock(T("report.network.partI.10") + Overshoot()),
            .. experiment,
        ]);
    }

    /// <summary>A sentence on any format whose computed maximum of σ′ exceeds the true maximum ¼ (else empty).</summary>
    private string Overshoot()
    {
        var over = new[] { _f, _d }.Where(p => p.MaxDerivative.Value > 0.25).ToArray();
        if (over.Length == 0) return "";
        var format = NumberFormat.Parse(over[0].Type)!;
        string value = format == NumberFormat.Float ? _n.Shortest((float)over[0].MaxDerivative.Value) : _n.Shortest(over[0].MaxDerivative.Value);
        double ulps = format.UlpDistance(over[0].MaxDerivative.Value, 0.25);
        return T("report.network.overshoot.1", ("p0", over[0].Type), ("p1", value), ("p2", _n.Integer((long)ulps)));
    }

    /// <summary>Part к: σ is not zero-centred, so gradient descent zig-zags.</summary>
    public ReportSection PartK(IReadOnlyList<ReportBlock> experiment)
    {
        // One sample through a dense layer fed by sigmoid outputs x_i = σ(h_i) > 0: ∂L/∂w_i = δ·x_i for each input i.
        double[] h = [-3, -1.5, -0.2, 0.4, 1.1, 2.5, 4];
        double[] deltas = [-0.7, 0.3];
        var rows = deltas.Select(delta =>
        {
            double[] grads = h.Select(hi => delta * Logistic.Sigmoid(hi)).ToArray();
            int same = grads.Count(g => Math.Sign(g) == Math.Sign(delta));
            return (IReadOnlyList<string>)[G(delta), string.Join("  ", grads.Select(g => G(g, "F3"))), $"{same} / {grads.Length}"];
        }).ToArray();
        var dLdz = Frac("∂L", "∂z");
        return new("part-к", T("report.network.partK.1"),
            T("report.network.partK.2"),
        [
            new FormulaBlock(Steps(
                ("z", "=", Row(Big("∑", "i"), Sub("w", "i"), Sub("x", "i"), " + b,", Space(0.5), Sub("x", "i"), " = σ", Paren(Sub("h", "i")), " > 0")),
                (Frac("∂L", Sub("∂w", "i")), "=", Row(dLdz, "·", Sub("x", "i"))),
                (Row("sign ", Frac("∂L", Sub("∂w", "i"))), "=", Row("sign ", dLdz, Space(0.5), Text(T("report.network.partK.3")))))),
            new TableBlock(T("report.network.partK.4", ("p0", _n.List(h.Select(x => G(x))))),
                ["δ = ∂L/∂z", "∂L/∂wᵢ", T("report.network.partK.5")], rows),
            _sheet.Figure(SheetFigures.UpdateQuadrants),
            new TextBlock(T("report.network.partK.6")),
            .. experiment,
        ]);
    }

    /// <summary>Logistic regression: σ as P(y = 1 | x) under log-loss (promised in part а).</summary>
    public ReportSection LogisticRegression(IReadOnlyList<ReportBlock> experiment)
    {
        double[] zs = [-4, 0, 4];
        var rows = zs.SelectMany(z => new[] { 0.0, 1.0 }.Select(y => (IReadOnlyList<string>)[G(z), G(y),
            G(Logistic.BinaryCrossEntropyWithLogits(z, y), "G8"), G(Logistic.BinaryCrossEntropyWithLogitsGradient(z, y), "G8")])).ToArray();
        // q is the true probability, p the prediction: the letters of the experiment's figure and paragraph.
        return new("logistic-regression", T("report.network.logisticRegression.1"),
            T("report.network.logisticRegression.2"),
        [
            new FormulaBlock(Steps(
                (Row("q"), "=", Row("P", Paren("y = 1 | x"), ",", Space(0.5), "p = σ", Paren("w·x + b"))),
                (Row("E", Paren("L | x")), "=", Row("−q ln p − ", Paren("1 − q"), " ln", Paren("1 − p"))),
                (Frac(Row("∂E", Paren("L | x")), "∂p"), "=", Row("−", Frac("q", "p"), " + ", Frac("1 − q", "1 − p"), " = ", Frac("p − q", Row("p", Paren("1 − p"))))),
                ("", "=", "0 ⇔ p = q"))),
            new FormulaBlock(Lines(
                Row("L = −", Big("∑", "i"), "[", Sub("y", "i"), " ln σ", Paren(Sub("z", "i")), " + ", Paren("1 − ", Sub("y", "i")), " ln ", Paren("1 − σ", Paren(Sub("z", "i"))), "]"),
                Row(Frac("∂L", Sub("∂z", "i")), " = σ", Paren(Sub("z", "i")), " − ", Sub("y", "i")))),
            new TableBlock(T("report.network.logisticRegression.3"),
                ["z", "y", T("report.network.logisticRegression.4"), "σ(z) − y"], rows),
            new TextBlock(T("report.network.logisticRegression.5")),
            .. experiment,
        ]);
    }
}
