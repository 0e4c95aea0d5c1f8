using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Plotting;
using Sigmoid.Lab.Sheet;

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
    /// <param name="language"><c>en</c> or <c>ru</c>.</param>
    /// <param name="progress">Receives the experiment's progress (may be null).</param>
    /// <param name="cancellation">Cancels the run.</param>
    public static ExperimentOutcome Run(string sectionId, string outputDirectory, string language,
        IProgress<ExperimentProgress>? progress, CancellationToken cancellation = default)
    {
        var experiment = ExperimentCatalog.ForSection(sectionId);
        if (experiment is null)
            return new([new NoticeBlock(new Bilingual(
                $"Not built yet: the experiment for this section ({sectionId}) does not exist in this build, so only the sheet's own computation is shown.",
                $"Ещё не сделано: эксперимента для этого раздела ({sectionId}) в этой сборке нет, поэтому показано только вычисление по листочку.").In(language))], null);
        string folder = Path.Combine(outputDirectory, experiment.Name);
        ExperimentResult result;
        try
        {
            result = experiment.Run(new ExperimentContext(folder, language, Seed: 1, progress, cancellation));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string why = $"experiment '{experiment.Name}' failed: {e.GetType().Name}: {e.Message}";
            return new([new NoticeBlock(new Bilingual("The experiment failed — ", "Эксперимент упал — ").In(language) + why, IsError: true)], why);
        }
        var blocks = new List<ReportBlock>();
        string title = experiment.Title(language);
        if (result.KeyNumbers.Count > 0)
            blocks.Add(new TableBlock(title, [new Bilingual("quantity", "величина").In(language), new Bilingual("value", "значение").In(language)],
                result.KeyNumbers.Select(kv => (IReadOnlyList<string>)[kv.Key, kv.Value]).ToArray()));
        // The figures as this run drew them, from memory: the files in the folder may meanwhile be another run's.
        foreach (var figure in result.Figures)
        {
            var format = FigureFormats.FromPath(figure.Name);
            if (format is null) continue;
            blocks.Add(new FigureBlock($"{title} — {Path.GetFileNameWithoutExtension(figure.Name)}", format.Value.MimeType(), figure.Bytes));
        }
        if (!string.IsNullOrWhiteSpace(result.Paragraph)) blocks.Add(new TextBlock(result.Paragraph));
        if (result.DataFiles.Count > 0)
            blocks.Add(new DataFilesBlock(new Bilingual("Raw data", "Исходные данные").In(language),
                result.DataFiles.Select(f => $"{experiment.Name}/{f.Replace('\\', '/')}").ToArray()));
        return new(blocks, null);
    }
}
