namespace Sigmoid.Cli.Bench;

/// <summary>
/// Sets the library's degree of parallelism (<see cref="Logistic.MaxDegreeOfParallelism"/>: 1 = one thread, the
/// default = all cores) for a benchmark row.
/// </summary>
internal static class LibraryThreads
{
    /// <summary>True: the library has the switch (kept so that the tools can say so where a library lacks it).</summary>
    public static bool Available => true;

    /// <summary>The library's default degree: the processor count.</summary>
    public static int AllCores => Environment.ProcessorCount;

    /// <summary>Sets the degree (1 = off). A static property write: no allocation.</summary>
    public static void Set(int degree) => Logistic.MaxDegreeOfParallelism = degree;
}
