using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>Experiment к in words and figures: the same-sign shares, the two descent paths and their step counts.</summary>
public sealed class ZigZagPresenter : IExperimentPresenter
{
    /// <inheritdoc/>
    public string Experiment => "zigzag";

    /// <inheritdoc/>
    public ExperimentView Present(ExperimentResult result, Language language)
    {
        var data = Presenters.DataOf<ZigZagData>(result, Experiment);
        var t = TextCatalog.For(language);
        var n = t.Numbers;
        var o = data.Options;
        string Steps(DescentPath p) => p.StepsToTolerance >= 0 ? t.Count("unit.step", p.StepsToTolerance) : t.Marked("experiment.notReached");
        string Inputs(string kind) => t.Marked($"zigzag.inputs.{kind}");
        string start = t.Marked("format.point", ("a", n.Number(o.Start.W1)), ("b", n.Number(o.Start.W2)));
        string tolerance = n.Number(o.Tolerance);
        string rate = n.Number(o.LearningRate);

        var key = new List<KeyNumber>();
        foreach (var k in ZigZagExperiment.InputKinds)
            key.Add(new(t.Marked("zigzag.key.shareOne", ("inputs", Inputs(k))), n.Percent(data.Summary.SameSignShare[k], 1)));
        foreach (var k in ZigZagExperiment.InputKinds)
            key.Add(new(t.Marked("zigzag.key.shareBatch", ("batch", o.BatchSizes[^1]), ("inputs", Inputs(k))), n.Percent(data.Shares[k][^1], 1)));
        key.Add(new(t.Marked("zigzag.key.steps", ("tolerance", tolerance), ("inputs", Inputs("positive"))), Steps(data.Positive)));
        key.Add(new(t.Marked("zigzag.key.steps", ("tolerance", tolerance), ("inputs", Inputs("centred"))), Steps(data.Centred)));
        key.Add(new(t.Marked("zigzag.key.curvatures", ("inputs", Inputs("positive"))), t.Marked("format.pair", ("a", n.Fixed(data.PositiveCurvature.Min, 3)), ("b", n.Fixed(data.PositiveCurvature.Max, 3)))));
        key.Add(new(t.Marked("zigzag.key.curvatures", ("inputs", Inputs("centred"))), t.Marked("format.pair", ("a", n.Fixed(data.CentredCurvature.Min, 3)), ("b", n.Fixed(data.CentredCurvature.Max, 3)))));

        string byBatch = string.Join(", ", o.BatchSizes.Select((b, i) =>
            t.Marked("zigzag.shareAtBatch", ("share", n.Percent(data.Shares["sigmoid"][i], 1)), ("batch", b))));
        string paragraph = t.Marked("zigzag.paragraph",
            ("shareSigmoid", n.Percent(data.Summary.SameSignShare["sigmoid"], 1)),
            ("neurons", ZigZagExperiment.LayerOutputs),
            ("shareTanh", n.Percent(data.Summary.SameSignShare["tanh"], 1)),
            ("shareCentred", n.Percent(data.Summary.SameSignShare["centred"], 1)),
            ("byBatch", byBatch),
            ("start", start),
            ("pMax", n.Fixed(data.PositiveCurvature.Max, 3)), ("pMin", n.Fixed(data.PositiveCurvature.Min, 3)),
            ("rate", rate), ("tolerance", tolerance),
            ("stepsPositive", Steps(data.Positive)), ("stepsCentred", Steps(data.Centred)),
            ("cMin", n.Fixed(data.CentredCurvature.Min, 3)), ("cMax", n.Fixed(data.CentredCurvature.Max, 3)));

        var figures = new List<ExperimentFigure>
        {
            new("zigzag-signs", t.Marked("zigzag.caption.signs", ("neurons", ZigZagExperiment.LayerOutputs), ("inputs", ZigZagExperiment.LayerInputs)),
                () => ZigZagFigures.Signs(t, o.BatchSizes, data.Shares)),
            new("zigzag-path-positive", t.Marked("zigzag.caption.pathPositive", ("start", start), ("rate", rate), ("tolerance", tolerance), ("steps", Steps(data.Positive))),
                () => ZigZagFigures.Path(t, data.Positive, centred: false, o)),
            new("zigzag-path-centred", t.Marked("zigzag.caption.pathCentred", ("start", start), ("rate", rate), ("steps", Steps(data.Centred))),
                () => ZigZagFigures.Path(t, data.Centred, centred: true, o)),
            new("zigzag-convergence", t.Marked("zigzag.caption.convergence", ("rate", rate), ("tolerance", tolerance)),
                () => ZigZagFigures.Convergence(t, data.Positive, data.Centred, o)),
        };
        return new ExperimentView(t.Marked("experiment.zigzag.title"), key, paragraph, figures);
    }
}
