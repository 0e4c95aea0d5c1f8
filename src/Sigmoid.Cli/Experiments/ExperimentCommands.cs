using System.CommandLine;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Cli.Experiments;

/// <summary>
/// <c>sigmoid experiment NAME [options]</c>, built from <see cref="ExperimentCatalog"/>: one subcommand per experiment
/// (<c>layer</c>, <c>logreg</c>, <c>vanishing</c>, <c>zigzag</c>), each also available as <c>sigmoid NAME</c>. Every one
/// takes <c>--seed --lang --out --format --json</c> plus its own options (<see cref="IExperimentOptions"/>); it runs,
/// writes figures, CSV/JSON and its text into <c>--out</c> once the run is complete (each file whole, see
/// <see cref="ExperimentFiles"/>), and prints the headline numbers and paragraph, or with <c>--json</c> the summary.
/// </summary>
public sealed class ExperimentCommands : ILabCommandSet
{
    /// <inheritdoc/>
    public IEnumerable<Command> Build()
    {
        var group = new Command("experiment", "Run one of the lab's experiments (figures, raw data and a paragraph into --out).");
        foreach (var experiment in ExperimentCatalog.All) group.Subcommands.Add(Build(experiment, $"sigmoid experiment {experiment.Name}"));
        yield return group;
        foreach (var experiment in ExperimentCatalog.All) yield return Build(experiment, $"sigmoid {experiment.Name}");
    }

    private static Command Build(IExperiment experiment, string invocation)
    {
        var own = OptionsFor(experiment.Name);
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => 1 };
        var lang = LanguageOption.Create("Language of titles, captions and text");
        var output = new Option<DirectoryInfo>("--out") { Description = "Output directory (created; files of the same names are replaced whole, nothing else is touched).", DefaultValueFactory = _ => new DirectoryInfo("sigmoid-out") };
        var format = new Option<string>("--format") { Description = "Figure format: png (800×500 pixels) or svg.", DefaultValueFactory = _ => "png" };
        format.AcceptOnlyFromAmong("png", "svg");
        var json = new Option<bool>("--json") { Description = "Print the JSON summary on stdout instead of the text." };
        var command = new Command(experiment.Name, $"{experiment.Title(Language.English)} (report section {experiment.ReportSection}).");
        foreach (var option in own?.Options ?? []) command.Options.Add(option);
        foreach (var option in new Option[] { seed, lang, output, format, json }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var run = own is null ? experiment.Run : own.Bind(parse, note => stderr.WriteLine($"{invocation}: note: {note}"));
                var language = parse.GetValue(lang);
                string folder = parse.GetValue(output)!.FullName;
                var result = run(new ExperimentContext(parse.GetValue(seed)));
                var view = ExperimentPresenters.For(experiment.Name).Present(result, language);
                var written = ExperimentFiles.Write(result, view, folder, FigureFormats.Parse(parse.GetValue(format))!.Value);
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(ExperimentFiles.Json(result.Summary));
                    return 0;
                }
                foreach (var k in view.KeyNumbers) stdout.WriteLine(MarkedText.Plain($"{k.Label}: {k.Value}"));
                stdout.WriteLine();
                stdout.WriteLine(MarkedText.Plain(view.Paragraph));
                stdout.WriteLine();
                stdout.WriteLine(TextCatalog.For(language).Format("experiment.wrote", ("folder", folder),
                    ("files", string.Join(", ", written.Figures.Concat(written.Data)))));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidDataException or InvalidOperationException
                                          or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{invocation}: {e.Message}");
                return LabCommandLine.UsageError;
            }
        });
        return command;
    }

    private static IExperimentOptions? OptionsFor(string experiment) =>
        typeof(ExperimentCommands).Assembly.GetTypes()
            .Where(t => typeof(IExperimentOptions).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IExperimentOptions)Activator.CreateInstance(t)!)
            .FirstOrDefault(o => o.Experiment == experiment);
}
