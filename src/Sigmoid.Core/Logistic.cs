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
/// </remarks>
public static partial class Logistic
{
}
