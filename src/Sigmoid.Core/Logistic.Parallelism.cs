using Sigmoid.Drivers;

namespace Sigmoid;

public static partial class Logistic
{
    private static int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// How many threads a span overload may use. Default <see cref="Environment.ProcessorCount"/>; 1 turns the
    /// parallel path off. Spans shorter than <see cref="ParallelThreshold"/> (default 32,768 elements; below it the
    /// thread hand-off costs more than it saves) always run on the calling thread. Results are bit-identical whatever the value: every element
    /// is computed independently, by the same operations on every lane width.
    /// </summary>
    /// <remarks>The parallel path allocates what <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>
    /// needs (its options, a closure and the loop's own state, a few hundred bytes per call); the serial path
    /// allocates nothing.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1.</exception>
    public static int MaxDegreeOfParallelism
    {
        get => Volatile.Read(ref maxDegreeOfParallelism);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref maxDegreeOfParallelism, value);
        }
    }

    /// <summary>
    /// Span length from which the span overloads split work across threads (when <see cref="MaxDegreeOfParallelism"/>
    /// &gt; 1). Default 32,768 elements, chosen by measurement: <c>sigmoid bench --parallel-threshold</c> times σ
    /// (float and double) on one thread and on all cores at sizes 2^11 … 2^21 and recommends the smallest size from
    /// which all cores are at least 1.2× faster at every larger size — on the 2-core AVX-512 machine of the README
    /// (section Speed has the run): 1.37× at 32,768 for float, 1.38× for double; 0.87× and 1.23× at 16,384. Unary
    /// Half spans, which read a table of all 2^16 results and are memory-bound, split only from 1,048,576 elements.
    /// Any value gives the same bits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value below 1.</exception>
    public static int ParallelThreshold
    {
        get => ParallelSplit.Threshold;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ParallelSplit.Threshold = value;
        }
    }
}
