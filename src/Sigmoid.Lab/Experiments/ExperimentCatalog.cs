namespace Sigmoid.Lab.Experiments;

/// <summary>Every <see cref="IExperiment"/> in this assembly, found by reflection, so adding one touches no other file.</summary>
public static class ExperimentCatalog
{
    private static readonly Lazy<IReadOnlyList<IExperiment>> Instances = new(() =>
        typeof(ExperimentCatalog).Assembly.GetTypes()
            .Where(t => typeof(IExperiment).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IExperiment)Activator.CreateInstance(t)!)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToArray());

    /// <summary>All experiments, ordered by name.</summary>
    public static IReadOnlyList<IExperiment> All => Instances.Value;

    /// <summary>The experiment answering a report section (e.g. <c>part-и</c>), or null while none is built.</summary>
    public static IExperiment? ForSection(string reportSection) =>
        All.FirstOrDefault(e => string.Equals(e.ReportSection, reportSection, StringComparison.Ordinal));

    /// <summary>The experiment with a command-line name, or null.</summary>
    public static IExperiment? ByName(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
