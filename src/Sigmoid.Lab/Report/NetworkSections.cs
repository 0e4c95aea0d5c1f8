using System.Globalization;
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
    private readonly string _lang;
    private readonly SheetSections _sheet;
    private readonly SheetProps _f;
    private readonly SheetProps _d;

    /// <summary>Sections in <paramref name="language"/>; figures are drawn by <paramref name="sheet"/>.</summary>
    public NetworkSections(string language, SheetSections sheet, SheetProps floatProps, SheetProps doubleProps)
    {
        if (!Bilingual.IsSupported(language)) throw new ArgumentException($"Unsupported language '{language}': use en or ru.", nameof(language));
        _lang = language;
        _sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
        _f = floatProps ?? throw new ArgumentNullException(nameof(floatProps));
        _d = doubleProps ?? throw new ArgumentNullException(nameof(doubleProps));
    }

    private string L(string en, string ru) => _lang == "ru" ? ru : en;

    private static string G(double x, string format = "G6") => x.ToString(format, CultureInfo.InvariantCulture);

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
        return new("part-з", L("з) Forward and backward through a sigmoid layer", "з) Прямой и обратный проход через слой с сигмоидой"),
            L("A layer applies σ elementwise, o = σ(h). Write its forward pass and the gradient it passes back.",
                "Слой поэлементно применяет σ: o = σ(h). Запишите его прямой проход и градиент, который он передаёт назад."),
        [
            new FormulaBlock(Steps(
                (Row(Text(L("forward:", "прямой проход:")), Space(0.5), "o"), "=", Row("σ", Paren("h"))),
                (Row(Text(L("backward:", "обратный проход:")), Space(0.5), Frac("∂L", "∂h")), "=", Row("σ′", Paren("h"), "·", dLdo)),
                ("", "=", Row("σ", Paren("h"), "·", Paren("1 − σ", Paren("h")), "·", dLdo)),
                ("", "=", Row("o", Paren("1 − o"), "·", dLdo)))),
            new TableBlock(L("The library's two backward passes with ∂L/∂o = 1 (`double`)", "Два обратных прохода библиотеки при ∂L/∂o = 1 (`double`)"),
                ["h", "o = σ(h)", L("from the output: o(1 − o)·d", "по выходу: o(1 − o)·d"), L("from the input: σ(h)·σ(−h)·d", "по входу: σ(h)·σ(−h)·d")], rows),
            new TextBlock(L(
                $"The layer has no parameters: forward stores o = σ(h) elementwise, backward multiplies the incoming gradient by o(1 − o). The library offers both forms — from the saved output (cheap, but o(1 − o) inherits the cancellation of part в when o ≈ 1) and from the saved input (σ(h)·σ(−h), accurate in both tails). The table shows they agree while o is not close to 1 and part ways at h = 20 and 40 in `double`. In `float` the output form returns exactly 0 from h = {NumberFormat.Float.Format(threshold)} on — the threshold of parts а and в, where σ(h) rounds to 1.",
                $"У слоя нет обучаемых параметров: прямой проход поэлементно сохраняет o = σ(h), обратный умножает пришедший градиент на o(1 − o). В библиотеке есть обе формы — по сохранённому выходу (дёшево, но o(1 − o) наследует сокращение из пункта в при o ≈ 1) и по сохранённому входу (σ(h)·σ(−h), точно в обоих хвостах). Таблица показывает, что они совпадают, пока o не близко к 1, и расходятся при h = 20 и 40 в `double`. Во `float` форма по выходу даёт ровно 0 начиная с h = {NumberFormat.Float.Format(threshold)} — это порог из пунктов а и в, где σ(h) округляется до 1.")),
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
        return new("part-и", L("и) The largest value of σ′ and the vanishing gradient", "и) Максимум σ′ и затухание градиента"),
            L("How large can σ′ be? What does that bound do to the gradient that reaches the first layers of a deep stack of sigmoid layers?",
                "Насколько большой может быть σ′? Что эта граница делает с градиентом, доходящим до первых слоёв глубокой стопки слоёв с сигмоидой?"),
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
            new TableBlock(L("The maximum of the library's σ′ found by golden-section search on [−10, 10]", "Максимум σ′ из библиотеки, найденный методом золотого сечения на [−10, 10]"),
                ["", "`float`", "`double`"],
                [
                    [L("max σ′", "max σ′"), NumberFormat.Float.Format(_f.MaxDerivative.Value), NumberFormat.Double.Format(_d.MaxDerivative.Value)],
                    [L("at t =", "при t ="), G(_f.MaxDerivative.T), G(_d.MaxDerivative.T)],
                    [L("σ′ equals the maximum for t in", "σ′ равна максимуму при t из"), $"[{G(_f.MaxDerivative.PlateauFrom)}, {G(_f.MaxDerivative.PlateauTo)}]",
                        $"[{G(_d.MaxDerivative.PlateauFrom)}, {G(_d.MaxDerivative.PlateauTo)}]"],
                ]),
            new TableBlock(L("What σ′ alone contributes through n layers: (max σ′)ⁿ = 4⁻ⁿ; the weights multiply it by at most ∏‖Wₖ‖",
                    "Вклад одних σ′ через n слоёв: (max σ′)ⁿ = 4⁻ⁿ; веса умножают его не больше чем на ∏‖Wₖ‖"),
                [L("layers n", "слоёв n"), "4⁻ⁿ", L("∏‖Wₖ‖ needed to keep the size", "∏‖Wₖ‖, чтобы сохранить размер")],
                layers.Select(n => (IReadOnlyList<string>)[G(n), G(_d.MaxDerivative.Powers[n - 1].Bound), SheetSections.Count(Math.Pow(4, n), _lang)]).ToArray()),
            _sheet.Figure(SheetFigures.LayerBound),
            new TextBlock(L(
                "σ′ = σ(1 − σ) is a downward parabola in σ with its top ¼ at σ = ½, i.e. t = 0. Backpropagation through n layers multiplies the gradient by a weight matrix Wₖᵀ and by the diagonal of σ′(hₖ) once per layer, so its norm at the input is at most ∏ ¼·‖Wₖ‖ times the norm at the output. The σ′ factors alone shrink it by at least 4 per layer (after 10 layers by about 10⁻⁶, after 20 by 10⁻¹²); only weights with ‖Wₖ‖ ≥ 4 could make up for that, and such weights drive the pre-activations hₖ into the flat tails, where σ′ is far smaller than ¼. A trained neuron sits in those tails too, so the effect worsens as training proceeds. The first layers stop moving and the loss curve goes flat as if training had converged — the network is paralysed. Remedies: activations with derivative 1 on a half-line (`ReLU`), careful initialisation, normalisation, skip connections.",
                "σ′ = σ(1 − σ) — парабола по σ ветвями вниз с вершиной ¼ при σ = ½, то есть t = 0. Обратное распространение через n слоёв на каждом слое умножает градиент на матрицу весов Wₖᵀ и на диагональ из σ′(hₖ), поэтому его норма на входе не больше ∏ ¼·‖Wₖ‖, умноженного на норму на выходе. Одни множители σ′ уменьшают его хотя бы в 4 раза на слой (после 10 слоёв примерно в 10⁶ раз, после 20 — в 10¹²); возместить это могли бы только веса с ‖Wₖ‖ ≥ 4, но такие веса загоняют предактивации hₖ в плоские хвосты, где σ′ намного меньше ¼. Обученный нейрон тоже сидит в хвостах, поэтому по ходу обучения проблема обостряется. Первые слои перестают двигаться, кривая потерь выходит на плато, будто обучение сошлось, — паралич сети. Лечение: активации с производной 1 на полупрямой (`ReLU`), аккуратная инициализация, нормализация, обходные (остаточные) связи.") + Overshoot()),
            .. experiment,
        ]);
    }

    /// <summary>A sentence on any format whose computed maximum of σ′ exceeds the true maximum ¼ (else empty).</summary>
    private string Overshoot()
    {
        var over = new[] { _f, _d }.Where(p => p.MaxDerivative.Value > 0.25).ToArray();
        if (over.Length == 0) return "";
        var format = NumberFormat.Parse(over[0].Type)!;
        string value = format.Format(over[0].MaxDerivative.Value);
        double ulps = format.UlpDistance(over[0].MaxDerivative.Value, 0.25);
        return L($" Note: in `{over[0].Type}` the library's σ′ near t = 0 returns {value}, {ulps.ToString("0", CultureInfo.InvariantCulture)} ULP above the true maximum ¼ — a rounding error of the implementation, not a property of σ.",
            $" Замечание: в `{over[0].Type}` σ′ из библиотеки около t = 0 равна {value} — на {ulps.ToString("0", CultureInfo.InvariantCulture)} ULP больше истинного максимума ¼; это ошибка округления реализации, а не свойство σ.");
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
        return new("part-к", L("к) σ is not zero-centred: zig-zag descent", "к) σ не центрирована: спуск зигзагом"),
            L("All of σ's outputs are positive: it is not centred at zero. Why does that slow down gradient descent on the weights of the next layer?",
                "Все значения σ положительны: она не центрирована относительно нуля. Почему это замедляет градиентный спуск по весам следующего слоя?"),
        [
            new FormulaBlock(Steps(
                ("z", "=", Row(Big("∑", "i"), Sub("w", "i"), Sub("x", "i"), " + b,", Space(0.5), Sub("x", "i"), " = σ", Paren(Sub("h", "i")), " > 0")),
                (Frac("∂L", Sub("∂w", "i")), "=", Row(dLdz, "·", Sub("x", "i"))),
                (Row("sign ", Frac("∂L", Sub("∂w", "i"))), "=", Row("sign ", dLdz, Space(0.5), Text(L("for every i", "для всех i")))))),
            new TableBlock(L($"Weight gradients δ·σ(hᵢ) of one neuron for one sample, h = ({string.Join(", ", h.Select(x => G(x)))}), σ from the library",
                    $"Градиенты по весам δ·σ(hᵢ) одного нейрона на одном объекте, h = ({string.Join(", ", h.Select(x => G(x)))}), σ из библиотеки"),
                ["δ = ∂L/∂z", "∂L/∂wᵢ", L("same sign as δ", "знак как у δ")], rows),
            _sheet.Figure(SheetFigures.UpdateQuadrants),
            new TextBlock(L(
                "The inputs of a layer that follows a sigmoid are all positive, so for one sample every weight gradient of a neuron is its upstream gradient δ times a positive number: all of them have the same sign. A step on that sample can only increase all weights of the neuron or decrease them all — the two shaded quadrants of the figure. If the optimum needs one weight to grow and another to shrink, descent has to alternate between those two directions and zig-zags towards it, taking more steps. Zero-centred activations (`tanh`) or inputs with their mean removed let the gradient components take different signs.",
                "Входы слоя после сигмоиды все положительны, поэтому на одном объекте каждый градиент по весу нейрона — это пришедший градиент δ, умноженный на положительное число: у всех один знак. Шаг по этому объекту может только увеличить все веса нейрона или все уменьшить — две закрашенные четверти на рисунке. Если к оптимуму нужно один вес увеличить, а другой уменьшить, спуску приходится чередовать эти два направления, и он идёт зигзагом, делая больше шагов. Центрированные активации (`tanh`) или входы с вычтенным средним позволяют компонентам градиента иметь разные знаки.")),
            .. experiment,
        ]);
    }

    /// <summary>Logistic regression: σ as P(y = 1 | x) under log-loss (promised in part а).</summary>
    public ReportSection LogisticRegression(IReadOnlyList<ReportBlock> experiment)
    {
        double[] zs = [-4, 0, 4];
        var rows = zs.SelectMany(z => new[] { 0.0, 1.0 }.Select(y => (IReadOnlyList<string>)[G(z), G(y),
            G(Logistic.BinaryCrossEntropyWithLogits(z, y), "G8"), G(Logistic.BinaryCrossEntropyWithLogitsGradient(z, y), "G8")])).ToArray();
        var q = "q";
        return new("logistic-regression", L("Logistic regression: σ as a probability", "Логистическая регрессия: σ как вероятность"),
            L("Why may σ(w·x + b), fitted by minimising the log-loss, be read as the probability P(y = 1 | x)?",
                "Почему σ(w·x + b), подобранную минимизацией логарифмической функции потерь, можно читать как вероятность P(y = 1 | x)?"),
        [
            new FormulaBlock(Steps(
                (Row("p"), "=", Row("P", Paren("y = 1 | x"), ",", Space(0.5), q, " = σ", Paren("w·x + b"))),
                (Row("E", Paren("L | x")), "=", Row("−p ln ", q, " − ", Paren("1 − p"), " ln", Paren("1 − ", q))),
                (Frac(Row("∂E", Paren("L | x")), Row("∂", q)), "=", Row("−", Frac("p", q), " + ", Frac("1 − p", Row("1 − ", q)), " = ", Frac(Row(q, " − p"), Row(q, Paren("1 − ", q))))),
                ("", "=", Row("0 ⇔ ", q, " = p")))),
            new FormulaBlock(Lines(
                Row("L = −", Big("∑", "i"), "[", Sub("y", "i"), " ln σ", Paren(Sub("z", "i")), " + ", Paren("1 − ", Sub("y", "i")), " ln ", Paren("1 − σ", Paren(Sub("z", "i"))), "]"),
                Row(Frac("∂L", Sub("∂z", "i")), " = σ", Paren(Sub("z", "i")), " − ", Sub("y", "i")))),
            new TableBlock(L("Binary cross-entropy on the logit z and its gradient, from the library (`double`)", "Бинарная кросс-энтропия по логиту z и её градиент из библиотеки (`double`)"),
                ["z", "y", L("loss", "потери"), "σ(z) − y"], rows),
            new TextBlock(L(
                "Given x, the label is 1 with some probability p. If the model predicts q, its expected log-loss is −p ln q − (1 − p) ln(1 − q); the derivative in q is (q − p) / (q(1 − q)), negative below p and positive above it, so the expected loss is smallest exactly at q = p. The log-loss is a proper scoring rule: it rewards predicting the true probability and nothing else. A model σ(w·x + b) fitted by minimising it therefore estimates P(y = 1 | x) as well as its form allows — exactly, when the true log-odds are linear in x. The experiment below checks this on data with a known P(y = 1 | x). A logit of 0 costs ln 2 ≈ 0.693 whatever the label — the price of a coin toss.",
                "При данном x метка равна 1 с некоторой вероятностью p. Если модель предсказывает q, её ожидаемые логарифмические потери равны −p ln q − (1 − p) ln(1 − q); производная по q равна (q − p) / (q(1 − q)), отрицательна ниже p и положительна выше, поэтому ожидаемые потери минимальны ровно при q = p. Логарифмическая функция потерь — строго собственное правило оценки: она вознаграждает предсказание истинной вероятности и ничего другого. Поэтому модель σ(w·x + b), подобранная её минимизацией, оценивает P(y = 1 | x) настолько хорошо, насколько позволяет её вид, — точно, если истинный логарифм шансов линеен по x. Эксперимент ниже проверяет это на данных с известной P(y = 1 | x). Логит 0 стоит ln 2 ≈ 0.693 при любой метке — цена подбрасывания монетки.")),
            .. experiment,
        ]);
    }
}
