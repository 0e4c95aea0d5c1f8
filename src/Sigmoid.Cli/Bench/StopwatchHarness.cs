using System.Diagnostics;

namespace Sigmoid.Cli.Bench;

/// <summary>How long <see cref="StopwatchHarness"/> warms up and measures.</summary>
/// <param name="Warmup">Minimum warm-up time (see <see cref="StopwatchHarness.NanosecondsPerElement(IReadOnlyList{Action}, int, HarnessSettings)"/> for when warm-up ends).</param>
/// <param name="MinRepetitionTime">Each repetition repeats the call until it lasts at least this long.</param>
/// <param name="Repetitions">Repetitions; the median is reported.</param>
internal readonly record struct HarnessSettings(TimeSpan Warmup, TimeSpan MinRepetitionTime, int Repetitions)
{
    /// <summary>For <c>--quick</c>: the whole default table in well under a minute.</summary>
    public static HarnessSettings Quick => new(TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(4), 7);

    /// <summary>The default: steadier medians, a few minutes for the default table.</summary>
    public static HarnessSettings Full => new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(20), 15);
}

/// <summary>
/// A small, careful Stopwatch harness: warm up, size a repetition so that timer resolution and call overhead vanish,
/// time several repetitions, report the median in nanoseconds per element (robust to the odd preempted repetition on
/// a shared machine).
/// </summary>
internal static class StopwatchHarness
{
    /// <summary>Median nanoseconds per element of <paramref name="body"/>, which processes <paramref name="elements"/> elements a call.</summary>
    public static double NanosecondsPerElement(Action body, int elements, HarnessSettings settings) =>
        NanosecondsPerElement([body], elements, settings)[0];

    /// <summary>
    /// Median nanoseconds per element of each of <paramref name="bodies"/> (each processes <paramref name="elements"/>
    /// elements a call), measured interleaved: each is warmed up, then every round times one repetition of each body
    /// in turn, so that all of them see the same machine — a ratio between two of them is not skewed by a change of
    /// load, clock or memory traffic between their measurements.
    /// </summary>
    /// <remarks>
    /// Warm-up runs in windows of about <see cref="WindowMs"/> ms until at least <see cref="HarnessSettings.Warmup"/>
    /// has passed and the speed has settled (three windows in a row no faster than 3% beyond the best before them),
    /// at most <see cref="MaxWarmupMs"/> ms. <c>sigmoid bench</c> measures in a child process with tiered compilation
    /// off, so warm-up only has to fill caches and let the clock settle; in a process with tiering on, the plateau
    /// rule is what waits for the JIT's fully optimised code (it recompiles hot methods about 100 ms after the last
    /// new one). Measuring the contenders one after the other, minutes apart on a shared machine, is what once made
    /// an all-cores row look 7.5× faster than one thread on two cores: the one-thread row had been timed while
    /// other work held a core.
    /// </remarks>
    public static double[] NanosecondsPerElement(IReadOnlyList<Action> bodies, int elements, HarnessSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(elements, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Repetitions, 1);
        var repeat = new long[bodies.Count];
        for (int b = 0; b < bodies.Count; b++)
            repeat[b] = Math.Max(1, (long)Math.Ceiling(settings.MinRepetitionTime.TotalNanoseconds / Math.Max(WarmUp(bodies[b], settings), 1)));
        var samples = new double[bodies.Count][];
        for (int b = 0; b < bodies.Count; b++) samples[b] = new double[settings.Repetitions];
        for (int r = 0; r < settings.Repetitions; r++)
            for (int b = 0; b < bodies.Count; b++)
            {
                Action body = bodies[b];
                long t0 = Stopwatch.GetTimestamp();
                for (long i = 0; i < repeat[b]; i++) body();
                samples[b][r] = Stopwatch.GetElapsedTime(t0).TotalNanoseconds / (repeat[b] * (double)elements);
            }
        return samples.Select(Median).ToArray();
    }

    /// <summary>Warms <paramref name="body"/> up (see <see cref="NanosecondsPerElement(IReadOnlyList{Action}, int, HarnessSettings)"/>)
    /// and returns the best nanoseconds per call seen.</summary>
    private static double WarmUp(Action body, HarnessSettings settings)
    {
        long start = Stopwatch.GetTimestamp();
        double best = double.PositiveInfinity;
        int settled = 0, callsPerWindow = 1;
        while (true)
        {
            long w0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < callsPerWindow; i++) body();
            double perCallNs = Stopwatch.GetElapsedTime(w0).TotalNanoseconds / callsPerWindow;
            settled = perCallNs >= best * 0.97 ? settled + 1 : 0;
            best = Math.Min(best, perCallNs);
            double elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if ((elapsedMs >= settings.Warmup.TotalMilliseconds && settled >= 3) || elapsedMs >= MaxWarmupMs) return best;
            callsPerWindow = (int)Math.Clamp(WindowMs * 1e6 / Math.Max(perCallNs, 1), 1, 1 << 24);
        }
    }

    /// <summary>Length of one warm-up window in milliseconds.</summary>
    public const double WindowMs = 5;

    /// <summary>Longest warm-up in milliseconds, whatever the speed does.</summary>
    public const double MaxWarmupMs = 1500;

    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
