using System.CommandLine;
using System.Text.Json;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid zigzag</c>: experiment к — same-sign weight gradients behind sigmoid outputs, and gradient-descent paths
/// for positive against centred inputs. <c>--json</c> prints
/// <c>{"sameSignShare":{"sigmoid","tanh","centred"},"stepsToTolerance":{"positive","centred"}}</c>.
/// </summary>
public sealed class ZigZagCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var defaults = new ZigZagOptions();
        var rate = new Option<double>("--learning-rate") { Description = "Gradient-descent step for both paths.", DefaultValueFactory = _ => defaults.LearningRate };
        var w1 = new Option<double>("--start-w1") { Description = "Start of both paths, w1.", DefaultValueFactory = _ => defaults.Start.W1 };
        var w2 = new Option<double>("--start-w2") { Description = "Start of both paths, w2.", DefaultValueFactory = _ => defaults.Start.W2 };
        var tolerance = new Option<double>("--tolerance") { Description = "Distance to the optimum counted as converged.", DefaultValueFactory = _ => defaults.Tolerance };
        var seed = new Option<int>("--seed") { Description = "Seed of the same-sign measurement.", DefaultValueFactory = _ => 1 };
        var lang = LanguageOption.Create("Language of titles and text");
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory (created; nothing in it is deleted).", DefaultValueFactory = _ => new DirectoryInfo("sigmoid-out") };
        var json = new Option<bool>("--json") { Description = "Print the JSON summary on stdout." };
        var command = new Command("zigzag", "Experiment к: sigmoid outputs make weight gradients share one sign; descent zig-zags with positive inputs.")
        {
            rate, w1, w2, tolerance, seed, lang, output, json,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var language = parse.GetValue(lang);
                var options = defaults with
                {
                    LearningRate = parse.GetValue(rate),
                    Start = (parse.GetValue(w1), parse.GetValue(w2)),
                    Tolerance = parse.GetValue(tolerance),
                };
                var context = new ExperimentContext(parse.GetValue(output)!.FullName, language, parse.GetValue(seed));
                var result = new ZigZagExperiment().Run(context, options);
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
            catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid zigzag: {e.Message}");
                return LabCommandLine.UsageError;
            }
        });
        return command;
    }
}
