using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments;

/// <summary>
/// One experiment of the lab: the same object serves the command line, the report, the web page and a smoke test.
/// <see cref="Run"/> computes and returns data only — numbers, series for figures, raw tables — with no prose, no
/// files and no pixels; the experiment's <see cref="Presentation.IExperimentPresenter"/> turns the result into
/// text and figures in a language, and <see cref="Presentation.ExperimentFiles"/> writes them. Runs are
/// deterministic for a given <see cref="ExperimentContext.Seed"/>.
/// </summary>
public interface IExperiment
{
    /// <summary>Command-line name, e.g. <c>vanishing</c>; also the resource keys' prefix <c>experiment.&lt;name&gt;.</c>.</summary>
    string Name { get; }

    /// <summary>The report section id this experiment answers: <c>part-з</c>, <c>part-и</c>, <c>part-к</c> or <c>logistic-regression</c>.</summary>
    string ReportSection { get; }

    /// <summary>One-line title in <paramref name="language"/> (the resource <c>experiment.&lt;name&gt;.title</c>).</summary>
    string Title(Language language) => TextCatalog.For(language)[$"experiment.{Name}.title"];

    /// <summary>Runs with the experiment's defaults.</summary>
    ExperimentResult Run(ExperimentContext context);
}
