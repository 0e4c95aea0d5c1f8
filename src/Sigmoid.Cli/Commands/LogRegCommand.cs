using System.CommandLine;
using System.Text.Json;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid logreg --csv FILE --label COLUMN [--standardize] [--l2 λ] [--json] [--out DIR]</c>: fits
/// P(y = 1 | x) = σ(w·x + b) by Newton/IRLS, writes a reliability diagram, and with <c>--json</c> prints
/// <c>{"intercept":…,"coefficients":{"&lt;column&gt;":…},"logLoss":…,"accuracy":…}</c>.
/// </summary>
public sealed class LogRegCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var csv = new Option<FileInfo>("--csv") { Description = "CSV with a header row; every column but --label is a numeric feature.", Required = true };
        var label = new Option<string>("--label") { Description = "The label column: 0/1, or exactly two distinct numbers (smaller → 0).", Required = true };
        var standardize = new Option<bool>("--standardize") { Description = "Scale each feature to mean 0 and population standard deviation 1." };
        var l2 = new Option<double>("--l2") { Description = "λ of the penalty (λ/2)·‖w‖² added to the summed log-loss (intercept not penalised).", DefaultValueFactory = _ => 0 };
        var lang = LanguageOption.Create("Language of titles and text");
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory (created; nothing in it is deleted).", DefaultValueFactory = _ => new DirectoryInfo("sigmoid-out") };
        var json = new Option<bool>("--json") { Description = "Print the JSON summary on stdout." };
        var command = new Command("logreg", "Logistic regression by Newton/IRLS with a reliability diagram: σ(w·x + b) as P(y = 1 | x).")
        {
            csv, label, standardize, l2, lang, output, json,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var language = parse.GetValue(lang);
                double lambda = parse.GetValue(l2);
                if (!double.IsFinite(lambda) || lambda < 0) throw new ArgumentException($"--l2 must be a finite number ≥ 0, not {lambda}.");
                var data = LabeledCsv.Read(parse.GetValue(csv)!.FullName, parse.GetValue(label)!, out var notes);
                foreach (var note in notes) stderr.WriteLine($"sigmoid logreg: note: {note}");
                var context = new ExperimentContext(parse.GetValue(output)!.FullName, language);
                var result = new LogisticRegressionExperiment().Run(context,
                    new LogisticRegressionOptions { Data = data, Standardize = parse.GetValue(standardize), L2 = lambda });
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(result.Summary, result.Summary.GetType(), LearningOutput.Json));
                    return 0;
                }
                foreach (var (k, v) in result.KeyNumbers) stdout.WriteLine($"{k}: {v}");
                stdout.WriteLine();
                stdout.WriteLine(result.Paragraph);
                stdout.WriteLine($"wrote to {context.OutputDirectory}: {string.Join(", ", result.Figures.Concat(result.DataFiles))}");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid logreg: {e.Message}");
                return LabCommandLine.UsageError;
            }
        });
        return command;
    }
}
