using System.CommandLine;
using System.Globalization;
using Sigmoid.Lab.Progress;
using Sigmoid.Lab.Report;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid report [--lang en|ru] [--out DIR]</c>: writes one self-contained <c>DIR/index.html</c> answering every
/// part а–к of the sheet plus logistic regression, shows progress per section, and prints where the page is.
/// </summary>
public sealed class ReportCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var lang = LanguageOption.Create("Language of the page");
        var output = new Option<string>("--out")
        {
            Description = "Folder to write index.html into (created if missing; other files in it are left alone; experiments write into subfolders named after them).",
            DefaultValueFactory = _ => "sigmoid-out",
            HelpName = "DIR",
        };
        var command = new Command("report",
            "Write one self-contained HTML page (index.html, pictures inline, no network needed) that answers every part " +
            "а–к of the sheet — question, formula, numbers computed by the library, picture, explanation — with sections " +
            "#part-а … #part-к and #logistic-regression.")
        {
            lang, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            string dir = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(dir))
            {
                stderr.WriteLine("sigmoid report: --out needs a folder path.");
                return LabCommandLine.UsageError;
            }
            ReportOutcome outcome;
            try
            {
                outcome = ReportBuilder.Build(dir, parse.GetValue(lang), ProgressDisplay.For(stdout, stderr, "report"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid report: cannot write into '{dir}': {e.Message}");
                return 1;
            }
            foreach (var failure in outcome.Failures) stderr.WriteLine($"sigmoid report: {failure}");
            stdout.WriteLine($"Report written to {outcome.IndexPath} ({outcome.Sections.Count} sections, " +
                             $"{outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
            return outcome.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
