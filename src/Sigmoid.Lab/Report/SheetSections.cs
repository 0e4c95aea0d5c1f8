using System.Globalization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Parts а–ж of the report: each question with its formula, the numbers <see cref="SheetProperties"/> computed on
/// the library in float and double, the sheet's figures, and a short explanation, in English or Russian.
/// </summary>
public sealed class SheetSections
{
    private readonly Language _lang;
    private readonly SheetProps _f;
    private readonly SheetProps _d;

    /// <summary>Sections in <paramref name="language"/> from the float and double results.</summary>
    public SheetSections(Language language, SheetProps floatProps, SheetProps doubleProps)
    {
        _lang = language;
        _f = floatProps ?? throw new ArgumentNullException(nameof(floatProps));
        _d = doubleProps ?? throw new ArgumentNullException(nameof(doubleProps));
    }

    private string L(string en, string ru) => _lang == Language.Russian ? ru : en;

    private static string G(double x, string format = "G6") => x.ToString(format, CultureInfo.InvariantCulture);

    private static string F(double x) => NumberFormat.Float.Format(x);

    private static string D(double x) => NumberFormat.Double.Format(x);

    private static string Ulp(double x) => x.ToString("N0", CultureInfo.InvariantCulture) + " ULP";

    private static string T(double t) => double.IsPositiveInfinity(t) ? "+∞" : double.IsNegativeInfinity(t) ? "−∞" : G(t).Replace('-', '−');

    /// <summary>The figure of the sheet called <paramref name="figure"/>, drawn in the report's language as PNG.</summary>
    public FigureBlock Figure(SheetFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new FigureBlock(figure.Title(_lang), FigureFormat.Png.MimeType(), LabStyle.Render(figure.Draw(_lang), FigureFormat.Png));
    }

    /// <summary>Part а: limits at ±∞ and where σ saturates in float and double.</summary>
    public ReportSection PartA()
    {
        var values = _f.Limits.Values.Zip(_d.Limits.Values, (f, d) => (IReadOnlyList<string>)[T(f.T), f.Text, d.Text]).ToArray();
        var thresholds = _f.Limits.Thresholds.Select(th =>
        {
            var nf = NumberFormat.Parse(th.Type)!;
            return (IReadOnlyList<string>)[th.Type, nf.Format(th.RoundsToOne.T), th.RoundsToOne.Bits, nf.Format(th.RoundsToZero.T), th.RoundsToZero.Bits];
        }).ToArray();
        var one = _f.Limits.Thresholds[0].RoundsToOne;
        var zero = _f.Limits.Thresholds[0].RoundsToZero;
        return new("part-а", L("а) The limits at ±∞", "а) Пределы при t → ±∞"),
            L("What happens as t → +∞? And as t → −∞?", "Что происходит при t → +∞? А при t → −∞?"),
        [
            new FormulaBlock("σ(t) = 1 / (1 + e<sup>−t</sup>);&emsp; t → +∞: e<sup>−t</sup> → 0, σ(t) → 1;&emsp; t → −∞: e<sup>−t</sup> → ∞, σ(t) → 0"),
            new TableBlock(L("σ(t) computed by the library", "σ(t), вычисленная библиотекой"), ["t", "float", "double"], values),
            new TableBlock(L("Where σ becomes exactly 1 and exactly 0 (found by bisection over bit patterns)",
                    "Где σ становится ровно 1 и ровно 0 (бисекция по битовым образам чисел)"),
                [L("type", "тип"), L("σ(t) = 1 for t ≥", "σ(t) = 1 при t ≥"), L("bits", "биты"), L("σ(t) = 0 for t ≤", "σ(t) = 0 при t ≤"), L("bits", "биты")],
                thresholds),
            new TextBlock(L(
                $"σ tends to 1 as t → +∞ and to 0 as t → −∞; it is the distribution function of the logistic distribution, which is why it maps a network's output to a probability in (0, 1). In floating point the limits are reached at finite t: in float σ(t) is exactly 1 from t = {F(one.T)} on (σ({F(one.Neighbour)}) = {F(one.SigmaAtNeighbour)} is the last value below 1) and exactly 0 for t ≤ {F(zero.T)}. The asymmetry is the format's: below 1 the spacing is 2⁻²⁴, near 0 the numbers go down to 1.4·10⁻⁴⁵.",
                $"σ стремится к 1 при t → +∞ и к 0 при t → −∞; это функция распределения логистического распределения, поэтому она переводит выход сети в вероятность из (0, 1). В машинной арифметике пределы достигаются при конечных t: во float σ(t) равна ровно 1 начиная с t = {F(one.T)} (σ({F(one.Neighbour)}) = {F(one.SigmaAtNeighbour)} — последнее значение меньше 1) и ровно 0 при t ≤ {F(zero.T)}. Асимметрия — свойство формата: ниже 1 шаг сетки 2⁻²⁴, а около 0 числа доходят до 1.4·10⁻⁴⁵.")),
        ]);
    }

    /// <summary>Part б: σ(−t) = 1 − σ(t), measured in ULPs.</summary>
    public ReportSection PartB() => new("part-б", L("б) σ(t) and σ(−t)", "б) Связь σ(t) и σ(−t)"),
        L("How are σ(t) and σ(−t) related?", "Как связаны между собой σ(t) и σ(−t)?"),
    [
        new FormulaBlock("σ(−t) = 1 / (1 + e<sup>t</sup>) = (1 + e<sup>t</sup> − e<sup>t</sup>) / (1 + e<sup>t</sup>) = 1 − σ(t)"),
        new TableBlock(L($"Largest |σ(−t) − (1 − σ(t))| over {_f.Grid.Points:N0} points t ∈ [−40, 40], both sides computed by the library",
                $"Наибольшее |σ(−t) − (1 − σ(t))| по {_f.Grid.Points:N0} точкам t ∈ [−40, 40]; обе части вычислены библиотекой"),
            ["", "float", "double"],
            [
                [L("t ≤ 0, in ULPs", "t ≤ 0, в ULP"), Ulp(_f.Symmetry.MaxUlpNonPositive.Value), Ulp(_d.Symmetry.MaxUlpNonPositive.Value)],
                [L("t > 0, in ULPs", "t > 0, в ULP"), Ulp(_f.Symmetry.MaxUlpPositive.Value), Ulp(_d.Symmetry.MaxUlpPositive.Value)],
                [L("absolute", "абсолютная"), G(_f.Symmetry.MaxAbs.Value), G(_d.Symmetry.MaxAbs.Value)],
            ]),
        Figure(SheetFigures.Symmetry),
        new TextBlock(L(
            $"The curve is symmetric about the point (0, ½). For t ≤ 0 the identity holds in float to {Ulp(_f.Symmetry.MaxUlpNonPositive.Value)}: subtracting σ(t) ≤ ½ from 1 loses nothing. For t > 0 the subtraction 1 − σ(t) cancels: σ(t) is close to 1, where float numbers are 2⁻²⁴ apart, so 1 − σ(t) keeps only a few correct digits and becomes 0 once σ(t) rounds to 1, while σ(−t) is still a small number with full precision (the largest distance, {Ulp(_f.Symmetry.MaxUlpPositive.Value)}, is at t = {G(_f.Symmetry.MaxUlpPositive.AtT)}). So a careful implementation computes σ(−t) directly and never as 1 − σ(t).",
            $"График симметричен относительно точки (0, ½). При t ≤ 0 тождество во float выполняется с точностью {Ulp(_f.Symmetry.MaxUlpNonPositive.Value)}: вычитание σ(t) ≤ ½ из 1 ничего не теряет. При t > 0 разность 1 − σ(t) сокращается: σ(t) близка к 1, где числа float отстоят на 2⁻²⁴, поэтому в 1 − σ(t) остаётся мало верных цифр, а когда σ(t) округляется до 1, разность становится 0, хотя σ(−t) — маленькое число с полной точностью (наибольшее расхождение, {Ulp(_f.Symmetry.MaxUlpPositive.Value)}, при t = {G(_f.Symmetry.MaxUlpPositive.AtT)}). Поэтому аккуратная реализация считает σ(−t) напрямую, а не как 1 − σ(t).")),
    ]);

    /// <summary>Part в: σ′ = σ(1 − σ), and where the product form breaks down.</summary>
    public ReportSection PartV()
    {
        var bf = _f.Derivative.Breakdown;
        var bd = _d.Derivative.Breakdown;
        return new("part-в", L("в) σ(t) and σ′(t)", "в) Связь σ(t) и σ′(t)"),
            L("How are σ(t) and σ′(t) related?", "Как связаны между собой σ(t) и σ′(t)?"),
        [
            new FormulaBlock("σ′(t) = e<sup>−t</sup> / (1 + e<sup>−t</sup>)<sup>2</sup> = σ(t)·(1 − σ(t)) = σ(t)·σ(−t)"),
            new TableBlock(L("The library's σ′(t) against σ(t)(1 − σ(t)) evaluated in the same format", "σ′(t) из библиотеки против σ(t)(1 − σ(t)) в том же формате"),
                ["", "float", "double"],
                [
                    [L("largest gap, t ≤ 0", "наибольшее расхождение, t ≤ 0"), Ulp(_f.Derivative.MaxUlpNonPositive.Value), Ulp(_d.Derivative.MaxUlpNonPositive.Value)],
                    [L("largest gap, t > 0", "наибольшее расхождение, t > 0"), Ulp(_f.Derivative.MaxUlpPositive.Value), Ulp(_d.Derivative.MaxUlpPositive.Value)],
                    [L("σ(1 − σ) = 0 from t =", "σ(1 − σ) = 0 начиная с t ="), F(bf.T), D(bd.T)],
                    [L("σ′ there (library)", "σ′ там же (библиотека)"), F(bf.Derivative), D(bd.Derivative)],
                ]),
            Figure(SheetFigures.SigmoidAndDerivative),
            new TextBlock(L(
                $"Differentiating gives σ′ = σ(1 − σ): the derivative is computed from the forward value alone, which is what backpropagation uses. In floating point the factor 1 − σ(t) cancels for t > 0 (see part б): from t = {F(bf.T)} in float σ(t) rounds to 1 and σ(1 − σ) is exactly 0, while the true derivative is still {F(bf.Derivative)} (in double the same happens at t = {D(bd.T)}). The library evaluates σ′(t) = σ(t)·σ(−t), which has no subtraction and stays accurate in both tails.",
                $"Дифференцирование даёт σ′ = σ(1 − σ): производная выражается через уже посчитанное значение σ, этим и пользуется обратное распространение. В машинной арифметике множитель 1 − σ(t) при t > 0 сокращается (см. пункт б): начиная с t = {F(bf.T)} во float σ(t) округляется до 1 и σ(1 − σ) равна ровно 0, хотя настоящая производная ещё {F(bf.Derivative)} (в double то же при t = {D(bd.T)}). Библиотека считает σ′(t) = σ(t)·σ(−t) — без вычитания, точно в обоих хвостах.")),
        ]);
    }

    /// <summary>Part г: σ(0) and σ′(0).</summary>
    public ReportSection PartG() => new("part-г", L("г) σ(0) and σ′(0)", "г) σ(0) и σ′(0)"),
        L("Find σ(0) and σ′(0).", "Найдите σ(0) и σ′(0)."),
    [
        new FormulaBlock("σ(0) = 1 / (1 + e<sup>0</sup>) = ½;&emsp; σ′(0) = σ(0)·(1 − σ(0)) = ½ · ½ = ¼"),
        new TableBlock(L("Computed by the library", "Вычислено библиотекой"), ["", "float", "double"],
        [
            ["σ(0)", F(_f.AtZero.Sigma), D(_d.AtZero.Sigma)],
            ["σ′(0)", F(_f.AtZero.Derivative), D(_d.AtZero.Derivative)],
        ]),
        new TextBlock(L(
            "Both values are exact in binary floating point: ½ and ¼ are powers of two. σ(0) = ½ means a logit of 0 is a coin toss; σ′(0) = ¼ is the steepest slope of σ (part и).",
            "Оба значения точны в двоичной арифметике: ½ и ¼ — степени двойки. σ(0) = ½ значит, что логит 0 — это подбрасывание монетки; σ′(0) = ¼ — наибольший наклон σ (пункт и).")),
    ]);

    /// <summary>Part д: the inverse function (logit) and its round trip.</summary>
    public ReportSection PartD() => new("part-д", L("д) The inverse function: logit", "д) Обратная функция: логит"),
        L("Find the inverse function σ⁻¹.", "Найдите обратную функцию σ⁻¹."),
    [
        new FormulaBlock("y = 1 / (1 + e<sup>−t</sup>) ⇒ e<sup>−t</sup> = (1 − y) / y ⇒ σ<sup>−1</sup>(y) = ln(y / (1 − y)) = logit(y)"),
        new TableBlock(L("Round trip logit(σ(t)) − t over the grid t ∈ [−40, 40]", "Круговая проверка logit(σ(t)) − t на сетке t ∈ [−40, 40]"),
            ["", "float", "double"],
            [
                [L("largest |error|, t ≤ 0", "наибольшая |ошибка|, t ≤ 0"), G(_f.Logit.NonPositive.MaxAbs.Value), G(_d.Logit.NonPositive.MaxAbs.Value)],
                [L("largest |error|, t > 0", "наибольшая |ошибка|, t > 0"), G(_f.Logit.Positive.MaxAbs.Value), G(_d.Logit.Positive.MaxAbs.Value)],
                [L("largest relative error, t > 0", "наибольшая относительная ошибка, t > 0"), G(_f.Logit.Positive.MaxRel.Value), G(_d.Logit.Positive.MaxRel.Value)],
                [L("logit(σ(t)) = +∞ from t =", "logit(σ(t)) = +∞ начиная с t ="), F(_f.Logit.InfiniteFrom), D(_d.Logit.InfiniteFrom)],
            ]),
        Figure(SheetFigures.Logit),
        new TextBlock(L(
            $"The inverse of σ is the logit, the log-odds ln(p / (1 − p)); classifiers (and gradient boosting) usually output it and apply σ only at the end. Going t → σ(t) → logit is lossless for t ≤ 0 (error at most {G(_f.Logit.NonPositive.MaxAbs.Value)} in float), because small probabilities keep full relative precision. For t > 0 probabilities crowd near 1, so the trip back loses information (up to {G(_f.Logit.Positive.MaxAbs.Value)} in float), and from t = {F(_f.Logit.InfiniteFrom)} σ(t) = 1 and the logit is +∞. Keep logits, not probabilities, when you can.",
            $"Обратная к σ функция — логит, логарифм шансов ln(p / (1 − p)); классификаторы (и градиентный бустинг) обычно выдают именно его, а σ применяют в самом конце. Путь t → σ(t) → логит без потерь при t ≤ 0 (ошибка не больше {G(_f.Logit.NonPositive.MaxAbs.Value)} во float), потому что маленькие вероятности хранятся с полной относительной точностью. При t > 0 вероятности теснятся у 1, и обратный путь теряет информацию (до {G(_f.Logit.Positive.MaxAbs.Value)} во float), а с t = {F(_f.Logit.InfiniteFrom)} σ(t) = 1 и логит равен +∞. Храните логиты, а не вероятности, когда это возможно.")),
    ]);

    /// <summary>Part е: [ln σ]′ = σ(−t), checked by central differences.</summary>
    public ReportSection PartE() => new("part-е", L("е) [ln σ(t)]′ and σ(−t)", "е) Связь [ln σ(t)]′ и σ(−t)"),
        L("How are [ln σ(t)]′ and σ(−t) related?", "Как связаны между собой [ln σ(t)]′ и σ(−t)?"),
    [
        new FormulaBlock("[ln σ(t)]′ = σ′(t) / σ(t) = σ(t)(1 − σ(t)) / σ(t) = 1 − σ(t) = σ(−t)"),
        new TableBlock(L("Central difference (ln σ(t+h) − ln σ(t−h)) / 2h of the library's ln σ against its σ(−t), t ∈ [−40, 40]",
                "Центральная разность (ln σ(t+h) − ln σ(t−h)) / 2h от ln σ библиотеки против её же σ(−t), t ∈ [−40, 40]"),
            ["", "float", "double"],
            [
                ["h", G(_f.LogDerivative.Step), G(_d.LogDerivative.Step)],
                [L("largest |error|", "наибольшая |ошибка|"), G(_f.LogDerivative.Error.MaxAbs.Value), G(_d.LogDerivative.Error.MaxAbs.Value)],
                [L("largest relative error", "наибольшая относительная ошибка"), G(_f.LogDerivative.Error.MaxRel.Value), G(_d.LogDerivative.Error.MaxRel.Value)],
            ]),
        Figure(SheetFigures.LogSigmoid),
        new TextBlock(L(
            "The slope of ln σ is σ(−t): close to 1 where σ is small (ln σ(t) ≈ t) and close to 0 where σ ≈ 1. This is why the gradient of the log-loss −ln σ(z) with respect to the logit is σ(z) − 1, and of the full binary cross-entropy σ(z) − y. The numerical derivative agrees to the accuracy a central difference can give (about ε^⅔ of the format).",
            "Наклон ln σ равен σ(−t): близок к 1, где σ мала (ln σ(t) ≈ t), и к 0, где σ ≈ 1. Поэтому градиент log-loss −ln σ(z) по логиту равен σ(z) − 1, а полной бинарной кросс-энтропии — σ(z) − y. Численная производная совпадает с точностью, которую может дать центральная разность (порядка ε^⅔ формата).")),
    ]);

    /// <summary>Part ё: the plots of σ and σ′.</summary>
    public ReportSection PartYo()
    {
        double[] ts = [0, 2, 5, 10];
        return new("part-ё", L("ё) The graphs of σ and σ′", "ё) Графики σ и σ′"),
            L("Plot σ(t) and σ′(t).", "Постройте графики функций σ(t) и σ′(t)."),
        [
            new FormulaBlock("σ(t) = 1 / (1 + e<sup>−t</sup>),&emsp; σ′(t) = σ(t)·σ(−t)"),
            new TableBlock(L("Values from the library (double)", "Значения из библиотеки (double)"), ["t", "σ(t)", "σ′(t)"],
                ts.Select(t => (IReadOnlyList<string>)[G(t), G(Logistic.Sigmoid(t), "G8"), G(Logistic.SigmoidDerivative(t), "G8")]).ToArray()),
            Figure(SheetFigures.SigmoidAndDerivative),
            new TextBlock(L(
                "σ looks like a distribution function: non-decreasing, S-shaped, with asymptotes 0 and 1 and the centre of symmetry (0, ½). Its derivative is an even bell with its peak ¼ at t = 0 that is already below 0.01 for |t| > 4.6: outside a narrow band the sigmoid is flat.",
                "σ выглядит как функция распределения: не убывает, S-образная, с асимптотами 0 и 1 и центром симметрии (0, ½). Производная — чётный «холмик» с вершиной ¼ в t = 0, уже при |t| > 4.6 она меньше 0.01: вне узкой полосы сигмоида плоская.")),
        ]);
    }

    /// <summary>Part ж: σ(kt) approaching the unit step.</summary>
    public ReportSection PartZh()
    {
        int[] ks = [1, 10, 100, 1000];
        double rise = 2 * Logistic.Logit(0.99);
        return new("part-ж", L("ж) A smooth step", "ж) Гладкая ступенька"),
            L("Plot σ(t), σ(10t), σ(100t), σ(1000t). How do they behave?", "Постройте графики σ(t), σ(10t), σ(100t), σ(1000t). Как они себя ведут?"),
        [
            new FormulaBlock("σ(kt) → [t &gt; 0] + ½·[t = 0] as k → ∞;&emsp; d/dt σ(kt) = k·σ′(kt), slope at 0 = k/4"),
            new TableBlock(L("Computed by the library (double)", "Вычислено библиотекой (double)"),
                ["k", L("slope at 0: k·σ′(0)", "наклон в 0: k·σ′(0)"), L("rise 0.01 → 0.99 over Δt = 2·logit(0.99)/k", "подъём 0.01 → 0.99 на Δt = 2·logit(0.99)/k"), "σ(k·0.1)"],
                ks.Select(k => (IReadOnlyList<string>)[G(k), G(k * Logistic.SigmoidDerivative(0.0)), G(rise / k), G(Logistic.Sigmoid(k * 0.1), "G8")]).ToArray()),
            Figure(SheetFigures.Steepening),
            new TextBlock(L(
                "The larger the factor in front of t, the sharper the rise: σ(kt) climbs from 0.01 to 0.99 over an interval of width 9.19/k and tends to the unit step (except at t = 0, where it stays ½). Unlike the step it is differentiable everywhere, but its slope k/4 at 0 grows without bound while the slope elsewhere vanishes — a steep sigmoid gives gradients that are either huge or zero.",
                "Чем больше коэффициент при t, тем резче перепад: σ(kt) поднимается от 0.01 до 0.99 на отрезке длины 9.19/k и стремится к единичной ступеньке (кроме t = 0, где остаётся ½). В отличие от ступеньки она всюду дифференцируема, но её наклон k/4 в нуле неограниченно растёт, а вне нуля наклон исчезает — крутая сигмоида даёт градиенты либо огромные, либо нулевые.")),
        ]);
    }
}
