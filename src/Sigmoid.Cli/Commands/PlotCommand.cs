using System.CommandLine;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Sheet;

namespace Sigmoid.Cli.Commands;

/// <summary>
/// <c>sigmoid plot [--format png|svg] [--lang en|ru] [--out DIR]</c>: writes the sheet's figures (parts ё, ж, б,
/// д, е) into DIR, replacing only files of the same names, and prints each path.
/// </summary>
public sealed class PlotCommand : ILabCommand
{
    /// <inheritdoc/>
    public Command Build()
    {
        var format = new Option<string>("--format")
        {
            Description = "Image format: png (800×500 pixels) or svg.",
            DefaultValueFactory = _ => "png",
        };
        format.AcceptOnlyFromAmong("png", "svg");
        var lang = LanguageOption.Create("Language of titles, axis labels and legends");
        var output = new Option<string>("--out")
        {
            Description = "Folder to write into (created if missing; other files in it are left alone).",
            DefaultValueFactory = _ => "sigmoid-out",
            HelpName = "DIR",
        };
        var command = new Command("plot",
            "Draw the sheet's figures: σ and σ′ (ё), σ(kt) for k = 1, 10, 100, 1000 against the unit step (ж), " +
            "σ(t) beside 1−σ(−t) (б), logit on (0,1) (д), ln σ and its derivative σ(−t) (е).")
        {
            format, lang, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var fmt = FigureFormats.Parse(parse.GetValue(format))!.Value;
            var language = parse.GetValue(lang);
            string dir = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(dir))
            {
                stderr.WriteLine("sigmoid plot: --out needs a folder path.");
                return LabCommandLine.UsageError;
            }
            try
            {
                foreach (var figure in SheetFigures.All)
                {
                    string file = LabStyle.Save(figure.Draw(language), dir, figure.Name, fmt);
                    stdout.WriteLine($"part {figure.Part}: {Path.GetFullPath(Path.Combine(dir, file))}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"sigmoid plot: cannot write into '{dir}': {e.Message}");
                return 1;
            }
            return 0;
        });
        return command;
    }
}
