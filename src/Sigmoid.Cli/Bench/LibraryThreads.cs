using System.Reflection;

namespace Sigmoid.Cli.Bench;

/// <summary>
/// Sets the library's degree of parallelism (<c>Logistic.MaxDegreeOfParallelism</c>: 1 = one thread, default = all
/// cores) for a benchmark. Reached by reflection so that the tools also build against a library without the switch;
/// there <see cref="Available"/> is false and the library always runs on one thread.
/// </summary>
internal static class LibraryThreads
{
    private static readonly Action<int>? Setter = FindSetter();

    /// <summary>True when the library has a degree-of-parallelism switch.</summary>
    public static bool Available => Setter is not null;

    /// <summary>The library's default degree: the processor count.</summary>
    public static int AllCores => Environment.ProcessorCount;

    /// <summary>Sets the degree (1 = off); does nothing where the switch is missing. A plain delegate call: no allocation.</summary>
    public static void Set(int degree) => Setter?.Invoke(degree);

    private static Action<int>? FindSetter()
    {
        var property = typeof(Logistic).GetProperty("MaxDegreeOfParallelism", BindingFlags.Public | BindingFlags.Static);
        return property is { PropertyType: var t, SetMethod: { } set } && t == typeof(int) ? set.CreateDelegate<Action<int>>() : null;
    }
}
