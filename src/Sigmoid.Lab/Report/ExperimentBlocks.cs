using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Report;

/// <summary>What running the experiment of one report section gave.</summary>
/// <param name="Blocks">The blocks to show: the experiment's numbers, figures, paragraph and data files, or a notice.</param>
/// <param name="Failure">Null when the experiment ran or does not exist yet; otherwise why it failed.</param>
public sealed record ExperimentOutcome(IReadOnlyList<ReportBlock> Blocks, string? Failure);

/// <summary>
/// Runs the experiment (<see cref="ExperimentCatalog.ForSection"/>) answering a report section with its defaults
/// and turns its <see cref="ExperimentResult"/> into report blocks. A missing experiment becomes a plain
/// "not built yet" notice; a failing one becomes an error notice (and <see cref="ExperimentOutcome.Failure"/>).
/// </summary>
public static class ExperimentBlocks
{
    /// <summary>Runs the experiment for <paramref name="sectionId"/> writing into <c>outputDirectory/&lt;experiment name&gt;</c>.</summary>
    /// <param name="sectionId">E.g. <c>part-и</c>.</param>
    /// <param name="outputDirectory">The report's folder; the experiment gets its own subfolder.</param>
    /// <param name="language">The language of titles, captions and paragraph.</param>
    /// <param name="progress">Receives the experiment's progress (may be null).</param>
    /// <param name="cancellation">Cancels the run.</param>
    public static ExperimentOutcome Run(string sectionId, string outputDirectory, Language language,
        IProgress<ExperimentProgress>? progress, CancellationToken cancellation = default)
    {
        var text = TextCatalog.For(language);
        var experiment = ExperimentCatalog.ForSection(sectionId);
        if (experiment is null)
            return new([new NoticeBlock(text.Format("experiment.notBuilt", ("section", sectionId)))], null);
        string folder = Path.Combine(outputDirectory, experiment.Name);
        ExperimentResult result;
        try
        {
            result = experiment.Run(new ExperimentContext(folder, language, Seed: 1, progress, cancellation));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string why = $"experiment '{experiment.Name}' failed: {e.GetType().Name}: {e.Message}";
            return new([new NoticeBlock(text.Format("experiment.failed", ("why", why)), IsError: true)], why);
        }
        var blocks = new List<ReportBlock>();
        string title = experiment.Title(language);
        if (result.KeyNumbers.Count > 0)
            blocks.Add(new TableBlock(title, [text["experiment.table.quantity"], text["experiment.table.value"]],
                result.KeyNumbers.Select(kv => (IReadOnlyList<string>)[kv.Key, kv.Value]).ToArray()));
        foreach (string figure in result.Figures)
        {
            string path = Path.Combine(folder, figure);
            var format = FigureFormats.FromPath(path);
            if (format is null || !File.Exists(path)) continue;
            blocks.Add(new FigureBlock($"{title} — {Path.GetFileNameWithoutExtension(figure)}", format.Value.MimeType(), File.ReadAllBytes(path)));
        }
        if (!string.IsNullOrWhiteSpace(result.Paragraph)) blocks.Add(new TextBlock(result.Paragraph));
        if (result.DataFiles.Count > 0)
            blocks.Add(new DataFilesBlock(text["experiment.rawData"],
                result.DataFiles.Select(f => $"{experiment.Name}/{f.Replace('\\', '/')}").ToArray()));
        return new(blocks, null);
    }
}
