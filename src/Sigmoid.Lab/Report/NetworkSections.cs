using System.Globalization;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Parts з, и, к and the logistic-regression section: the sheet's question and formula, a small computation on the
/// library that shows the claim, then the blocks of the learning experiment (or a "not built yet" notice).
/// </summary>
public sealed class NetworkSections
{
    private readonly Language _lang;
    private readonly SheetSections _sheet;
    private readonly SheetProps _f;
    private readonly SheetProps _d;

    /// <summary>Sections in <paramref name="language"/>; figures are drawn by <paramref name="sheet"/>.</summary>
    public NetworkSections(Language language, SheetSections sheet, SheetProps floatProps, SheetProps doubleProps)
    {
        _lang = language;
        _sheet = sheet ?? throw new ArgumentNullException(nameof(sheet));
        _f = floatProps ?? throw new ArgumentNullException(nameof(floatProps));
        _d = doubleProps ?? throw new ArgumentNullException(nameof(doubleProps));
    }

    private string L(string en, string ru) => _lang == Language.Russian ? ru : en;

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
        return new("part-з", L("з) Forward and backward through a sigmoid layer", "з) Прямой и обратный проход через слой с сигмоидой"),
            L("Write the formulas of the forward and the backward pass through a sigmoid layer.",
                "Выпишите формулы для forward pass и backward pass через слой с сигмоидой."),
        [
            new FormulaBlock("forward: o = σ(h);&emsp; backward: ∂L/∂h = σ(h)·(1 − σ(h))·∂L/∂o = o·(1 − o)·∂L/∂o"),
            new TableBlock(L("The library's two backward passes with ∂L/∂o = 1 (double)", "Два обратных прохода библиотеки при ∂L/∂o = 1 (double)"),
                ["h", "o = σ(h)", L("from output: o(1 − o)·d", "по выходу: o(1 − o)·d"), L("from input: σ′(h)·d", "по входу: σ′(h)·d")], rows),
            new TextBlock(L(
                "The layer has no parameters: forward stores o = σ(h) elementwise, backward multiplies the incoming gradient by o(1 − o). The library offers both forms — from the saved output (cheap, but o(1 − o) inherits the cancellation of part в when o ≈ 1) and from the saved input (σ(h)·σ(−h), accurate in both tails); the table shows they agree while o is not close to 1 and part ways at h = 20 and 40, where o(1 − o) loses digits and then collapses to 0.",
                "У слоя нет обучаемых параметров: прямой проход поэлементно сохраняет o = σ(h), обратный умножает пришедший градиент на o(1 − o). В библиотеке есть обе формы — по сохранённому выходу (дёшево, но o(1 − o) наследует сокращение из пункта в при o ≈ 1) и по сохранённому входу (σ(h)·σ(−h), точно в обоих хвостах); таблица показывает, что они совпадают, пока o не близко к 1, и расходятся при h = 20 и 40, где o(1 − o) теряет цифры, а затем обращается в 0.")),
            .. experiment,
        ]);
    }

    /// <summary>Part и: the maximum of σ′ and the vanishing gradient.</summary>
    public ReportSection PartI(IReadOnlyList<ReportBlock> experiment)
    {
        int[] layers = [1, 2, 3, 5, 10, 20];
        return new("part-и", L("и) The largest value of σ′ and the vanishing gradient", "и) Максимум σ′ и затухание градиента"),
            L("What is the largest value of σ′? How does it make gradients vanish and paralyse a network?",
                "Какое максимальное значение принимает производная сигмоиды? Как это способствует затуханию градиента и параличу сети?"),
        [
            new FormulaBlock("f(σ) = σ(1 − σ) = σ − σ<sup>2</sup>,&emsp; f′(σ) = 1 − 2σ = 0 ⇒ σ = ½ ⇒ σ′ ≤ ¼;&emsp; ∂L/∂h<sub>1</sub> ∝ ∏<sub>k=1..n</sub> σ′(h<sub>k</sub>)·w<sub>k</sub>, ∏ σ′ ≤ 4<sup>−n</sup>"),
            new TableBlock(L("The maximum of the library's σ′ found by golden-section search on [−10, 10]", "Максимум σ′ из библиотеки, найденный методом золотого сечения на [−10, 10]"),
                ["", "float", "double"],
                [
                    [L("max σ′", "max σ′"), NumberFormat.Float.Format(_f.MaxDerivative.Value), NumberFormat.Double.Format(_d.MaxDerivative.Value)],
                    [L("at t =", "при t ="), G(_f.MaxDerivative.T), G(_d.MaxDerivative.T)],
                    [L("σ′ equals the maximum for t in", "σ′ равна максимуму при t из"), $"[{G(_f.MaxDerivative.PlateauFrom)}, {G(_f.MaxDerivative.PlateauTo)}]",
                        $"[{G(_d.MaxDerivative.PlateauFrom)}, {G(_d.MaxDerivative.PlateauTo)}]"],
                ]),
            new TableBlock(L("The bound on the factor σ′ contributes through n layers", "Граница множителя от σ′ через n слоёв"),
                [L("layers n", "слоёв n"), "0.25ⁿ"],
                layers.Select(n => (IReadOnlyList<string>)[G(n), G(_d.MaxDerivative.Powers[n - 1].Bound)]).ToArray()),
            _sheet.Figure(SheetFigures.LayerBound),
            new TextBlock(L(
                "σ′ = σ(1 − σ) is a downward parabola in σ with its top ¼ at σ = ½, i.e. t = 0. Backpropagation multiplies the gradient by σ′ once per sigmoid layer, so even in the best case it shrinks by 4 per layer: after 10 layers by about 10⁻⁶, after 20 by 10⁻¹². A trained neuron sits in the flat tails, where σ′ is far smaller than ¼, so the effect worsens as training proceeds. The first layers stop moving and the loss curve goes flat as if training had converged — the network is paralysed. Remedies: activations with derivative 1 on a half-line (ReLU), careful initialisation, normalisation, skip connections." + Overshoot(Language.English),
                "σ′ = σ(1 − σ) — парабола по σ ветвями вниз с вершиной ¼ при σ = ½, то есть t = 0. Обратное распространение умножает градиент на σ′ на каждом слое с сигмоидой, так что даже в лучшем случае он уменьшается в 4 раза на слой: после 10 слоёв примерно в 10⁶ раз, после 20 — в 10¹². Обученный нейрон сидит в плоских хвостах, где σ′ намного меньше ¼, поэтому по ходу обучения проблема обостряется. Первые слои перестают двигаться, кривая потерь выходит на плато, будто обучение сошлось, — паралич сети. Лечение: активации с производной 1 на полупрямой (ReLU), аккуратная инициализация, нормализация, skip-соединения." + Overshoot(Language.Russian))),
            .. experiment,
        ]);
    }

    /// <summary>A sentence on any format whose computed maximum of σ′ exceeds the true maximum ¼ (else empty).</summary>
    private string Overshoot(Language language)
    {
        var over = new[] { _f, _d }.Where(p => p.MaxDerivative.Value > 0.25).ToArray();
        if (over.Length == 0) return "";
        var format = NumberFormat.Parse(over[0].Type)!;
        string value = format.Format(over[0].MaxDerivative.Value);
        double ulps = format.UlpDistance(over[0].MaxDerivative.Value, 0.25);
        return language == Language.Russian
            ? $" Замечание: в {over[0].Type} σ′ из библиотеки около t = 0 равна {value} — на {ulps:0} ULP больше истинного максимума ¼; это ошибка округления реализации, а не свойство σ."
            : $" Note: in {over[0].Type} the library's σ′ near t = 0 returns {value}, {ulps:0} ULP above the true maximum ¼ — a rounding error of the implementation, not a property of σ.";
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
        return new("part-к", L("к) σ is not zero-centred: zig-zag descent", "к) σ не центрирована: спуск зигзагом"),
            L("The sigmoid is not centred at zero, so gradient descent works poorly. Why?",
                "Сигмоида не центрирована относительно нуля. Из-за этого градиентный спуск работает плохо. Почему?"),
        [
            new FormulaBlock("z = Σ<sub>i</sub> w<sub>i</sub>x<sub>i</sub> + b,&emsp; x<sub>i</sub> = σ(h<sub>i</sub>) &gt; 0 ⇒ ∂L/∂w<sub>i</sub> = (∂L/∂z)·x<sub>i</sub> has the sign of ∂L/∂z for every i"),
            new TableBlock(L($"Weight gradients δ·σ(hᵢ) of one neuron for one sample, h = ({string.Join(", ", h.Select(x => G(x)))}), σ from the library",
                    $"Градиенты по весам δ·σ(hᵢ) одного нейрона на одном объекте, h = ({string.Join(", ", h.Select(x => G(x)))}), σ из библиотеки"),
                ["δ = ∂L/∂z", "∂L/∂wᵢ", L("same sign as δ", "знак как у δ")], rows),
            new TextBlock(L(
                "The inputs of a layer that follows a sigmoid are all positive, so for one sample every weight gradient of a neuron is its upstream gradient times a positive number: all of them have the same sign. A step can only increase all weights of the neuron or decrease them all; if the optimum needs one to grow and another to shrink, descent has to zig-zag between those two directions and takes more steps. Zero-centred activations (tanh) or centred inputs let the gradient components take different signs.",
                "Входы слоя после сигмоиды все положительны, поэтому на одном объекте каждый градиент по весу нейрона — это пришедший градиент, умноженный на положительное число: у всех один знак. Шаг может только увеличить все веса нейрона или все уменьшить; если к оптимуму нужно один вес увеличить, а другой уменьшить, спуск идёт зигзагом между этими двумя направлениями и делает больше шагов. Центрированные активации (tanh) или центрированные входы позволяют компонентам градиента иметь разные знаки.")),
            .. experiment,
        ]);
    }

    /// <summary>Logistic regression: σ as P(y = 1 | x) under log-loss (promised in part а).</summary>
    public ReportSection LogisticRegression(IReadOnlyList<ReportBlock> experiment)
    {
        double[] zs = [-4, 0, 4];
        var rows = zs.SelectMany(z => new[] { 0.0, 1.0 }.Select(y => (IReadOnlyList<string>)[G(z), G(y),
            G(Logistic.BinaryCrossEntropyWithLogits(z, y), "G8"), G(Logistic.BinaryCrossEntropyWithLogitsGradient(z, y), "G8")])).ToArray();
        return new("logistic-regression", L("Logistic regression: σ as a probability", "Логистическая регрессия: σ как вероятность"),
            L("Why, under log-loss, is σ(w·x + b) the probability P(y = 1 | x)?", "Почему при log-loss σ(w·x + b) — это вероятность P(y = 1 | x)?"),
        [
            new FormulaBlock("P(y = 1 | x) = σ(w·x + b);&emsp; L = −Σ<sub>i</sub> [y<sub>i</sub> ln σ(z<sub>i</sub>) + (1 − y<sub>i</sub>) ln(1 − σ(z<sub>i</sub>))];&emsp; ∂L/∂z<sub>i</sub> = σ(z<sub>i</sub>) − y<sub>i</sub>"),
            new TableBlock(L("Binary cross-entropy on the logit z and its gradient, from the library (double)", "Бинарная кросс-энтропия по логиту z и её градиент из библиотеки (double)"),
                ["z", "y", L("loss", "потери"), "σ(z) − y"], rows),
            new TextBlock(L(
                "Log-loss is the negative log-likelihood of a Bernoulli model whose success probability is σ(z). Minimising it makes the predicted probabilities calibrated: at the optimum the gradient Σ(σ(zᵢ) − yᵢ)·xᵢ = 0, so on average the predicted σ equals the observed frequency of y = 1. A logit of 0 costs ln 2 ≈ 0.693 whatever the label — the price of a coin toss.",
                "Log-loss — это минус логарифм правдоподобия бернуллиевской модели с вероятностью успеха σ(z). Его минимизация делает предсказанные вероятности откалиброванными: в оптимуме градиент Σ(σ(zᵢ) − yᵢ)·xᵢ = 0, то есть в среднем предсказанная σ совпадает с наблюдаемой частотой y = 1. Логит 0 стоит ln 2 ≈ 0.693 при любой метке — цена подбрасывания монетки.")),
            .. experiment,
        ]);
    }
}
