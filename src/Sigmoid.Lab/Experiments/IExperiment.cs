using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments;

/// <summary>
/// One experiment of the lab: the same object serves the command line, the report, the web page and a smoke test.
/// Runs are deterministic for a given <see cref="ExperimentContext.Seed"/>; each writes its figure(s), raw data
/// (CSV/JSON) and a paragraph into <see cref="ExperimentContext.OutputDirectory"/>.
/// </summary>
public interface IExperiment
{
    /// <summary>Command-line name, e.g. <c>vanishing</c>.</summary>
    string Name { get; }

    /// <summary>The report section id this experiment answers: <c>part-з</c>, <c>part-и</c>, <c>part-к</c> or <c>logistic-regression</c>.</summary>
    string ReportSection { get; }

    /// <summary>One-line title in <paramref name="language"/>.</summary>
    string Title(Language language);

    /// <summary>Runs with the experiment's defaults.</summary>
    ExperimentResult Run(ExperimentContext context);
}

/// <summary>Where and how an experiment runs.</summary>
/// <param name="OutputDirectory">Created if missing; nothing else in it is ever deleted.</param>
/// <param name="Language">The language of titles, labels and paragraph.</param>
/// <param name="Seed">Seed of every random choice.</param>
/// <param name="Progress">Optional progress sink (fraction done in [0,1] and a short message).</param>
/// <param name="Cancellation">Cancels a long run (web page disconnect, Ctrl+C).</param>
public sealed record ExperimentContext(
    string OutputDirectory,
    Language Language = Language.English,
    int Seed = 1,
    IProgress<ExperimentProgress>? Progress = null,
    CancellationToken Cancellation = default);

/// <summary>A progress report: fraction done and what is happening.</summary>
public readonly record struct ExperimentProgress(double Fraction, string Message);

/// <summary>What a run produced.</summary>
/// <param name="Paragraph">A short explanation of what the numbers show, in the context's language (plain text).</param>
/// <param name="KeyNumbers">Headline numbers, label → formatted value, in display order.</param>
/// <param name="Figures">Paths of the figures written (PNG or SVG), relative to the output directory.</param>
/// <param name="DataFiles">Paths of the raw data written (CSV/JSON), relative to the output directory.</param>
/// <param name="Summary">The object printed by <c>--json</c> (serialised with System.Text.Json, camelCase).</param>
public sealed record ExperimentResult(
    string Paragraph,
    IReadOnlyList<KeyValuePair<string, string>> KeyNumbers,
    IReadOnlyList<string> Figures,
    IReadOnlyList<string> DataFiles,
    object Summary);
