using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Learning;
using static Sigmoid.Lab.Experiments.LearningOutput;

namespace Sigmoid.Lab.Experiments;

/// <summary>One h of the backward-form comparison: σ′(h)·1 computed four ways.</summary>
/// <param name="H">Pre-activation.</param>
/// <param name="Exact">σ(h)·σ(−h) in double (within an ulp or so of the true value).</param>
/// <param name="FromOutputFloat">o(1−o) with o = σ(h) rounded to float (the sheet's form).</param>
/// <param name="FromInputFloat">σ′(h) from h, in float.</param>
/// <param name="FromOutputDouble">o(1−o) in double.</param>
public sealed record BackwardFormRow(double H, double Exact, double FromOutputFloat, double FromInputFloat, double FromOutputDouble);

/// <summary>The part-з summary: a worked forward/backward pass, the backward forms, and the gradient checks.</summary>
/// <param name="X">Input batch (B, In).</param>
/// <param name="H">h = x·Wᵀ + b (B, Out).</param>
/// <param name="O">o = σ(h) (B, Out).</param>
/// <param name="DO">Upstream gradient ∂L/∂o (B, Out) for L = ½‖o − t‖².</param>
/// <param name="DH">dh = o(1−o)·do (B, Out).</param>
/// <param name="DW">∂L/∂W (Out, In).</param>
/// <param name="DX">∂L/∂x (B, In).</param>
/// <param name="Forms">The backward forms against h.</param>
/// <param name="GradientChecks">Max relative error of each gradient check (layer or network → error).</param>
public sealed record SigmoidLayerSummary(double[] X, double[] H, double[] O, double[] DO, double[] DH, double[] DW, double[] DX,
    IReadOnlyList<BackwardFormRow> Forms, IReadOnlyDictionary<string, double> GradientChecks);

/// <summary>
/// Experiment з (part з of the sheet): forward o = σ(h) and backward d_h = σ(h)(1 − σ(h))·d_o through a dense
/// sigmoid layer on a small batch, with every number shown; the sheet's output form against the input form
/// σ(h)σ(−h) where o rounds to 1; and the gradient checks of every layer and a whole network.
/// </summary>
public sealed class SigmoidLayerExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "layer";

    /// <inheritdoc/>
    public string ReportSection => "part-з";

    /// <inheritdoc/>
    public string Title(Language language) => TextCatalog.For(language)["experiment.layer.title"];

    /// <summary>The pre-activations of the backward-form comparison.</summary>
    public static IReadOnlyList<double> FormPoints { get; } = [0, 2, 5, 10, 15, 16, 16.5, 17, 17.5, 18, 20, 25, 30, 35, 36.5, 37, 38, 40, 45];

    /// <summary>σ′(h) four ways (see <see cref="BackwardFormRow"/>).</summary>
    public static BackwardFormRow Form(double h)
    {
        float hf = (float)h, one = 1f;
        float of = Logistic.Sigmoid(hf);
        double od = Logistic.Sigmoid(h);
        return new BackwardFormRow(h,
            Logistic.Sigmoid(h) * Logistic.Sigmoid(-h),
            Logistic.SigmoidBackwardFromOutput(of, one),
            Logistic.SigmoidBackwardFromInput(hf, one),
            Logistic.SigmoidBackwardFromOutput(od, 1.0));
    }

    /// <inheritdoc/>
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string dir = Directory(context);
        var lang = context.Language;
        const int B = 2, In = 3, Out = 2;

        // A worked pass: dense (In → Out) then sigmoid, L = ½‖o − t‖², so ∂L/∂o = o − t.
        var rng = new SplitMix64((ulong)(uint)context.Seed);
        var dense = new Dense<double>(In, Out, "dense");
        WeightInit.Fill(dense, WeightInitKind.Xavier, ref rng);
        for (int i = 0; i < Out; i++) dense.Bias.Value[i] = Math.Round(rng.NextUniform(-0.5, 0.5), 2);
        for (int i = 0; i < dense.Weight.Value.Length; i++) dense.Weight.Value[i] = Math.Round(dense.Weight.Value[i], 2);
        double[] x = [1.0, -2.0, 0.5, 0.0, 3.0, -1.0]; // (B, In)
        double[] t = [1.0, 0.0, 0.0, 1.0]; // (B, Out)
        var sigmoid = new SigmoidLayer<double>(Out);
        var h = new double[B * Out];
        var o = new double[B * Out];
        dense.Forward(x, h);
        sigmoid.Forward(h, o);
        var dO = o.Select((v, i) => v - t[i]).ToArray();
        var dH = new double[B * Out];
        sigmoid.BackwardFromOutput(o, dO, dH); // the sheet's form: d = o(1−o)·d
        var dX = new double[B * In];
        dense.Backward(x, dH, dX);

        var forms = FormPoints.Select(Form).ToArray();
        var checks = GradientChecks(context.Seed);
        var summary = new SigmoidLayerSummary(x, h, o, dO, dH, (double[])dense.Weight.Gradient.Clone(), dX, forms, checks);

        var files = new List<string>
        {
            WriteJson(dir, "layer.json", summary),
            WriteCsv(dir, "layer-backward-forms.csv", ["h", "exact", "fromOutputFloat", "fromInputFloat", "fromOutputDouble"],
                forms.Select(f => new object[] { f.H, f.Exact, f.FromOutputFloat, f.FromInputFloat, f.FromOutputDouble })),
            WriteCsv(dir, "layer-pass.csv", ["row", "neuron", "h", "o", "dL_do", "dL_dh"],
                Enumerable.Range(0, B * Out).Select(i => new object[] { i / Out + 1, i % Out + 1, h[i], o[i], dO[i], dH[i] })),
        };
        var figures = new List<string> { FormsFigure(dir, lang, forms) };

        double lostFloat = forms.First(f => f.FromOutputFloat == 0).H;
        double lostDouble = forms.First(f => f.FromOutputDouble == 0).H;
        var at17 = Form(17.5);
        var key = new List<KeyValuePair<string, string>>
        {
            new(Text(lang, "o = σ(h), row 1", "o = σ(h), строка 1"), string.Join(", ", o.Take(Out).Select(v => F(v, "F4")))),
            new(Text(lang, "d_h = o(1−o)·d_o, row 1", "d_h = o(1−o)·d_o, строка 1"), string.Join(", ", dH.Take(Out).Select(v => F(v, "F4")))),
            new(Text(lang, "float: o(1−o) first 0 at h =", "float: o(1−o) впервые 0 при h ="), F(lostFloat)),
            new(Text(lang, "float at h = 17.5: o(1−o) vs σ(h)σ(−h)", "float при h = 17.5: o(1−o) и σ(h)σ(−h)"), $"{F(at17.FromOutputFloat)} vs {F(at17.FromInputFloat, "E3")}"),
            new(Text(lang, "double: o(1−o) first 0 at h =", "double: o(1−o) впервые 0 при h ="), F(lostDouble)),
        };
        foreach (var (name, err) in checks)
            key.Add(new(Text(lang, $"gradient check, {name} (max rel. error)", $"проверка градиента, {name} (макс. отн. ошибка)"), F(err, "E1")));

        string paragraph = Text(lang,
            $"A batch of {B} rows goes through a dense layer ({In} → {Out}) and σ: h = x·Wᵀ + b, o = σ(h); with L = ½‖o − t‖² the upstream gradient is d_o = o − t, "
            + $"and the layer's backward pass is d_h = o(1 − o)·d_o exactly as the sheet writes it, then ∂L/∂W = d_hᵀ·x and ∂L/∂x = d_h·W. "
            + $"That form needs only the saved output, but once o rounds to 1 it returns exactly 0: in float from h = {F(lostFloat)} "
            + $"(at h = 17.5 it gives {F(at17.FromOutputFloat)} while σ′(17.5) = {F(at17.Exact, "E3")}), in double from h = {F(lostDouble)}. "
            + $"The input form σ(h)·σ(−h) keeps full relative accuracy, so the library's layers use it. "
            + $"Every analytic gradient (weights, biases and inputs of each layer and of whole sigmoid/tanh/ReLU networks) agrees with central differences "
            + $"to a relative error of at most {F(checks.Values.Max(), "E1")}.",
            $"Пакет из {B} строк проходит через полносвязный слой ({In} → {Out}) и σ: h = x·Wᵀ + b, o = σ(h); при L = ½‖o − t‖² приходящий градиент d_o = o − t, "
            + $"а обратный ход слоя — d_h = o(1 − o)·d_o, ровно как в условии, затем ∂L/∂W = d_hᵀ·x и ∂L/∂x = d_h·W. "
            + $"Этой формуле нужен только сохранённый выход, но когда o округляется до 1, она даёт ровно 0: во float начиная с h = {F(lostFloat)} "
            + $"(при h = 17.5 получается {F(at17.FromOutputFloat)}, а σ′(17.5) = {F(at17.Exact, "E3")}), в double — с h = {F(lostDouble)}. "
            + $"Форма от входа σ(h)·σ(−h) сохраняет полную относительную точность, поэтому слои библиотеки используют её. "
            + $"Все аналитические градиенты (веса, смещения и входы каждого слоя и целых сетей с сигмоидой, tanh и ReLU) совпадают с центральными разностями "
            + $"с относительной ошибкой не больше {F(checks.Values.Max(), "E1")}.");
        return new ExperimentResult(paragraph, key, figures, files, summary);
    }

    /// <summary>Max relative errors of the gradient checks of each layer type and of a small network per activation.</summary>
    public static IReadOnlyDictionary<string, double> GradientChecks(int seed)
    {
        var rng = new SplitMix64(0xC4EC_0000UL + (ulong)(uint)seed);
        double[] Batch(int n, double scale) { var v = new double[n]; for (int i = 0; i < n; i++) v[i] = rng.NextUniform(-scale, scale); return v; }
        var dense = new Dense<double>(5, 4);
        WeightInit.Fill(dense, WeightInitKind.Xavier, ref rng);
        for (int i = 0; i < 4; i++) dense.Bias.Value[i] = rng.NextUniform(-0.5, 0.5);
        var result = new Dictionary<string, double>
        {
            ["dense"] = GradientCheck.Layer(dense, Batch(3 * 5, 1)).MaxRelativeError,
            ["sigmoid"] = GradientCheck.Layer(new SigmoidLayer<double>(4), Batch(3 * 4, 4)).MaxRelativeError,
            ["tanh"] = GradientCheck.Layer(new TanhLayer<double>(4), Batch(3 * 4, 2)).MaxRelativeError,
            ["relu"] = GradientCheck.Layer(new ReluLayer<double>(4), Batch(3 * 4, 2)).MaxRelativeError,
        };
        foreach (var activation in new[] { Activation.Sigmoid, Activation.Tanh, Activation.Relu })
        {
            var net = Mlp.Create<double>(3, [6, 5], 1, activation, (ulong)(uint)seed + 7);
            var x = Batch(4 * 3, 1.5);
            var target = Enumerable.Range(0, 4).Select(i => (double)(i % 2)).ToArray();
            result[$"mlp-{Activations.Name(activation)}"] = GradientCheck.Network(net, new BceWithLogitsLoss<double>(), x, target).MaxRelativeError;
        }
        return result;
    }

    private static string FormsFigure(string dir, Language lang, BackwardFormRow[] forms)
    {
        const double floor = -22;
        var plot = NewPlot(
            Text(lang, "Backward through σ with d = 1: o(1 − o) against σ(h)·σ(−h)", "Обратный ход через σ при d = 1: o(1 − o) и σ(h)·σ(−h)"),
            "h", Text(lang, "σ′(h) (log scale; bottom row = exactly 0)", "σ′(h) (лог. шкала; нижний ряд — ровно 0)"));
        double[] hs = Enumerable.Range(0, 451).Select(i => i * 0.1).ToArray();
        var exact = plot.Add.ScatterLine(hs, hs.Select(v => Log10(Logistic.Sigmoid(v) * Logistic.Sigmoid(-v), floor)).ToArray(), LabStyle.Palette[4]);
        exact.LineWidth = 3;
        exact.LegendText = Text(lang, "σ′(h), double", "σ′(h), double");
        var series = new (Func<double, double> F, string Label, int Color, ScottPlot.MarkerShape Shape)[]
        {
            (v => Form(v).FromInputFloat, Text(lang, "σ(h)·σ(−h), float", "σ(h)·σ(−h), float"), 2, ScottPlot.MarkerShape.FilledCircle),
            (v => Form(v).FromOutputFloat, Text(lang, "o(1 − o), float", "o(1 − o), float"), 1, ScottPlot.MarkerShape.FilledSquare),
            (v => Form(v).FromOutputDouble, Text(lang, "o(1 − o), double", "o(1 − o), double"), 0, ScottPlot.MarkerShape.OpenTriangleUp),
        };
        double[] sample = Enumerable.Range(0, 46).Select(i => (double)i).ToArray();
        foreach (var s in series)
        {
            var pts = plot.Add.ScatterPoints(sample, sample.Select(v => Log10(s.F(v), floor)).ToArray(), LabStyle.Palette[s.Color]);
            pts.MarkerShape = s.Shape;
            pts.MarkerSize = 7;
            pts.LegendText = s.Label;
        }
        var zero = plot.Add.HorizontalLine(floor, 1, LabStyle.Palette[4], ScottPlot.LinePattern.Dotted);
        zero.LegendText = Text(lang, "exactly 0: gradient lost", "ровно 0: градиент потерян");
        Log10Y(plot);
        plot.Axes.SetLimitsY(floor - 1, 0);
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft);
        return Save(plot, dir, "layer-backward-forms.png");
    }
}
