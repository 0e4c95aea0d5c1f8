namespace Sigmoid.Cli.Bench;

/// <summary>Fills in the two ratios of every <see cref="BenchRow"/>.</summary>
internal static class BenchRatios
{
    /// <summary>
    /// Speed vs TensorPrimitives: the TensorPrimitives row of the same function, type, size and thread count, divided
    /// by this row's time. Time vs CopyTo: this row's time over the <c>Span.CopyTo</c> row of the same function, type
    /// and size, or failing that of any function with the same type and size (the BenchmarkDotNet suite times CopyTo
    /// once, in the σ class).
    /// </summary>
    public static IReadOnlyList<BenchRow> Apply(IReadOnlyList<BenchRow> rows)
    {
        var result = new List<BenchRow>(rows.Count);
        foreach (var row in rows)
        {
            var tp = rows.FirstOrDefault(r => r.Contender == Contender.TensorPrimitives && r.Function == row.Function
                && r.Type == row.Type && r.Size == row.Size && r.Threads == row.Threads);
            var copy = rows.FirstOrDefault(r => r.Contender == Contender.CopyTo && r.Function == row.Function && r.Type == row.Type && r.Size == row.Size)
                ?? rows.FirstOrDefault(r => r.Contender == Contender.CopyTo && r.Type == row.Type && r.Size == row.Size);
            result.Add(row with
            {
                SpeedVsTensorPrimitives = tp is null ? null : tp.NsPerElement / row.NsPerElement,
                TimeVsCopyTo = copy is null ? null : row.NsPerElement / copy.NsPerElement,
            });
        }
        return result;
    }
}
