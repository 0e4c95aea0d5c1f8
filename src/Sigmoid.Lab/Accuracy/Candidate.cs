using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// An implementation under measurement, as a span kernel: <c>destination[i] = f(x[i])</c>, or for BCE
/// <c>f(x[i], labels[i])</c> (the labels span is ignored by one-argument functions).
/// </summary>
public delegate void SpanKernel<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> labels, Span<T> destination);

/// <summary>
/// One implementation of one function of the family, for whichever of float, double and Half it supports
/// (a null kernel means "not offered").
/// </summary>
/// <param name="Name">Display name (e.g. <c>Sigmoid</c>, <c>TensorPrimitives</c>, <c>MathNet</c>, <c>naive</c>).</param>
/// <param name="Function">The function it computes.</param>
/// <param name="Float">The float kernel, or null.</param>
/// <param name="Double">The double kernel, or null.</param>
/// <param name="Half">The Half kernel, or null.</param>
/// <param name="Formula">How it computes (for the report), e.g. <c>1/(1+exp(-x))</c>.</param>
/// <param name="IsLibrary">True for this project's <c>Sigmoid.Logistic</c>: only it is held to the contract.</param>
public sealed record Candidate(
    string Name,
    SigmoidFunction Function,
    SpanKernel<float>? Float,
    SpanKernel<double>? Double,
    SpanKernel<Half>? Half,
    string Formula,
    bool IsLibrary = false)
{
    /// <summary>True when the candidate offers <paramref name="format"/>.</summary>
    public bool Supports(NumberFormat format) =>
        format == NumberFormat.Float ? Float is not null
        : format == NumberFormat.Double ? Double is not null
        : Half is not null;
}
