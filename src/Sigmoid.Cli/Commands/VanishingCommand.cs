using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Input;

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
        var lang = new Option<string>("--lang") { Description = "Language of titles and text: en or ru.", DefaultValueFactory = _ => "en" };
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
                    Depths = ParseDepths(parse.GetValue(depths)!, "--depths"),
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
                string language = parse.GetValue(lang)!;
                if (language is not ("en" or "ru")) throw new ArgumentException($"--lang must be en or ru, not '{language}'.");
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
                stdout.WriteLine($"wrote to {context.OutputDirectory}: {string.Join(", ", result.Figures.Select(f => f.Name).Concat(result.DataFiles))}");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid vanishing: {UserMessage.Of(e)}");
                return LabCommandLine.UsageError;
            }
        });
        return command;
    }

    /// <summary>Comma-separated items, each trimmed; an empty list or an empty item (<c>1,,2</c>, <c>1,</c>) is an error.</summary>
    private static string[] ParseList(string text, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.All(s => s.Length == 0)) throw new ArgumentException($"{option} is empty; give a comma-separated list.");
        int empty = Array.IndexOf(items, "");
        if (empty >= 0)
            throw new ArgumentException($"{option} '{UserText.Escape(text, 80)}': item {empty + 1} is empty; separate the items with single commas, e.g. 2,5,10.");
        return items;
    }

    /// <summary>Whole numbers within the hidden-layer range of <see cref="VanishingTraining.MaxDepth"/>.</summary>
    private static int[] ParseDepths(string text, string option) => ParseList(text, option).Select(s =>
        !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? throw new ArgumentException($"{option}: '{UserText.Escape(s, 80)}' is not a whole number.")
            : v is < 1 or > VanishingTraining.MaxDepth
                ? throw new ArgumentException($"{option}: {v} is out of range; a depth is a number of hidden layers from 1 to {VanishingTraining.MaxDepth}.")
                : v).ToArray();
}
