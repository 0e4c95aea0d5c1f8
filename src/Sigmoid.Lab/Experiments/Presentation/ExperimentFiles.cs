using System.Text;
using System.Text.Json;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>
/// Writes a run into a folder once it is complete: every figure (PNG or SVG), the raw data (<c>&lt;name&gt;.json</c>
/// and the CSV tables) and the text (<c>&lt;name&gt;.txt</c>: title, headline numbers, paragraph, captions). Every file is
/// rendered in memory first and then written by <see cref="AtomicFile"/>, so two runs into one folder leave whole files.
/// Nothing else in the folder is touched.
/// </summary>
public static class ExperimentFiles
{
    /// <summary>What was written, relative to the folder.</summary>
    /// <param name="Figures">The figure files, in the view's order.</param>
    /// <param name="Data">The JSON summary, the CSV tables and the text file.</param>
    public sealed record Written(IReadOnlyList<string> Figures, IReadOnlyList<string> Data);

    /// <summary>Writes <paramref name="result"/> as shown by <paramref name="view"/> into <paramref name="folder"/> (created if missing).</summary>
    public static Written Write(ExperimentResult result, ExperimentView view, string folder, FigureFormat format = FigureFormat.Png)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(view);
        var files = new List<(string Name, byte[] Bytes)>();
        var figures = view.Figures.Select(f => ($"{f.Name}.{format.Extension()}", f.Render(format))).ToArray();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        files.Add(($"{result.Experiment}.json", utf8.GetBytes(Json(result.Summary) + "\n")));
        foreach (var table in result.Tables) files.Add((table.FileName, utf8.GetBytes(table.ToCsv())));
        files.Add(($"{result.Experiment}.txt", utf8.GetBytes(Text(view))));

        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in figures.Concat(files)) AtomicFile.WriteAllBytes(Path.Combine(folder, name), bytes);
        return new Written(figures.Select(f => f.Item1).ToArray(), files.Select(f => f.Name).ToArray());
    }

    /// <summary>The summary as printed by <c>--json</c>: camelCase, indented, NaN/∞ as strings.</summary>
    public static string Json(object summary) => JsonSerializer.Serialize(summary, summary.GetType(), LearningOutput.Json);

    /// <summary>The view as plain text: title, headline numbers, paragraph, figure captions.</summary>
    public static string Text(ExperimentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sb = new StringBuilder();
        sb.Append(view.Title).Append("\n\n");
        foreach (var k in view.KeyNumbers) sb.Append(k.Label).Append(": ").Append(k.Value).Append('\n');
        sb.Append('\n').Append(view.Paragraph).Append("\n\n");
        foreach (var f in view.Figures) sb.Append(f.Name).Append(": ").Append(f.Caption).Append('\n');
        return MarkedText.Plain(sb.ToString());
    }
}
