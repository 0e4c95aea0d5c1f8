using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>Experiment и in words and figures: per-layer gradient norms, loss and accuracy curves, accuracy by depth.</summary>
public sealed class VanishingPresenter : IExperimentPresenter
{
    /// <inheritdoc/>
    public string Experiment => "vanishing";

    /// <summary>The name of an activation for a reader (sigmoid → "сигмоида" in Russian; tanh, ReLU as symbols), with
    /// code marks when <paramref name="marked"/> (see <see cref="MarkedText"/>); an activation without a resource is shown as code.</summary>
    public static string ActivationName(TextCatalog t, string activation, bool marked = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        string name = t.Keys.Contains($"activation.{activation}") ? t.Marked($"activation.{activation}") : MarkedText.Code(activation);
        return marked ? name : MarkedText.Plain(name);
    }

    /// <summary>The least and the largest slope of SiLU, min and max of σ(x)·(1 + x·σ(−x)) (at x ≈ ∓2.40), by
    /// golden-section search on the library's σ.</summary>
    public static (double Min, double Max) SiluSlopeRange()
    {
        static double Slope(double x) => Logistic.Sigmoid(x) * (1 + x * Logistic.Sigmoid(-x));
        static double Peak(double a, double b, Func<double, double> f)
        {
            double r = (Math.Sqrt(5) - 1) / 2;
            for (int i = 0; i < 200 && b - a > 1e-12; i++)
            {
                double c = b - r * (b - a), d = a + r * (b - a);
                if (f(c) > f(d)) b = d; else a = c;
            }
            return f((a + b) / 2);
        }
        return (-Peak(-6, 0, x => -Slope(x)), Peak(0, 6, Slope));
    }

    /// <inheritdoc/>
    public ExperimentView Present(ExperimentResult result, Language language)
    {
        var data = Presenters.DataOf<VanishingData>(result, Experiment);
        var t = TextCatalog.For(language);
        var n = t.Numbers;
        var o = data.Options;
        int deepest = data.Deepest, shallowest = data.Shallowest;
        int keyDepth = data.Runs.Any(r => r.Config.Depth == 20) ? 20 : deepest;
        string Act(string a) => ActivationName(t, a, marked: true);

        var key = new List<KeyNumber>();
        foreach (var act in data.Activations)
            if (data.Find(act, keyDepth) is { } r)
                key.Add(new(t.Marked("vanishing.key.firstLayer", ("activation", Act(act)), ("depth", keyDepth)), n.Scientific(r.GradNormsAtInit[0], 3)));
        foreach (var act in data.Activations)
            if (data.Find(act, deepest) is { } r && r.GradNormsAtInit.Length > 1)
                key.Add(new(t.Marked("vanishing.key.factor", ("activation", Act(act)), ("depth", deepest)), n.Fixed(VanishingExperiment.DecayPerLayer(r), 3)));
        foreach (var act in data.Activations)
            if (data.Find(act, deepest) is { } r)
                key.Add(new(t.Marked("vanishing.key.final", ("activation", Act(act)), ("depth", deepest)),
                    t.Marked("vanishing.lossAndAccuracy", ("loss", n.Fixed(r.FinalLoss, 3)), ("accuracy", n.Percent(r.FinalAccuracy, 0)))));
        double linear = data.StraightBoundaryAccuracy;
        if (!double.IsNaN(linear)) key.Add(new(t.Marked("vanishing.key.straight"), n.Percent(linear, 1)));
        var sigmoidByDepth = data.Runs.Where(r => r.Config.Activation == "sigmoid").OrderBy(r => r.Config.Depth).ToArray();
        string byDepth = string.Join(" · ", sigmoidByDepth.Select(r => $"{n.Integer(r.Config.Depth)}: {n.Percent(r.FinalAccuracy, 1)}"));
        if (sigmoidByDepth.Length > 1) key.Add(new(t.Marked("vanishing.key.byDepth"), byDepth));

        var sig = data.Find("sigmoid", deepest);
        var shallowSig = data.Find("sigmoid", shallowest);
        var shallowTanh = data.Find("tanh", shallowest);
        var paragraph = new List<string>
        {
            t.Marked("vanishing.paragraph.setup", ("networks", data.Runs.Count), ("width", o.Width), ("dataset", MarkedText.Code(data.DatasetName)), ("epochs", t.Count("unit.epoch", o.Epochs))),
        };
        if (sig is not null)
            paragraph.Add(t.Marked("vanishing.paragraph.sigmoid", ("depth", deepest), ("factor", n.Fixed(1 / VanishingExperiment.DecayPerLayer(sig), 1)),
                ("first", n.Scientific(sig.GradNormsAtInit[0], 2)), ("last", n.Scientific(sig.GradNormsAtInit[^1], 2)),
                ("loss", n.Fixed(sig.FinalLoss, 3)), ("accuracy", n.Percent(sig.FinalAccuracy, 0))));
        paragraph.Add(t.Marked("vanishing.paragraph.others"));
        if (data.Find("silu", deepest) is { } silu && data.Find("silu", shallowest) is { } shallowSilu && shallowest < deepest)
        {
            var (min, max) = SiluSlopeRange();
            int learned = data.Runs.Where(r => r.Config.Activation == "silu" && r.FinalAccuracy >= 0.9).Select(r => r.Config.Depth).DefaultIfEmpty(0).Max();
            paragraph.Add(t.Marked(silu.FinalAccuracy >= 0.9 ? "vanishing.paragraph.siluLearns" : "vanishing.paragraph.siluFades",
                ("min", n.Fixed(min, 4)), ("max", n.Fixed(max, 4)), ("learned", learned), ("depth", deepest), ("shallow", shallowest),
                ("last", n.Scientific(silu.GradNormsAtInit[^1], 2)), ("lastShallow", n.Scientific(shallowSilu.GradNormsAtInit[^1], 2)),
                ("accuracy", n.Percent(silu.FinalAccuracy, 0))));
        }
        if (shallowSig is not null && shallowTanh is not null && shallowest < deepest)
        {
            double ratio = shallowTanh.GradNormsAtInit[0] / shallowSig.GradNormsAtInit[0];
            bool deepAtChance = sig is not null && Math.Abs(sig.FinalAccuracy - 0.5) < 0.1;
            string straight = double.IsNaN(linear) ? "" : t.Marked("vanishing.paragraph.straight", ("accuracy", n.Percent(linear, 1)));
            paragraph.Add(shallowSig.FinalAccuracy >= 0.6
                ? t.Marked("vanishing.paragraph.shallowLearns", ("layers", t.Count("unit.layer", shallowest)), ("accuracy", n.Percent(shallowSig.FinalAccuracy, 1)),
                    ("epochs", t.Count("unit.epoch", o.Epochs)), ("tanh", n.Percent(shallowTanh.FinalAccuracy, 1)), ("straight", straight),
                    ("ratio", n.Fixed(ratio, 0)), ("byDepth", byDepth))
                  + (deepAtChance ? t.Marked("vanishing.paragraph.depthParalyses") : ".")
                : t.Marked("vanishing.paragraph.shallowStuck", ("layers", t.Count("unit.sigmoidLayer", shallowest)), ("accuracy", n.Percent(shallowSig.FinalAccuracy, 0)),
                    ("epochs", t.Count("unit.epoch", o.Epochs)), ("rate", n.Number(o.LearningRate)), ("straight", straight), ("ratio", n.Fixed(ratio, 0))));
        }

        var deep = data.Runs.Where(r => r.Config.Depth == deepest).ToArray();
        var shallowSigmoid = data.Runs.Where(r => r.Config.Activation == "sigmoid" && r.Config.Depth < deepest).MinBy(r => r.Config.Depth);
        string activations = string.Join(", ", data.Activations.Select(Act));
        var figures = new List<ExperimentFigure>
        {
            new("vanishing-per-layer", t.Marked("vanishing.caption.perLayer", ("layers", t.Count("unit.hiddenLayer", deepest)), ("activations", activations)),
                () => VanishingFigures.PerLayer(t, deep)),
            new("vanishing-first-layer", t.Marked("vanishing.caption.firstLayer", ("activations", activations)),
                () => VanishingFigures.FirstLayer(t, data.Runs)),
            new("vanishing-loss", t.Marked("vanishing.caption.loss", ("layers", t.Count("unit.hiddenLayer", deepest)), ("epochs", t.Count("unit.epoch", o.Epochs))),
                () => VanishingFigures.Curves(t, deep, shallowSigmoid, accuracy: false)),
            new("vanishing-accuracy", t.Marked("vanishing.caption.accuracy", ("layers", t.Count("unit.hiddenLayer", deepest))),
                () => VanishingFigures.Curves(t, deep, shallowSigmoid, accuracy: true)),
            new("vanishing-accuracy-by-depth", t.Marked("vanishing.caption.byDepth", ("epochs", t.Count("unit.epoch", o.Epochs))),
                () => VanishingFigures.AccuracyByDepth(t, data.Runs)),
        };
        return new ExperimentView(t.Marked("experiment.vanishing.title"), key, string.Join(" ", paragraph), figures);
    }
}
