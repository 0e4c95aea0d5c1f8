using System.CommandLine;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Input;

namespace Sigmoid.Cli.Experiments;

/// <summary><c>--delimiter auto|comma|semicolon|tab</c> (also <c>,</c> <c>;</c> <c>\t</c>) for the commands that read a CSV.</summary>
internal static class DelimiterOption
{
    /// <summary>The option, default <c>auto</c> (detected from the header, see <see cref="LabeledCsv.Detect"/>).</summary>
    public static Option<string> Create() => new("--delimiter")
    {
        Description = "Field delimiter of --csv: auto (detected from the header), comma, semicolon or tab (also , ; \\t).",
        DefaultValueFactory = _ => "auto",
        HelpName = "auto|comma|semicolon|tab",
    };

    /// <summary>The delimiter, or null for auto-detection.</summary>
    /// <exception cref="ArgumentException">Not one of the accepted names.</exception>
    public static char? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => null,
        "," or "comma" => ',',
        ";" or "semicolon" => ';',
        "\t" or "\\t" or "tab" => '\t',
        _ => throw new ArgumentException($"--delimiter must be auto, comma, semicolon or tab, not \"{UserText.Escape(text ?? "", 20)}\"."),
    };
}
