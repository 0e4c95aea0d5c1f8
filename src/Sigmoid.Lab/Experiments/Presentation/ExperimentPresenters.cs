namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>Every <see cref="IExperimentPresenter"/> in this assembly, found by reflection, by experiment name.</summary>
public static class ExperimentPresenters
{
    private static readonly Lazy<IReadOnlyDictionary<string, IExperimentPresenter>> Instances = new(() =>
        typeof(ExperimentPresenters).Assembly.GetTypes()
            .Where(t => typeof(IExperimentPresenter).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IExperimentPresenter)Activator.CreateInstance(t)!)
            .ToDictionary(p => p.Experiment, StringComparer.Ordinal));

    /// <summary>The presenter of the experiment called <paramref name="experiment"/>.</summary>
    /// <exception cref="KeyNotFoundException">No presenter for it (every catalogued experiment has one; a test checks).</exception>
    public static IExperimentPresenter For(string experiment) => Instances.Value.TryGetValue(experiment, out var presenter)
        ? presenter
        : throw new KeyNotFoundException($"no presenter for the experiment '{experiment}'");
}
