using System.Numerics;

namespace Sigmoid.Cli.Bench;

/// <summary>
/// The library's opt-in parallelism for the all-cores benchmark rows: <see cref="Logistic"/> runs every call on the
/// calling thread unless the call passes <see cref="ParallelSpanOptions"/>; these rows pass
/// <see cref="ParallelSpanOptions.AllCores"/>.
/// </summary>
internal static class LibraryThreads
{
    /// <summary>True: the library has the switch (kept so that the tools can say so where a library lacks it).</summary>
    public static bool Available => true;

    /// <summary>The degree of the all-cores rows: the processor count.</summary>
    public static int AllCores => Environment.ProcessorCount;

    /// <summary>σ split across all cores (from <see cref="ParallelSpanOptions.DefaultMinimumLength"/> elements).</summary>
    public static void SigmoidAllCores<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T> =>
        Logistic.Sigmoid(x, destination, ParallelSpanOptions.AllCores);
}
