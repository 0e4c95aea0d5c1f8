using System.CommandLine;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Experiments;

/// <summary>Options of <c>vanishing</c>: depths, activations, the data (generated or a CSV) and the training settings.</summary>
public sealed class VanishingOptionSet : IExperimentOptions
{
    private static readonly VanishingOptions Defaults = new();
    private readonly Option<string> _depths = new("--depths") { Description = "Comma-separated numbers of hidden layers (1…64).", DefaultValueFactory = _ => string.Join(",", Defaults.Depths) };
    private readonly Option<string> _activations = new("--activations") { Description = "Comma-separated activations: sigmoid, tanh, relu, silu.", DefaultValueFactory = _ => string.Join(",", Defaults.Activations) };
    private readonly Option<string> _dataset = new("--dataset") { Description = $"Generated data set: {string.Join(", ", VanishingTraining.Datasets)}.", DefaultValueFactory = _ => Defaults.Dataset };
    private readonly Option<FileInfo?> _csv = new("--csv") { Description = "Train on this CSV instead (header row; every column but --label is a feature; features are standardised)." };
    private readonly Option<string?> _label = new("--label") { Description = "The label column of --csv (two classes)." };
    private readonly Option<int> _epochs = new("--epochs") { Description = "Epochs per network.", DefaultValueFactory = _ => Defaults.Epochs };
    private readonly Option<int> _width = new("--width") { Description = "Units per hidden layer.", DefaultValueFactory = _ => Defaults.Width };
    private readonly Option<double> _rate = new("--learning-rate") { Description = "SGD step (momentum 0.9, gradient clipped at norm 1).", DefaultValueFactory = _ => Defaults.LearningRate };
    private readonly Option<int> _batch = new("--batch-size") { Description = "Rows per SGD step.", DefaultValueFactory = _ => Defaults.BatchSize };
    private readonly Option<int> _samples = new("--samples") { Description = "Points of the generated data set (ignored with --csv).", DefaultValueFactory = _ => Defaults.Samples };

    /// <inheritdoc/>
    public string Experiment => "vanishing";

    /// <inheritdoc/>
    public IReadOnlyList<Option> Options => [_depths, _activations, _dataset, _csv, _label, _epochs, _width, _rate, _batch, _samples];

    /// <inheritdoc/>
    public Func<ExperimentContext, ExperimentResult> Bind(ParseResult parse, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(note);
        var options = Defaults with
        {
            Depths = ListOption.Integers(parse.GetValue(_depths)!, "--depths"),
            Activations = ListOption.Items(parse.GetValue(_activations)!, "--activations"),
            Dataset = parse.GetValue(_dataset)!,
            Epochs = parse.GetValue(_epochs),
            Width = parse.GetValue(_width),
            LearningRate = parse.GetValue(_rate),
            BatchSize = parse.GetValue(_batch),
            Samples = parse.GetValue(_samples),
        };
        var file = parse.GetValue(_csv);
        var labelName = parse.GetValue(_label);
        if (file is null && labelName is not null) throw new ArgumentException("--label needs --csv FILE.");
        if (file is not null)
        {
            if (labelName is null) throw new ArgumentException("--csv needs --label COLUMN (the column holding the two classes).");
            var data = LabeledCsv.Read(file.FullName, labelName, out var notes);
            foreach (var n in notes) note(n);
            options = options with { Data = data.Standardized() };
        }
        return context => new VanishingExperiment().Run(context, options);
    }
}
