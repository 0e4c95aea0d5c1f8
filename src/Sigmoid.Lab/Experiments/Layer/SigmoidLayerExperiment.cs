using Sigmoid.Lab.Sheet;
using Sigmoid.Learning;

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

/// <summary>What experiment з computed.</summary>
/// <param name="Summary">The worked pass, the backward forms and the gradient checks (also the JSON summary).</param>
/// <param name="FloatLostFrom">The smallest h at which o(1 − o) in float is exactly 0 (<see cref="SigmoidLayerExperiment.FirstLostGradient"/>).</param>
/// <param name="DoubleLostFrom">The same in double.</param>
public sealed record SigmoidLayerData(SigmoidLayerSummary Summary, double FloatLostFrom, double DoubleLostFrom);

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

    /// <summary>Rows, inputs and outputs of the worked pass.</summary>
    public const int BatchRows = 2, Inputs = 3, Outputs = 2;

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
        const int B = BatchRows, In = Inputs, Out = Outputs;

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
        DataTable[] tables =
        [
            DataTable.Of("layer-backward-forms.csv", ["h", "exact", "fromOutputFloat", "fromInputFloat", "fromOutputDouble"],
                forms.Select(f => new object?[] { f.H, f.Exact, f.FromOutputFloat, f.FromInputFloat, f.FromOutputDouble })),
            DataTable.Of("layer-pass.csv", ["row", "neuron", "h", "o", "dL_do", "dL_dh"],
                Enumerable.Range(0, B * Out).Select(i => new object?[] { i / Out + 1, i % Out + 1, h[i], o[i], dO[i], dH[i] })),
        ];
        var data = new SigmoidLayerData(summary, FirstLostGradient(NumberFormat.Float), FirstLostGradient(NumberFormat.Double));
        return new ExperimentResult(Name, data, summary, tables);
    }

    /// <summary>
    /// The smallest h ≥ 0 at which the sheet's backward form o(1 − o)·1, with o = σ(h) computed and rounded in
    /// <paramref name="format"/>, is exactly 0 — where o has rounded to 1 (found by bisection over bit patterns:
    /// 17.3286… in float, 36.7368… in double).
    /// </summary>
    public static double FirstLostGradient(NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return ThresholdSearch.FirstNonNegative(format, h =>
        {
            double o = format.Sigmoid(h);
            return format.Mul(o, format.Sub(1, o)) == 0;
        }) ?? double.NaN;
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
}
