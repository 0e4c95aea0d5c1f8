using System.Numerics;
using Sigmoid.Drivers;

namespace Sigmoid;

// The generic forms: what generic-math code (where T : IFloatingPointIeee754<T>) calls. float, double and Half go to
// the exact overloads above them, so every result has the same bits; any other T throws NotSupportedException.
public static partial class Logistic
{
    /// <summary>σ(x) = 1/(1+e^-x) for any supported <typeparamref name="T"/>: the same bits as the <see cref="Sigmoid(float)"/>,
    /// <see cref="Sigmoid(double)"/> and <see cref="Sigmoid(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Sigmoid<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Sigmoid(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Sigmoid(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Sigmoid(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>σ(x) = 1/(1+e^-x) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Sigmoid(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Sigmoid(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Sigmoid(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>σ(x) = 1/(1+e^-x) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="Sigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Sigmoid(x, destination);
    }

    /// <summary>σ'(x) = σ(x)·σ(-x) for any supported <typeparamref name="T"/>: the same bits as the <see cref="SigmoidDerivative(float)"/>,
    /// <see cref="SigmoidDerivative(double)"/> and <see cref="SigmoidDerivative(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T SigmoidDerivative<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(SigmoidDerivative(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(SigmoidDerivative(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(SigmoidDerivative(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>σ'(x) = σ(x)·σ(-x) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidDerivative<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) SigmoidDerivative(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) SigmoidDerivative(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) SigmoidDerivative(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>σ'(x) = σ(x)·σ(-x) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="SigmoidDerivative{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidDerivative<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        SigmoidDerivative(x, destination);
    }

    /// <summary>logit(p) = ln(p/(1-p)) for any supported <typeparamref name="T"/>: the same bits as the <see cref="Logit(float)"/>,
    /// <see cref="Logit(double)"/> and <see cref="Logit(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Logit<T>(T p) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Logit(Generic.From<T, float>(p)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Logit(Generic.From<T, double>(p)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Logit(Generic.From<T, Half>(p)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>logit(p) = ln(p/(1-p)) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Logit<T>(ReadOnlySpan<T> p, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Logit(Generic.Of<T, float>(p), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Logit(Generic.Of<T, double>(p), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Logit(Generic.Of<T, Half>(p), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>logit(p) = ln(p/(1-p)) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="Logit{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Logit<T>(ReadOnlySpan<T> p, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Logit(p, destination);
    }

    /// <summary>ln σ(x) for any supported <typeparamref name="T"/>: the same bits as the <see cref="LogSigmoid(float)"/>,
    /// <see cref="LogSigmoid(double)"/> and <see cref="LogSigmoid(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T LogSigmoid<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(LogSigmoid(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(LogSigmoid(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(LogSigmoid(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>ln σ(x) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void LogSigmoid<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) LogSigmoid(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) LogSigmoid(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) LogSigmoid(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>ln σ(x) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="LogSigmoid{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void LogSigmoid<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        LogSigmoid(x, destination);
    }

    /// <summary>softplus(x) = ln(1+e^x) for any supported <typeparamref name="T"/>: the same bits as the <see cref="Softplus(float)"/>,
    /// <see cref="Softplus(double)"/> and <see cref="Softplus(Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T Softplus<T>(T x) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(Softplus(Generic.From<T, float>(x)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(Softplus(Generic.From<T, double>(x)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(Softplus(Generic.From<T, Half>(x)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>softplus(x) = ln(1+e^x) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Softplus<T>(ReadOnlySpan<T> x, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) Softplus(Generic.Of<T, float>(x), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) Softplus(Generic.Of<T, double>(x), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) Softplus(Generic.Of<T, Half>(x), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>softplus(x) = ln(1+e^x) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="Softplus{T}(ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void Softplus<T>(ReadOnlySpan<T> x, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        Softplus(x, destination);
    }

    /// <summary>dx = y·(1-y)·dy for any supported <typeparamref name="T"/>: the same bits as the <see cref="SigmoidBackwardFromOutput(float, float)"/>,
    /// <see cref="SigmoidBackwardFromOutput(double, double)"/> and <see cref="SigmoidBackwardFromOutput(Half, Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T SigmoidBackwardFromOutput<T>(T y, T dy) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(SigmoidBackwardFromOutput(Generic.From<T, float>(y), Generic.From<T, float>(dy)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(SigmoidBackwardFromOutput(Generic.From<T, double>(y), Generic.From<T, double>(dy)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(SigmoidBackwardFromOutput(Generic.From<T, Half>(y), Generic.From<T, Half>(dy)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>dx = y·(1-y)·dy element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidBackwardFromOutput<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) SigmoidBackwardFromOutput(Generic.Of<T, float>(y), Generic.Of<T, float>(dy), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) SigmoidBackwardFromOutput(Generic.Of<T, double>(y), Generic.Of<T, double>(dy), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) SigmoidBackwardFromOutput(Generic.Of<T, Half>(y), Generic.Of<T, Half>(dy), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>dx = y·(1-y)·dy element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="SigmoidBackwardFromOutput{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidBackwardFromOutput<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        SigmoidBackwardFromOutput(y, dy, destination);
    }

    /// <summary>dx = σ'(x)·dy for any supported <typeparamref name="T"/>: the same bits as the <see cref="SigmoidBackwardFromInput(float, float)"/>,
    /// <see cref="SigmoidBackwardFromInput(double, double)"/> and <see cref="SigmoidBackwardFromInput(Half, Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T SigmoidBackwardFromInput<T>(T x, T dy) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(SigmoidBackwardFromInput(Generic.From<T, float>(x), Generic.From<T, float>(dy)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(SigmoidBackwardFromInput(Generic.From<T, double>(x), Generic.From<T, double>(dy)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(SigmoidBackwardFromInput(Generic.From<T, Half>(x), Generic.From<T, Half>(dy)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>dx = σ'(x)·dy element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidBackwardFromInput<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) SigmoidBackwardFromInput(Generic.Of<T, float>(x), Generic.Of<T, float>(dy), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) SigmoidBackwardFromInput(Generic.Of<T, double>(x), Generic.Of<T, double>(dy), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) SigmoidBackwardFromInput(Generic.Of<T, Half>(x), Generic.Of<T, Half>(dy), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>dx = σ'(x)·dy element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="SigmoidBackwardFromInput{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void SigmoidBackwardFromInput<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        SigmoidBackwardFromInput(x, dy, destination);
    }

    /// <summary>max(z,0) - z·y + ln(1+e^-|z|) for any supported <typeparamref name="T"/>: the same bits as the <see cref="BinaryCrossEntropyWithLogits(float, float)"/>,
    /// <see cref="BinaryCrossEntropyWithLogits(double, double)"/> and <see cref="BinaryCrossEntropyWithLogits(Half, Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T BinaryCrossEntropyWithLogits<T>(T z, T y) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(BinaryCrossEntropyWithLogits(Generic.From<T, float>(z), Generic.From<T, float>(y)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(BinaryCrossEntropyWithLogits(Generic.From<T, double>(z), Generic.From<T, double>(y)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(BinaryCrossEntropyWithLogits(Generic.From<T, Half>(z), Generic.From<T, Half>(y)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>max(z,0) - z·y + ln(1+e^-|z|) element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogits<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) BinaryCrossEntropyWithLogits(Generic.Of<T, float>(z), Generic.Of<T, float>(y), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) BinaryCrossEntropyWithLogits(Generic.Of<T, double>(z), Generic.Of<T, double>(y), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) BinaryCrossEntropyWithLogits(Generic.Of<T, Half>(z), Generic.Of<T, Half>(y), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>max(z,0) - z·y + ln(1+e^-|z|) element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="BinaryCrossEntropyWithLogits{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogits<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        BinaryCrossEntropyWithLogits(z, y, destination);
    }

    /// <summary>σ(z) - y for any supported <typeparamref name="T"/>: the same bits as the <see cref="BinaryCrossEntropyWithLogitsGradient(float, float)"/>,
    /// <see cref="BinaryCrossEntropyWithLogitsGradient(double, double)"/> and <see cref="BinaryCrossEntropyWithLogitsGradient(Half, Half)"/> overloads.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T BinaryCrossEntropyWithLogitsGradient<T>(T z, T y) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) return Generic.To<T, float>(BinaryCrossEntropyWithLogitsGradient(Generic.From<T, float>(z), Generic.From<T, float>(y)));
        if (typeof(T) == typeof(double)) return Generic.To<T, double>(BinaryCrossEntropyWithLogitsGradient(Generic.From<T, double>(z), Generic.From<T, double>(y)));
        if (typeof(T) == typeof(Half)) return Generic.To<T, Half>(BinaryCrossEntropyWithLogitsGradient(Generic.From<T, Half>(z), Generic.From<T, Half>(y)));
        throw Generic.Unsupported<T>();
    }

    /// <summary>σ(z) - y element-wise for any supported <typeparamref name="T"/>: the same bits as the float, double and
    /// Half span overloads (span contract of <see cref="Logistic"/>); on the calling thread.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination) where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float)) BinaryCrossEntropyWithLogitsGradient(Generic.Of<T, float>(z), Generic.Of<T, float>(y), Generic.Of<T, float>(destination));
        else if (typeof(T) == typeof(double)) BinaryCrossEntropyWithLogitsGradient(Generic.Of<T, double>(z), Generic.Of<T, double>(y), Generic.Of<T, double>(destination));
        else if (typeof(T) == typeof(Half)) BinaryCrossEntropyWithLogitsGradient(Generic.Of<T, Half>(z), Generic.Of<T, Half>(y), Generic.Of<T, Half>(destination));
        else throw Generic.Unsupported<T>();
    }

    /// <summary>σ(z) - y element-wise, long spans split across threads as <paramref name="parallel"/> allows; the same bits
    /// as <see cref="BinaryCrossEntropyWithLogitsGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogitsGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination, ParallelSpanOptions parallel) where T : IFloatingPointIeee754<T>
    {
        using var scope = ParallelSplit.Use(parallel);
        BinaryCrossEntropyWithLogitsGradient(z, y, destination);
    }

    /// <summary>The reduced, weighted binary cross-entropy on logits for any supported <typeparamref name="T"/>: the
    /// same bits as the float, double and Half overloads of
    /// <see cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, LossReduction, ReadOnlySpan{double}, double)"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static T BinaryCrossEntropyWithLogitsLoss<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<T> weight = default, double positiveWeight = 1.0)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
            return Generic.To<T, float>(BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, float>(z), Generic.Of<T, float>(y), reduction, Generic.Of<T, float>(weight), positiveWeight));
        if (typeof(T) == typeof(double))
            return Generic.To<T, double>(BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, double>(z), Generic.Of<T, double>(y), reduction, Generic.Of<T, double>(weight), positiveWeight));
        if (typeof(T) == typeof(Half))
            return Generic.To<T, Half>(BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, Half>(z), Generic.Of<T, Half>(y), reduction, Generic.Of<T, Half>(weight), positiveWeight));
        throw Generic.Unsupported<T>();
    }

    /// <summary>The unreduced, weighted binary cross-entropy on logits for any supported <typeparamref name="T"/>: the
    /// same bits as the float, double and Half overloads of
    /// <see cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, double)"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogitsLoss<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination,
        ReadOnlySpan<T> weight = default, double positiveWeight = 1.0)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
            BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, float>(z), Generic.Of<T, float>(y), Generic.Of<T, float>(destination), Generic.Of<T, float>(weight), positiveWeight);
        else if (typeof(T) == typeof(double))
            BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, double>(z), Generic.Of<T, double>(y), Generic.Of<T, double>(destination), Generic.Of<T, double>(weight), positiveWeight);
        else if (typeof(T) == typeof(Half))
            BinaryCrossEntropyWithLogitsLoss(Generic.Of<T, Half>(z), Generic.Of<T, Half>(y), Generic.Of<T, Half>(destination), Generic.Of<T, Half>(weight), positiveWeight);
        else throw Generic.Unsupported<T>();
    }

    /// <summary>The gradient of the weighted binary cross-entropy on logits for any supported <typeparamref name="T"/>:
    /// the same bits as the float, double and Half overloads of
    /// <see cref="BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, LossReduction, ReadOnlySpan{double}, double)"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float, double or Half.</exception>
    public static void BinaryCrossEntropyWithLogitsLossGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<T> weight = default, double positiveWeight = 1.0)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
            BinaryCrossEntropyWithLogitsLossGradient(Generic.Of<T, float>(z), Generic.Of<T, float>(y), Generic.Of<T, float>(destination), reduction, Generic.Of<T, float>(weight), positiveWeight);
        else if (typeof(T) == typeof(double))
            BinaryCrossEntropyWithLogitsLossGradient(Generic.Of<T, double>(z), Generic.Of<T, double>(y), Generic.Of<T, double>(destination), reduction, Generic.Of<T, double>(weight), positiveWeight);
        else if (typeof(T) == typeof(Half))
            BinaryCrossEntropyWithLogitsLossGradient(Generic.Of<T, Half>(z), Generic.Of<T, Half>(y), Generic.Of<T, Half>(destination), reduction, Generic.Of<T, Half>(weight), positiveWeight);
        else throw Generic.Unsupported<T>();
    }
}
