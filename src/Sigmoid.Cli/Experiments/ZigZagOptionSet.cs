using System.CommandLine;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Experiments;

/// <summary>Options of <c>zigzag</c>: the descent's step, start and tolerance.</summary>
public sealed class ZigZagOptionSet : IExperimentOptions
{
    private static readonly ZigZagOptions Defaults = new();
    private readonly Option<double> _rate = new("--learning-rate") { Description = "Gradient-descent step for both paths.", DefaultValueFactory = _ => Defaults.LearningRate };
    private readonly Option<double> _w1 = new("--start-w1") { Description = "Start of both paths, w1.", DefaultValueFactory = _ => Defaults.Start.W1 };
    private readonly Option<double> _w2 = new("--start-w2") { Description = "Start of both paths, w2.", DefaultValueFactory = _ => Defaults.Start.W2 };
    private readonly Option<double> _tolerance = new("--tolerance") { Description = "Distance to the optimum counted as converged.", DefaultValueFactory = _ => Defaults.Tolerance };

    /// <inheritdoc/>
    public string Experiment => "zigzag";

    /// <inheritdoc/>
    public IReadOnlyList<Option> Options => [_rate, _w1, _w2, _tolerance];

    /// <inheritdoc/>
    public Func<ExperimentContext, ExperimentResult> Bind(ParseResult parse, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var options = Defaults with
        {
            LearningRate = parse.GetValue(_rate),
            Start = (parse.GetValue(_w1), parse.GetValue(_w2)),
            Tolerance = parse.GetValue(_tolerance),
        };
        return context => new ZigZagExperiment().Run(context, options);
    }
}
