using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>
/// Turns one experiment's <see cref="ExperimentResult"/> into what a reader sees in a language — headline numbers,
/// a paragraph and captioned figures — like a scikit-learn Display object: it computes nothing and writes nothing.
/// </summary>
public interface IExperimentPresenter
{
    /// <summary>The <see cref="IExperiment.Name"/> of the experiment whose results this presents.</summary>
    string Experiment { get; }

    /// <summary>The view of <paramref name="result"/> in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentException">The result is another experiment's.</exception>
    ExperimentView Present(ExperimentResult result, Language language);
}
