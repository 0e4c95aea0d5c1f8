namespace Sigmoid.Lab.Experiments;

/// <summary>How an experiment runs: no folder and no language, since a run neither writes nor speaks.</summary>
/// <param name="Seed">Seed of every random choice.</param>
/// <param name="Progress">Optional progress sink (fraction done in [0,1] and a short message).</param>
/// <param name="Cancellation">Cancels a long run (web page disconnect, Ctrl+C).</param>
public sealed record ExperimentContext(
    int Seed = 1,
    IProgress<ExperimentProgress>? Progress = null,
    CancellationToken Cancellation = default);

/// <summary>A progress report: fraction done and what is happening (a short technical note, not prose for readers).</summary>
public readonly record struct ExperimentProgress(double Fraction, string Message);
