namespace Sigmoid.Lab.Experiments;

/// <summary>What a run computed: data only, in no language.</summary>
/// <param name="Experiment">The experiment's <see cref="IExperiment.Name"/>.</param>
/// <param name="Data">The experiment's own typed result (e.g. <see cref="ZigZagData"/>), read by its presenter.</param>
/// <param name="Summary">The object printed by <c>--json</c> and written as <c>&lt;name&gt;.json</c> (camelCase).</param>
/// <param name="Tables">The raw data, each written as a CSV file.</param>
public sealed record ExperimentResult(string Experiment, object Data, object Summary, IReadOnlyList<DataTable> Tables);
