using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid vanishing</c>: experiment и — per-layer gradient norms of sigmoid, tanh and ReLU networks of several
/// depths, on a generated data set or a CSV. Writes CSV, JSON and plots to <c>--out</c>; <c>--json</c> prints
/// <c>{"runs":[{"activation","depth","gradNormsAtInit","finalLoss","finalAccuracy"}]}</c>.
/// </summary>
public sealed class VanishingCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var defaults = new VanishingOptions();
        var depths = new Option<string>("--depths") { Description = "Comma-separated numbers of hidden layers (1…64).", DefaultValueFactory = _ => string.Join(",", defaults.Depths) };
        var activations = new Option<string>("--activations") { Description = "Comma-separated activations: sigmoid, tanh, relu.", DefaultValueFactory = _ => string.Join(",", defaults.Activations) };
        var dataset = new Option<string>("--dataset") { Description = $"Generated data set: {string.Join(", ", VanishingTraining.Datasets)}.", DefaultValueFactory = _ => defaults.Dataset };
        var csv = new Option<FileInfo?>("--csv") { Description = "Train on this CSV instead (header row; every column but --label is a feature; features are standardised)." };
        var label = new Option<string?>("--label") { Description = "The label column of --csv (two classes)." };
        var epochs = new Option<int>("--epochs") { Description = "Epochs per network.", DefaultValueFactory = _ => defaults.Epochs };
        var width = new Option<int>("--width") { Description = "Units per hidden layer.", DefaultValueFactory = _ => defaults.Width };
        var rate = new Option<double>("--learning-rate") { Description = "SGD step (momentum 0.9, gradient clipped at norm 1).", DefaultValueFactory = _ => defaults.LearningRate };
        var batch = new Option<int>("--batch-size") { Description = "Rows per SGD step.", DefaultValueFactory = _ => defaults.BatchSize };
        var samples = new Option<int>("--samples") { Description = "Points of the generated data set (ignored with --csv).", DefaultValueFactory = _ => defaults.Samples };
        var seed = new Option<int>("--seed") { Description = "Seed of data, weights and batch order.", DefaultValueFactory = _ => 1 };
        var lang = LanguageOption.Create("Language of titles and text");
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory (created; nothing in it is deleted).", DefaultValueFactory = _ => new DirectoryInfo("sigmoid-out") };
        var json = new Option<bool>("--json") { Description = "Print the JSON summary on stdout." };
        var command = new Command("vanishing", "Experiment и: vanishing gradients in deep sigmoid nets against tanh and ReLU (per-layer gradient norms, loss curves).")
        {
            depths, activations, dataset, csv, label, epochs, width, rate, batch, samples, seed, lang, output, json,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var options = defaults with
                {
                    Depths = ParseInts(parse.GetValue(depths)!, "--depths"),
                    Activations = ParseList(parse.GetValue(activations)!, "--activations"),
                    Dataset = parse.GetValue(dataset)!,
                    Epochs = parse.GetValue(epochs),
                    Width = parse.GetValue(width),
                    LearningRate = parse.GetValue(rate),
                    BatchSize = parse.GetValue(batch),
                    Samples = parse.GetValue(samples),
                };
                var file = parse.GetValue(csv);
                var labelName = parse.GetValue(label);
                if (file is null && labelName is not null) throw new ArgumentException("--label needs --csv FILE.");
                if (file is not null)
                {
                    if (labelName is null) throw new ArgumentException("--csv needs --label COLUMN (the column holding the two classes).");
                    var data = LabeledCsv.Read(file.FullName, labelName, out var notes);
                    foreach (var note in notes) stderr.WriteLine($"sigmoid vanishing: note: {note}");
                    options = options with { Data = data.Standardized() };
                }
                var language = parse.GetValue(lang);
                var context = new ExperimentContext(parse.GetValue(output)!.FullName, language, parse.GetValue(seed));
                var result = new VanishingExperiment().Run(context, options);
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(result.Summary, result.Summary.GetType(), LearningOutput.Json));
                    return 0;
                }
                var summary = (VanishingSummary)result.Summary;
                stdout.WriteLine($"{"activation",-10} {"depth",5} {"|dL/dW1| init",14} {"|dL/dW_out| init",17} {"final loss",11} {"accuracy",9}");
                foreach (var r in summary.Runs)
                    stdout.WriteLine($"{r.Activation,-10} {r.Depth,5} {r.GradNormsAtInit[0],14:E2} {r.GradNormsAtInit[^1],17:E2} {r.FinalLoss,11:F4} {r.FinalAccuracy,9:P1}");
                stdout.WriteLine();
                stdout.WriteLine(result.Paragraph);
                stdout.WriteLine($"wrote to {context.OutputDirectory}: {string.Join(", ", result.Figures.Concat(result.DataFiles))}");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid vanishing: {e.Message}");
                return LabCommandLine.UsageError;
            }
        });
        return command;
    }

    private static string[] ParseList(string text, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) throw new ArgumentException($"{option} is empty.");
        return items;
    }

    private static int[] ParseInts(string text, string option) => ParseList(text, option).Select(s =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new ArgumentException($"{option}: '{s}' is not a whole number.")).ToArray();
}
