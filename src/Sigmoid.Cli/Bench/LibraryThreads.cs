using System.Reflection;

namespace Sigmoid.Cli.Bench;

/// <summary>
/// Sets the library's degree of parallelism (<c>Logistic.MaxDegreeOfParallelism</c>: 1 = one thread, default = all
/// cores) for a benchmark. Reached by reflection so that the tools also build against a library without the switch;
/// there <see cref="Available"/> is false and the library always runs on one thread.
/// </summary>
internal static class LibraryThreads
{
    private static readonly PropertyInfo? Property =
        typeof(Logistic).GetProperty("MaxDegreeOfParallelism", BindingFlags.Public | BindingFlags.Static);

    /// <summary>True when the library has a degree-of-parallelism switch.</summary>
    public static bool Available => Property is { CanWrite: true } && Property.PropertyType == typeof(int);

    /// <summary>The library's default degree: the processor count.</summary>
    public static int AllCores => Environment.ProcessorCount;

    /// <summary>Sets the degree (1 = off); does nothing where the switch is missing.</summary>
    public static void Set(int degree)
    {
        if (Available) Property!.SetValue(null, degree);
    }
}
