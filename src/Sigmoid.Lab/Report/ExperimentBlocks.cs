using System.Text;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Report;

/// <summary>What running the experiment of one report section gave.</summary>
/// <param name="Blocks">The blocks to show: the experiment's numbers, figures (embedded, rendered in memory), paragraph and data links, or a notice.</param>
/// <param name="Failure">Null when the experiment ran or does not exist yet; otherwise why it failed.</param>
/// <param name="Files">The raw data files the data links point to, relative to the report's folder, to be written with the page.</param>
public sealed record ExperimentOutcome(IReadOnlyList<ReportBlock> Blocks, string? Failure, IReadOnlyList<ReportFile> Files);

/// <summary>A file the report writes beside <c>index.html</c>.</summary>
/// <param name="RelativePath">Path relative to the report's folder, with '/' separators.</param>
/// <param name="Bytes">The content.</param>
public sealed record ReportFile(string RelativePath, byte[] Bytes);

/// <summary>
/// Runs the experiment (<see cref="ExperimentCatalog.ForSection"/>) answering a report section with its defaults
/// and turns its result, through its <see cref="IExperimentPresenter"/>, into report blocks. Nothing is written
/// here: figures are rendered in memory and the raw data is returned as <see cref="ExperimentOutcome.Files"/>. A missing
/// experiment becomes a plain "not built yet" notice; a failing one becomes an error notice (and <see cref="ExperimentOutcome.Failure"/>).
/// </summary>
public static class ExperimentBlocks
{
    /// <summary>Runs the experiment for <paramref name="sectionId"/>; its data files go under <c>&lt;experiment name&gt;/</c>.</summary>
    /// <param name="sectionId">E.g. <c>part-и</c>.</param>
    /// <param name="language">The language of titles, captions and paragraph.</param>
    /// <param name="progress">Receives the experiment's progress (may be null).</param>
    /// <param name="cancellation">Cancels the run.</param>
    public static ExperimentOutcome Run(string sectionId, Language language, IProgress<ExperimentProgress>? progress, CancellationToken cancellation = default)
    {
        var text = TextCatalog.For(language);
        var experiment = ExperimentCatalog.ForSection(sectionId);
        if (experiment is null)
            return new([new NoticeBlock(text.Format("experiment.notBuilt", ("section", sectionId)))], null, []);
        ExperimentResult result;
        ExperimentView view;
        try
        {
            result = experiment.Run(new ExperimentContext(Seed: 1, progress, cancellation));
            view = ExperimentPresenters.For(experiment.Name).Present(result, language);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string why = $"experiment '{experiment.Name}' failed: {e.GetType().Name}: {e.Message}";
            return new([new NoticeBlock(text.Format("experiment.failed", ("why", why)), IsError: true)], why, []);
        }
        var blocks = new List<ReportBlock>();
        if (view.KeyNumbers.Count > 0)
            blocks.Add(new TableBlock(view.Title, [text["experiment.table.quantity"], text["experiment.table.value"]],
                view.KeyNumbers.Select(k => (IReadOnlyList<string>)[k.Label, k.Value]).ToArray()));
        foreach (var figure in view.Figures)
        {
            // On the page the caption says what the figure shows, so the picture drops its own title; a second
            // rendering laid out 400 px wide is shown on phones.
            var plot = LabStyle.WithoutTitle(figure.Draw());
            blocks.Add(new FigureBlock(figure.Caption, FigureFormat.Png.MimeType(), LabStyle.Render(plot, FigureFormat.Png), LabStyle.RenderPhonePng(plot)));
        }
        if (!string.IsNullOrWhiteSpace(view.Paragraph)) blocks.Add(new TextBlock(view.Paragraph));

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var files = new List<ReportFile> { new($"{experiment.Name}/{experiment.Name}.json", utf8.GetBytes(ExperimentFiles.Json(result.Summary) + "\n")) };
        files.AddRange(result.Tables.Select(tb => new ReportFile($"{experiment.Name}/{tb.FileName}", utf8.GetBytes(tb.ToCsv()))));
        blocks.Add(new DataFilesBlock(text["experiment.rawData"], files.Select(f => f.RelativePath).ToArray()));
        return new(blocks, null, files);
    }
}
