using System.Globalization;
using Sigmoid.Lab.Plotting;
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
    private readonly string _lang;
    private readonly SheetProps _f;
    private readonly SheetProps _d;

    /// <summary>Sections in <paramref name="language"/> from the float and double results.</summary>
    public SheetSections(string language, SheetProps floatProps, SheetProps doubleProps)
    {
        if (!Bilingual.IsSupported(language)) throw new ArgumentException($"Unsupported language '{language}': use en or ru.", nameof(language));
        _lang = language;
        _f = floatProps ?? throw new ArgumentNullException(nameof(floatProps));
        _d = doubleProps ?? throw new ArgumentNullException(nameof(doubleProps));
    }

    private string L(string en, string ru) => _lang == "ru" ? ru : en;

    private static string G(double x, string format = "G6") => x.ToString(format, CultureInfo.InvariantCulture);

    private static string F(double x) => NumberFormat.Float.Format(x);

    private static string D(double x) => NumberFormat.Double.Format(x);

    /// <summary>A count with the language's thousands separator: 81,921 in English, 81 921 (no-break space) in Russian.</summary>
    internal static string Count(double x, string language) =>
        x.ToString("N0", CultureInfo.InvariantCulture).Replace(",", language == "ru" ? "\u00A0" : ",");

    private string Ulp(double x) => (x < 100 ? G(x, "G3") : Count(x, _lang)) + " ULP";

    private static string T(double t) => double.IsPositiveInfinity(t) ? "+∞" : double.IsNegativeInfinity(t) ? "−∞" : G(t).Replace('-', '−');

    /// <summary>The figure of the sheet called <paramref name="figure"/>, drawn in the report's language as PNG, desktop and phone size.</summary>
    public FigureBlock Figure(SheetFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var plot = LabStyle.WithoutTitle(figure.Draw(_lang));
        return new FigureBlock(figure.Title.In(_lang), FigureFormat.Png.MimeType(), LabStyle.Render(plot, FigureFormat.Png), LabStyle.RenderPhonePng(plot));
    }

    private static MathNode Sigma(object argument) => Row("σ", Paren(argument));

    private static readonly MathNode ExpMinusT = Sup("e", "−t");

    private static readonly MathNode ExpT = Sup("e", "t");

    /// <summary>Part а: limits at ±∞ and where σ saturates in float and double.</summary>
    public ReportSection PartA()
    {
        var values = _f.Limits.Values.Zip(_d.Limits.Values, (f, d) => (IReadOnlyList<string>)[T(f.T), f.Text, d.Text]).ToArray();
        var thresholds = _f.Limits.Thresholds.SelectMany(th =>
        {
            var nf = NumberFormat.Parse(th.Type)!;
            return new IReadOnlyList<string>[]
            {
                [L($"`{th.Type}`: σ(t) = 1 for t ≥", $"`{th.Type}`: σ(t) = 1 при t ≥"), nf.Format(th.RoundsToOne.T), th.RoundsToOne.Bits],
                [L($"`{th.Type}`: σ(t) = 0 for t ≤", $"`{th.Type}`: σ(t) = 0 при t ≤"), nf.Format(th.RoundsToZero.T).Replace('-', '−'), th.RoundsToZero.Bits],
            };
        }).ToArray();
        var one = _f.Limits.Thresholds[0].RoundsToOne;
        var zero = _f.Limits.Thresholds[0].RoundsToZero;
        return new("part-а", L("а) The limits at ±∞", "а) Пределы при t → ±∞"),
            L("Where does σ(t) go as t → +∞ and as t → −∞, and at which finite t does a computer already reach those limits?",
                "Куда стремится σ(t) при t → +∞ и при t → −∞ и при каком конечном t компьютер уже достигает этих пределов?"),
        [
            new FormulaBlock(Lines(
                Row(Sigma("t"), " = ", Frac("1", Row("1 + ", ExpMinusT))),
                Row("t → +∞ :", Space(0.5), ExpMinusT, " → 0 ⇒ ", Sigma("t"), " → 1"),
                Row("t → −∞ :", Space(0.5), ExpMinusT, " → +∞ ⇒ ", Sigma("t"), " → 0"))),
            new TableBlock(L("σ(t) computed by the library", "σ(t), вычисленная библиотекой"), ["t", "`float`", "`double`"], values),
            new TableBlock(L("Where σ becomes exactly 1 and exactly 0 (found by bisection over bit patterns)",
                    "Где σ становится ровно 1 и ровно 0 (бисекция по битовым образам чисел)"),
                ["", L("threshold", "порог"), L("bit pattern", "битовый образ")], thresholds),
            new TextBlock(L(
                $"σ tends to 1 as t → +∞ and to 0 as t → −∞; it is the distribution function of the logistic distribution, which is why it maps a network's output to a probability in (0, 1). In floating point the limits are reached at finite t: in `float` σ(t) is exactly 1 from t = {F(one.T)} on (σ({F(one.Neighbour)}) = {F(one.SigmaAtNeighbour)} is the last value below 1) and exactly 0 for t ≤ {F(zero.T).Replace('-', '−')}. The asymmetry is the format's: just below 1 the spacing is 2⁻²⁴, near 0 the numbers go down to 1.4·10⁻⁴⁵.",
                $"σ стремится к 1 при t → +∞ и к 0 при t → −∞; это функция распределения логистического распределения, поэтому она переводит выход сети в вероятность из (0, 1). В машинной арифметике пределы достигаются при конечных t: во `float` σ(t) равна ровно 1 начиная с t = {F(one.T)} (σ({F(one.Neighbour)}) = {F(one.SigmaAtNeighbour)} — последнее значение меньше 1) и ровно 0 при t ≤ {F(zero.T).Replace('-', '−')}. Асимметрия — свойство формата: сразу под 1 шаг сетки 2⁻²⁴, а около 0 числа доходят до 1.4·10⁻⁴⁵.")),
        ]);
    }

    /// <summary>Part б: σ(−t) = 1 − σ(t), with the error of 1 − σ(t) in ULPs.</summary>
    public ReportSection PartB()
    {
        var worst = _f.Symmetry.MaxUlpPositive;
        return new("part-б", L("б) σ(t) and σ(−t)", "б) Связь σ(t) и σ(−t)"),
            L("Express σ(−t) through σ(t). Does the identity survive when it is computed in float and double?",
                "Выразите σ(−t) через σ(t). Выполняется ли это тождество, если считать во float и double?"),
        [
            new FormulaBlock(Steps(
                (Sigma("−t"), "=", Frac("1", Row("1 + ", ExpT))),
                ("", "=", Frac(Row("1 + ", ExpT, " − ", ExpT), Row("1 + ", ExpT))),
                ("", "=", Row("1 − ", Frac(ExpT, Row("1 + ", ExpT)))),
                ("", "=", Row("1 − ", Sigma("t"))))),
            new TableBlock(L($"Error of 1 − σ(t), computed in the format, against the exact σ(−t), over {Count(_f.Grid.Points, _lang)} points t ∈ [−40, 40]; ULPs of the exact value as the `README` defines them",
                    $"Ошибка 1 − σ(t), посчитанной в формате, относительно точного σ(−t) на {Count(_f.Grid.Points, _lang)} точках t ∈ [−40, 40]; в ULP точного значения, как они определены в `README`"),
                ["", "`float`", "`double`"],
                [
                    [L("t ≤ 0, largest error", "t ≤ 0, наибольшая ошибка"), Ulp(_f.Symmetry.MaxUlpNonPositive.Value), Ulp(_d.Symmetry.MaxUlpNonPositive.Value)],
                    [L("t > 0, largest error", "t > 0, наибольшая ошибка"), Ulp(_f.Symmetry.MaxUlpPositive.Value), Ulp(_d.Symmetry.MaxUlpPositive.Value)],
                    [L("t > 0, at t =", "t > 0, при t ="), G(_f.Symmetry.MaxUlpPositive.AtT), G(_d.Symmetry.MaxUlpPositive.AtT)],
                    [L("largest |σ(−t) − (1 − σ(t))|", "наибольшая |σ(−t) − (1 − σ(t))|"), G(_f.Symmetry.MaxAbs.Value), G(_d.Symmetry.MaxAbs.Value)],
                ]),
            Figure(SheetFigures.Symmetry),
            new TextBlock(L(
                $"The curve is symmetric about the point (0, ½). For t ≤ 0 the identity holds in `float` to within {Ulp(_f.Symmetry.MaxUlpNonPositive.Value)} of the exact σ(−t): subtracting σ(t) ≤ ½ from 1 loses nothing. For t > 0 the subtraction 1 − σ(t) cancels: σ(t) is close to 1, where `float` numbers are 2⁻²⁴ apart, so 1 − σ(t) keeps only a few correct digits, and once σ(t) rounds to 1 it is 0 while σ(−t) is still a small number with full precision. The error then is the whole value, {Ulp(worst.Value)} at t = {G(worst.AtT)}: in `float` a number has 2²³ to 2²⁴ ULPs, so this is a relative error of 100%. So a careful implementation computes σ(−t) directly and never as 1 − σ(t).",
                $"График симметричен относительно точки (0, ½). При t ≤ 0 тождество во `float` выполняется с ошибкой не больше {Ulp(_f.Symmetry.MaxUlpNonPositive.Value)} от точного σ(−t): вычитание σ(t) ≤ ½ из 1 ничего не теряет. При t > 0 в разности 1 − σ(t) происходит сокращение: σ(t) близка к 1, где числа `float` отстоят на 2⁻²⁴, поэтому в 1 − σ(t) остаётся мало верных цифр, а когда σ(t) округляется до 1, разность равна 0, хотя σ(−t) — маленькое число с полной точностью. Ошибка тогда равна самому значению, {Ulp(worst.Value)} при t = {G(worst.AtT)}: во `float` в самом числе от 2²³ до 2²⁴ ULP, так что это относительная ошибка 100%. Поэтому аккуратная реализация считает σ(−t) напрямую, а не как 1 − σ(t).")),
        ]);
    }

    /// <summary>Part в: σ′ = σ(1 − σ), and where the product form breaks down.</summary>
    public ReportSection PartV()
    {
        var bf = _f.Derivative.Breakdown;
        var bd = _d.Derivative.Breakdown;
        var fraction = Frac(ExpT, Row("1 + ", ExpT));
        return new("part-в", L("в) σ(t) and σ′(t)", "в) Связь σ(t) и σ′(t)"),
            L("Express the derivative σ′(t) through σ(t) itself. Where does that formula fail in floating point?",
                "Выразите производную σ′(t) через саму σ(t). Где эта формула перестаёт работать в машинной арифметике?"),
        [
            new FormulaBlock(Steps(
                (Row("σ′", Paren("t")), "=", Sup(Paren(fraction), "′")),
                ("", "=", Row(fraction, " − ", Frac(ExpT, Sup(Paren("1 + ", ExpT), "2")), "·", ExpT)),
                ("", "=", Row(fraction, "·", Paren("1 − ", fraction))),
                ("", "=", Row(Sigma("t"), "·", Paren("1 − ", Sigma("t")))),
                ("", "=", Row(Sigma("t"), "·", Sigma("−t"))))),
            new TableBlock(L("σ(t)·(1 − σ(t)) evaluated in the format against the exact σ′(t), in ULPs of the exact value",
                    "σ(t)·(1 − σ(t)), посчитанная в формате, против точной σ′(t), в ULP точного значения"),
                ["", "`float`", "`double`"],
                [
                    [L("largest error, t ≤ 0", "наибольшая ошибка, t ≤ 0"), Ulp(_f.Derivative.MaxUlpNonPositive.Value), Ulp(_d.Derivative.MaxUlpNonPositive.Value)],
                    [L("largest error, 0 < t < threshold", "наибольшая ошибка, 0 < t < порога"), Ulp(_f.Derivative.MaxUlpPositive.Value), Ulp(_d.Derivative.MaxUlpPositive.Value)],
                    [L("threshold: σ(1 − σ) = 0 from t =", "порог: σ(1 − σ) = 0 начиная с t ="), F(bf.T), D(bd.T)],
                    [L("σ′ there (library)", "σ′ там же (библиотека)"), F(bf.Derivative), D(bd.Derivative)],
                ]),
            Figure(SheetFigures.ProductCollapse),
            new TextBlock(L(
                $"Differentiating gives σ′ = σ(1 − σ): the derivative is computed from the forward value alone, which is what backpropagation uses. In floating point the factor 1 − σ(t) cancels for t > 0 (see part б): it keeps fewer and fewer correct digits, and from t = {F(bf.T)} on `float` σ(t) rounds to 1 and σ(1 − σ) is exactly 0, while the true derivative is still {F(bf.Derivative)} (in `double` the same happens from t = {D(bd.T)}). This is the same threshold at which σ(t) = 1 in part а and at which a sigmoid layer's backward pass from its output dies in part з. The library evaluates σ′(t) = σ(t)·σ(−t), which has no subtraction and stays accurate in both tails.",
                $"Дифференцирование даёт σ′ = σ(1 − σ): производная выражается через уже посчитанное значение σ, этим и пользуется обратное распространение. В машинной арифметике множитель 1 − σ(t) при t > 0 сокращается (см. пункт б): верных цифр в нём всё меньше, а начиная с t = {F(bf.T)} во `float` σ(t) округляется до 1 и σ(1 − σ) равна ровно 0, хотя настоящая производная ещё {F(bf.Derivative)} (в `double` то же начиная с t = {D(bd.T)}). Это тот же порог, с которого σ(t) = 1 в пункте а и с которого обратный проход слоя по его выходу обращается в 0 в пункте з. Библиотека считает σ′(t) = σ(t)·σ(−t) — без вычитания, точно в обоих хвостах.")),
        ]);
    }

    /// <summary>Part г: σ(0) and σ′(0).</summary>
    public ReportSection PartG() => new("part-г", L("г) σ(0) and σ′(0)", "г) σ(0) и σ′(0)"),
        L("What are σ(0) and σ′(0)?", "Чему равны σ(0) и σ′(0)?"),
    [
        new FormulaBlock(Steps(
            (Sigma("0"), "=", Row(Frac("1", Row("1 + ", Sup("e", "0"))), " = ", Frac("1", "2"))),
            (Row("σ′", Paren("0")), "=", Row(Sigma("0"), "·", Paren("1 − ", Sigma("0")), " = ", Frac("1", "2"), "·", Frac("1", "2"), " = ", Frac("1", "4"))))),
        new TableBlock(L("Computed by the library", "Вычислено библиотекой"), ["", "`float`", "`double`"],
        [
            ["σ(0)", F(_f.AtZero.Sigma), D(_d.AtZero.Sigma)],
            ["σ′(0)", F(_f.AtZero.Derivative), D(_d.AtZero.Derivative)],
        ]),
        new TextBlock(L(
            "Both values are exact in binary floating point: ½ and ¼ are powers of two. σ(0) = ½ means a logit of 0 is a coin toss; σ′(0) = ¼ is the steepest slope of σ (part и).",
            "Оба значения точны в двоичной арифметике: ½ и ¼ — степени двойки. σ(0) = ½ значит, что логит 0 — это подбрасывание монетки; σ′(0) = ¼ — наибольший наклон σ (пункт и).")),
    ]);

    /// <summary>Part д: the inverse function (logit) and its round trip.</summary>
    public ReportSection PartD()
    {
        var nonPositive = _f.Logit.NonPositive;
        var ratio = Frac("y", Row("1 − y"));
        return new("part-д", L("д) The inverse function: logit", "д) Обратная функция: логит"),
            L("Invert σ: which t gives σ(t) = y? How much does the round trip t → σ(t) → t lose in floating point?",
                "Обратите σ: при каком t получается σ(t) = y? Сколько теряет путь t → σ(t) → t в машинной арифметике?"),
        [
            new FormulaBlock(Steps(
                ("y", "=", Frac("1", Row("1 + ", ExpMinusT))),
                (ExpMinusT, "=", Row(Frac("1", "y"), " − 1 = ", Frac("1 − y", "y"))),
                ("−t", "=", Row("ln ", Frac("1 − y", "y"))),
                ("t", "=", Row("ln ", ratio)),
                (Row(Sup("σ", "−1"), Paren("y")), "=", Row("ln ", ratio, " = ", L("logit", "логит"), Paren("y"))))),
            new TableBlock(L("Round trip logit(σ(t)) − t over the grid t ∈ [−40, 40]", "Круговая проверка логит(σ(t)) − t на сетке t ∈ [−40, 40]"),
                ["", "`float`", "`double`"],
                [
                    [L("largest |error|, t ≤ 0", "наибольшая |ошибка|, t ≤ 0"), G(_f.Logit.NonPositive.MaxAbs.Value), G(_d.Logit.NonPositive.MaxAbs.Value)],
                    [L("largest relative error, t ≤ 0", "наибольшая относительная ошибка, t ≤ 0"), G(_f.Logit.NonPositive.MaxRel.Value), G(_d.Logit.NonPositive.MaxRel.Value)],
                    [L("… at t =", "… при t ="), G(_f.Logit.NonPositive.MaxRel.AtT), G(_d.Logit.NonPositive.MaxRel.AtT)],
                    [L("largest |error|, t > 0", "наибольшая |ошибка|, t > 0"), G(_f.Logit.Positive.MaxAbs.Value), G(_d.Logit.Positive.MaxAbs.Value)],
                    [L("largest relative error, t > 0", "наибольшая относительная ошибка, t > 0"), G(_f.Logit.Positive.MaxRel.Value), G(_d.Logit.Positive.MaxRel.Value)],
                    [L("logit(σ(t)) = +∞ from t =", "логит(σ(t)) = +∞ начиная с t ="), F(_f.Logit.InfiniteFrom), D(_d.Logit.InfiniteFrom)],
                ]),
            Figure(SheetFigures.Logit),
            new TextBlock(L(
                $"The inverse of σ is the logit, the log-odds ln(p / (1 − p)); classifiers (and gradient boosting) usually output it and apply σ only at the end. For t ≤ 0 the trip t → σ(t) → logit loses little but not nothing: in `float` the absolute error stays below {G(nonPositive.MaxAbs.Value)}, yet near t = 0 that is a relative error of up to {G(nonPositive.MaxRel.Value)} (at t = {G(nonPositive.MaxRel.AtT)}), because σ(t) ≈ ½ is stored only to about 3·10⁻⁸ and dividing by the slope ¼ turns that into about 10⁻⁷ in t. Far out on the negative side small probabilities keep their full relative precision and the trip is accurate to a few units in the last place. For t > 0 probabilities crowd near 1, so the trip back loses information (up to {G(_f.Logit.Positive.MaxAbs.Value)} in `float`), and from t = {F(_f.Logit.InfiniteFrom)} on σ(t) = 1 and the logit is +∞. Keep logits, not probabilities, when you can.",
                $"Обратная к σ функция — логит, логарифм шансов ln(p / (1 − p)); классификаторы (и градиентный бустинг) обычно выдают именно его, а σ применяют в самом конце. При t ≤ 0 путь t → σ(t) → логит теряет мало, но не ничего: во `float` абсолютная ошибка меньше {G(nonPositive.MaxAbs.Value)}, однако около t = 0 это относительная ошибка до {G(nonPositive.MaxRel.Value)} (при t = {G(nonPositive.MaxRel.AtT)}): σ(t) ≈ ½ хранится лишь с точностью около 3·10⁻⁸, а деление на наклон ¼ превращает это примерно в 10⁻⁷ по t. Далеко в отрицательной области маленькие вероятности сохраняют полную относительную точность, и путь точен до нескольких единиц последнего разряда. При t > 0 вероятности теснятся у 1, и обратный путь теряет информацию (до {G(_f.Logit.Positive.MaxAbs.Value)} во `float`), а начиная с t = {F(_f.Logit.InfiniteFrom)} σ(t) = 1 и логит равен +∞. Храните логиты, а не вероятности, когда это возможно.")),
        ]);
    }

    /// <summary>Part е: [ln σ]′ = σ(−t), checked by central differences.</summary>
    public ReportSection PartE() => new("part-е", L("е) [ln σ(t)]′ and σ(−t)", "е) Связь [ln σ(t)]′ и σ(−t)"),
        L("Differentiate ln σ(t) and compare the result with σ(−t).", "Продифференцируйте ln σ(t) и сравните результат с σ(−t)."),
    [
        new FormulaBlock(Steps(
            (Sup(Row("[ln ", Sigma("t"), "]"), "′"), "=", Frac(Row("σ′", Paren("t")), Sigma("t"))),
            ("", "=", Frac(Row(Sigma("t"), "·", Paren("1 − ", Sigma("t"))), Sigma("t"))),
            ("", "=", Row("1 − ", Sigma("t"))),
            ("", "=", Sigma("−t")))),
        new TableBlock(L("Central difference (ln σ(t + h) − ln σ(t − h)) / 2h of the library's ln σ against its σ(−t), t ∈ [−40, 40]",
                "Центральная разность (ln σ(t + h) − ln σ(t − h)) / 2h от ln σ библиотеки против её же σ(−t), t ∈ [−40, 40]"),
            ["", "`float`", "`double`"],
            [
                ["h", G(_f.LogDerivative.Step), G(_d.LogDerivative.Step)],
                [L("largest |error|", "наибольшая |ошибка|"), G(_f.LogDerivative.Error.MaxAbs.Value), G(_d.LogDerivative.Error.MaxAbs.Value)],
                [L("largest relative error", "наибольшая относительная ошибка"), G(_f.LogDerivative.Error.MaxRel.Value), G(_d.LogDerivative.Error.MaxRel.Value)],
            ]),
        Figure(SheetFigures.LogSigmoid),
        new TextBlock(L(
            "The slope of ln σ is σ(−t): close to 1 where σ is small (ln σ(t) ≈ t) and close to 0 where σ ≈ 1. This is why the gradient of the log-loss −ln σ(z) with respect to the logit is σ(z) − 1, and that of the full binary cross-entropy σ(z) − y. The numerical derivative agrees to the accuracy a central difference can give (about ε²ᐟ³ of the format, ε its machine epsilon).",
            "Наклон ln σ равен σ(−t): близок к 1, где σ мала (ln σ(t) ≈ t), и к 0, где σ ≈ 1. Поэтому градиент логарифмической функции потерь −ln σ(z) по логиту равен σ(z) − 1, а полной бинарной кросс-энтропии — σ(z) − y. Численная производная совпадает с точностью, которую может дать центральная разность (порядка ε²ᐟ³ формата, где ε — машинный эпсилон).")),
    ]);

    /// <summary>Part ё: the plots of σ and σ′.</summary>
    public ReportSection PartYo()
    {
        double[] ts = [0, 2, 5, 10];
        return new("part-ё", L("ё) The graphs of σ and σ′", "ё) Графики σ и σ′"),
            L("Sketch σ(t) and σ′(t) and describe their shapes.", "Нарисуйте σ(t) и σ′(t) и опишите их форму."),
        [
            new FormulaBlock(Lines(
                Row(Sigma("t"), " = ", Frac("1", Row("1 + ", ExpMinusT))),
                Row("σ′", Paren("t"), " = ", Sigma("t"), "·", Sigma("−t")))),
            new TableBlock(L("Values from the library (`double`)", "Значения из библиотеки (`double`)"), ["t", "σ(t)", "σ′(t)"],
                ts.Select(t => (IReadOnlyList<string>)[G(t), G(Logistic.Sigmoid(t), "G8"), G(Logistic.SigmoidDerivative(t), "G8")]).ToArray()),
            Figure(SheetFigures.SigmoidAndDerivative),
            new TextBlock(L(
                "σ looks like a distribution function: non-decreasing, S-shaped, with asymptotes 0 and 1 and the centre of symmetry (0, ½). Its derivative is an even bell with its peak ¼ at t = 0 that is already below 0.01 for |t| > 4.6: outside a narrow band the sigmoid is flat.",
                "σ выглядит как функция распределения: не убывает, S-образная, с асимптотами 0 и 1 и центром симметрии (0, ½). Производная — чётный «холмик» с вершиной ¼ в t = 0, уже при |t| > 4.6 она меньше 0.01: вне узкой полосы сигмоида плоская.")),
        ]);
    }

    /// <summary>Part ж: σ(kt) approaching the unit step, with a zoom showing σ(1000t) is still smooth.</summary>
    public ReportSection PartZh()
    {
        int[] ks = [1, 10, 100, 1000];
        double rise = 2 * Logistic.Logit(0.99);
        var kt = Row("k", "t");
        return new("part-ж", L("ж) A smooth step", "ж) Гладкая ступенька"),
            L("Draw σ(kt) for k = 1, 10, 100 and 1000. What happens as k grows, and is σ(1000t) a step?",
                "Нарисуйте σ(kt) для k = 1, 10, 100 и 1000. Что происходит с ростом k и стала ли σ(1000t) ступенькой?"),
        [
            new FormulaBlock(Lines(
                Row(Under("lim", "k → ∞"), Space(0.2), Sigma(kt), " = 0", Space(0.3), Text(L("for", "при")), Space(0.3), "t < 0;", Space(0.6), Sigma(Row("k", "·0")), " = ", Frac("1", "2"), ";", Space(0.6),
                    Under("lim", "k → ∞"), Space(0.2), Sigma(kt), " = 1", Space(0.3), Text(L("for", "при")), Space(0.3), "t > 0"),
                Row(Frac("d", Row("d", "t")), Sigma(kt), " = k·σ′", Paren(kt), ",", Space(0.5), "k·σ′", Paren("0"), " = ", Frac("k", "4")),
                Row(Sub("Δt", "0.01 → 0.99"), " = ", Frac(Row("2·", L("logit", "логит"), Paren("0.99")), "k"), " ≈ ", Frac("9.19", "k")))),
            new TableBlock(L("Computed by the library (`double`)", "Вычислено библиотекой (`double`)"),
                ["k", L("slope at 0: k·σ′(0)", "наклон в 0: k·σ′(0)"), L("rise 0.01 → 0.99 over Δt", "подъём 0.01 → 0.99 на Δt"), "σ(k·0.1)"],
                ks.Select(k => (IReadOnlyList<string>)[G(k), G(k * Logistic.SigmoidDerivative(0.0)), G(rise / k), G(Logistic.Sigmoid(k * 0.1), "G8")]).ToArray()),
            Figure(SheetFigures.Steepening),
            Figure(SheetFigures.SteepeningZoom),
            new TextBlock(L(
                $"The larger the factor in front of t, the sharper the rise: σ(kt) climbs from 0.01 to 0.99 over an interval of width 9.19/k and tends to the unit step (except at t = 0, where it stays ½). On the scale of the first figure σ(100t), σ(1000t) and the step look the same; the zoom to t ∈ [−0.05, 0.05] shows that σ(1000t) is still a smooth S, rising over Δt ≈ {G(rise / 1000, "G2")}. Unlike the step it is differentiable everywhere, but its slope k/4 at 0 grows without bound while the slope elsewhere vanishes — a steep sigmoid gives gradients that are either huge or zero.",
                $"Чем больше коэффициент при t, тем резче перепад: σ(kt) поднимается от 0.01 до 0.99 на отрезке длины 9.19/k и стремится к единичной ступеньке (кроме t = 0, где остаётся ½). В масштабе первого рисунка σ(100t), σ(1000t) и ступенька неразличимы; крупный план t ∈ [−0.05, 0.05] показывает, что σ(1000t) — всё ещё гладкая S-образная кривая, поднимающаяся на отрезке Δt ≈ {G(rise / 1000, "G2")}. В отличие от ступеньки она всюду дифференцируема, но её наклон k/4 в нуле неограниченно растёт, а вне нуля наклон исчезает — крутая сигмоида даёт градиенты либо огромные, либо нулевые.")),
        ]);
    }
}
