using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sigmoid.Benchmarks;

/// <summary>Mean time per element: the benchmark's mean divided by its <c>N</c> parameter, in nanoseconds.</summary>
public sealed class NsPerElementColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(NsPerElementColumn);
    /// <inheritdoc />
    public string ColumnName => "ns/element";
    /// <inheritdoc />
    public bool AlwaysShow => true;
    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc />
    public int PriorityInCategory => 0;
    /// <inheritdoc />
    public bool IsNumeric => true;
    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc />
    public string Legend => "Mean / N: nanoseconds per element";
    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;
    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);
    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        NsPerElement(summary, benchmarkCase) is { } ns ? ns.ToString(ns < 0.1 ? "F4" : "F3", CultureInfo.InvariantCulture) : "-";

    /// <summary>Mean / N for a case, or null when it has no result or no N.</summary>
    internal static double? NsPerElement(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } stats && benchmarkCase.Parameters["N"] is int n && n > 0
            ? stats.Mean / n
            : null;
}
