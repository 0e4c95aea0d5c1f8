namespace Sigmoid;

/// <summary>
/// Opt-in parallelism for one span call of <see cref="Logistic"/>: pass it to an overload that takes
/// <see cref="ParallelSpanOptions"/> (for example <c>Logistic.Sigmoid(x, destination, ParallelSpanOptions.AllCores)</c>)
/// and a span of at least <see cref="MinimumLength"/> elements is split into chunks run on the thread pool.
/// Without it every overload runs on the calling thread and starts no threads: inside a host that owns the
/// threads (a web server, ML.NET, ONNX Runtime) nothing is taken from it.
/// </summary>
/// <remarks>
/// <para>Results are bit-identical with or without it: every element is computed independently, by the same
/// operations on every lane width.</para>
/// <para>A split call allocates what <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> needs (its
/// options, a closure and the loop's own state, a few hundred bytes); a serial call allocates nothing.</para>
/// </remarks>
public sealed class ParallelSpanOptions
{
    /// <summary>
    /// The default <see cref="MinimumLength"/>: 32,768 elements, chosen by measurement — <c>sigmoid bench
    /// --parallel-threshold</c> times σ (float and double) on one thread and on all cores at sizes 2^11 … 2^21 and
    /// recommends the smallest size from which all cores are at least 1.2× faster at every larger size (on a 2-core
    /// AVX-512 machine: 1.37× at 32,768 for float, 1.38× for double; 0.87× and 1.23× at 16,384). Unary Half spans,
    /// which read a table of all 2^16 results and are memory-bound, split only from 1,048,576 elements.
    /// </summary>
    public const int DefaultMinimumLength = 1 << 15;

    private readonly int minimumLength = DefaultMinimumLength;

    /// <summary>At most <paramref name="maxDegreeOfParallelism"/> threads per call (1: the calling thread only).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public ParallelSpanOptions(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>One thread per processor (<see cref="Environment.ProcessorCount"/>), from
    /// <see cref="DefaultMinimumLength"/> elements.</summary>
    public static ParallelSpanOptions AllCores { get; } = new(Environment.ProcessorCount);

    /// <summary>The most threads one call uses, the calling thread included.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Spans shorter than this run on the calling thread (below it the hand-off costs more than it saves).
    /// Default <see cref="DefaultMinimumLength"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1.</exception>
    public int MinimumLength
    {
        get => minimumLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            minimumLength = value;
        }
    }
}
