namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>What every presenter needs from a result.</summary>
internal static class Presenters
{
    /// <summary>The typed data of <paramref name="result"/>, checked to be <paramref name="experiment"/>'s.</summary>
    /// <exception cref="ArgumentException">The result is another experiment's.</exception>
    public static T DataOf<T>(ExperimentResult result, string experiment)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Experiment == experiment && result.Data is T data
            ? data
            : throw new ArgumentException($"the {experiment} presenter got a result of '{result.Experiment}'", nameof(result));
    }
}
