namespace Sigmoid.Cli.Bench;

/// <summary>Who computes a row of the comparison.</summary>
internal enum Contender
{
    /// <summary>This library, <see cref="Logistic"/>.</summary>
    Library,
    /// <summary><c>TensorPrimitives.Sigmoid</c>, or for other functions the composition of its primitives (see <see cref="Peers{T}"/>).</summary>
    TensorPrimitives,
    /// <summary>The textbook scalar formula in a loop.</summary>
    NaiveLoop,
    /// <summary>MathNet's <c>SpecialFunctions.Logistic</c>/<c>Logit</c> in a loop.</summary>
    MathNet,
    /// <summary><c>Span.CopyTo</c> over the same input and destination: the memory roofline.</summary>
    CopyTo,
}

/// <summary>One measured row: who, what, how big, how many threads, and the median nanoseconds per element.</summary>
/// <param name="Function">Command-line name of the function.</param>
/// <param name="Type">Element type: float, double or half.</param>
/// <param name="Size">Elements per call.</param>
/// <param name="Threads">Threads used: 1, or the core count for the all-cores rows.</param>
/// <param name="Contender">Who computes it.</param>
/// <param name="Implementation">Human-readable name of the implementation.</param>
/// <param name="NsPerElement">Median nanoseconds per element.</param>
/// <param name="SpeedVsTensorPrimitives">Throughput relative to the TensorPrimitives row with the same function, type, size and threads (&gt; 1 = faster); null if there is none.</param>
/// <param name="TimeVsCopyTo">Time relative to <c>Span.CopyTo</c> of the same type and size (how many copies' worth of time); null if there is none.</param>
internal sealed record BenchRow(string Function, string Type, int Size, int Threads, Contender Contender, string Implementation,
    double NsPerElement, double? SpeedVsTensorPrimitives = null, double? TimeVsCopyTo = null);
