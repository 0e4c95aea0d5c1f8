namespace Sigmoid;

/// <summary>
/// The logistic sigmoid σ(t) = 1/(1+e^-t) and its family — derivative, inverse (logit), log-sigmoid, softplus,
/// binary cross-entropy on logits and the backward passes of a sigmoid layer — for <see cref="float"/>,
/// <see cref="double"/> and <see cref="Half"/>, as scalars and over spans.
/// </summary>
/// <remarks>
/// <para>Span overloads share one contract: the destination must be at least as long as the input(s)
/// (<see cref="ArgumentException"/> naming the parameter otherwise); input and destination may be exactly the same
/// span (in place) but must not partly overlap (<see cref="ArgumentException"/>); empty input does nothing.</para>
/// <para>Every function also has generic forms, <c>T F&lt;T&gt;(T)</c> and <c>F&lt;T&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>
/// with <c>where T : IFloatingPointIeee754&lt;T&gt;</c>, for generic-math code: float, double and Half run the exact
/// kernels (the same bits as the overloads for those types); any other T throws <see cref="NotSupportedException"/>
/// naming the supported types — there is no slower generic fallback with a weaker bound.</para>
/// <para>Threads: none unless asked. Every call runs on the calling thread and allocates nothing; a caller that
/// wants a long span split across cores passes <see cref="ParallelSpanOptions"/> to a span overload that takes it
/// (same bits either way).</para>
/// </remarks>
public static partial class Logistic
{
}
