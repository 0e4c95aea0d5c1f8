namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>σ(x) = 1/(1+e^-x).</summary>
    public static float Sigmoid(float x) => (float)StableFormulas.Sigmoid((double)x);
    /// <summary>σ(x) = 1/(1+e^-x). Element-wise over a span.</summary>
    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Sigmoid(x[i]);
    }
    /// <summary>σ(x) = 1/(1+e^-x).</summary>
    public static double Sigmoid(double x) => (double)StableFormulas.Sigmoid((double)x);
    /// <summary>σ(x) = 1/(1+e^-x). Element-wise over a span.</summary>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Sigmoid(x[i]);
    }
    /// <summary>σ(x) = 1/(1+e^-x).</summary>
    public static Half Sigmoid(Half x) => (Half)StableFormulas.Sigmoid((double)x);
    /// <summary>σ(x) = 1/(1+e^-x). Element-wise over a span.</summary>
    public static void Sigmoid(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Sigmoid(x[i]);
    }
    /// <summary>σ'(x) = σ(x)·σ(-x).</summary>
    public static float SigmoidDerivative(float x) => (float)StableFormulas.SigmoidDerivative((double)x);
    /// <summary>σ'(x) = σ(x)·σ(-x). Element-wise over a span.</summary>
    public static void SigmoidDerivative(ReadOnlySpan<float> x, Span<float> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = SigmoidDerivative(x[i]);
    }
    /// <summary>σ'(x) = σ(x)·σ(-x).</summary>
    public static double SigmoidDerivative(double x) => (double)StableFormulas.SigmoidDerivative((double)x);
    /// <summary>σ'(x) = σ(x)·σ(-x). Element-wise over a span.</summary>
    public static void SigmoidDerivative(ReadOnlySpan<double> x, Span<double> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = SigmoidDerivative(x[i]);
    }
    /// <summary>σ'(x) = σ(x)·σ(-x).</summary>
    public static Half SigmoidDerivative(Half x) => (Half)StableFormulas.SigmoidDerivative((double)x);
    /// <summary>σ'(x) = σ(x)·σ(-x). Element-wise over a span.</summary>
    public static void SigmoidDerivative(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = SigmoidDerivative(x[i]);
    }
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ.</summary>
    public static float Logit(float p) => (float)StableFormulas.Logit((double)p);
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ. Element-wise over a span.</summary>
    public static void Logit(ReadOnlySpan<float> p, Span<float> destination)
    {
        SpanContract.Check(p, destination);
        for (int i = 0; i < p.Length; i++) destination[i] = Logit(p[i]);
    }
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ.</summary>
    public static double Logit(double p) => (double)StableFormulas.Logit((double)p);
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ. Element-wise over a span.</summary>
    public static void Logit(ReadOnlySpan<double> p, Span<double> destination)
    {
        SpanContract.Check(p, destination);
        for (int i = 0; i < p.Length; i++) destination[i] = Logit(p[i]);
    }
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ.</summary>
    public static Half Logit(Half p) => (Half)StableFormulas.Logit((double)p);
    /// <summary>logit(p) = ln(p/(1-p)), the inverse of σ. Element-wise over a span.</summary>
    public static void Logit(ReadOnlySpan<Half> p, Span<Half> destination)
    {
        SpanContract.Check(p, destination);
        for (int i = 0; i < p.Length; i++) destination[i] = Logit(p[i]);
    }
    /// <summary>ln σ(x) = -softplus(-x).</summary>
    public static float LogSigmoid(float x) => (float)StableFormulas.LogSigmoid((double)x);
    /// <summary>ln σ(x) = -softplus(-x). Element-wise over a span.</summary>
    public static void LogSigmoid(ReadOnlySpan<float> x, Span<float> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = LogSigmoid(x[i]);
    }
    /// <summary>ln σ(x) = -softplus(-x).</summary>
    public static double LogSigmoid(double x) => (double)StableFormulas.LogSigmoid((double)x);
    /// <summary>ln σ(x) = -softplus(-x). Element-wise over a span.</summary>
    public static void LogSigmoid(ReadOnlySpan<double> x, Span<double> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = LogSigmoid(x[i]);
    }
    /// <summary>ln σ(x) = -softplus(-x).</summary>
    public static Half LogSigmoid(Half x) => (Half)StableFormulas.LogSigmoid((double)x);
    /// <summary>ln σ(x) = -softplus(-x). Element-wise over a span.</summary>
    public static void LogSigmoid(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = LogSigmoid(x[i]);
    }
    /// <summary>softplus(x) = ln(1+e^x).</summary>
    public static float Softplus(float x) => (float)StableFormulas.Softplus((double)x);
    /// <summary>softplus(x) = ln(1+e^x). Element-wise over a span.</summary>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Softplus(x[i]);
    }
    /// <summary>softplus(x) = ln(1+e^x).</summary>
    public static double Softplus(double x) => (double)StableFormulas.Softplus((double)x);
    /// <summary>softplus(x) = ln(1+e^x). Element-wise over a span.</summary>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Softplus(x[i]);
    }
    /// <summary>softplus(x) = ln(1+e^x).</summary>
    public static Half Softplus(Half x) => (Half)StableFormulas.Softplus((double)x);
    /// <summary>softplus(x) = ln(1+e^x). Element-wise over a span.</summary>
    public static void Softplus(ReadOnlySpan<Half> x, Span<Half> destination)
    {
        SpanContract.Check(x, destination);
        for (int i = 0; i < x.Length; i++) destination[i] = Softplus(x[i]);
    }
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z.</summary>
    public static float BinaryCrossEntropyWithLogits(float z, float y) => (float)StableFormulas.BinaryCrossEntropyWithLogits((double)z, (double)y);
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogits(z[i], y[i]);
    }
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z.</summary>
    public static double BinaryCrossEntropyWithLogits(double z, double y) => (double)StableFormulas.BinaryCrossEntropyWithLogits((double)z, (double)y);
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogits(z[i], y[i]);
    }
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z.</summary>
    public static Half BinaryCrossEntropyWithLogits(Half z, Half y) => (Half)StableFormulas.BinaryCrossEntropyWithLogits((double)z, (double)y);
    /// <summary>max(z,0) - z·y + ln(1+e^-|z|): binary cross-entropy of label y ∈ [0,1] given logit z. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogits(z[i], y[i]);
    }
    /// <summary>∂BCE/∂z = σ(z) - y.</summary>
    public static float BinaryCrossEntropyWithLogitsGradient(float z, float y) => (float)(StableFormulas.Sigmoid((double)z) - (double)y);
    /// <summary>∂BCE/∂z = σ(z) - y. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogitsGradient(z[i], y[i]);
    }
    /// <summary>∂BCE/∂z = σ(z) - y.</summary>
    public static double BinaryCrossEntropyWithLogitsGradient(double z, double y) => (double)(StableFormulas.Sigmoid((double)z) - (double)y);
    /// <summary>∂BCE/∂z = σ(z) - y. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogitsGradient(z[i], y[i]);
    }
    /// <summary>∂BCE/∂z = σ(z) - y.</summary>
    public static Half BinaryCrossEntropyWithLogitsGradient(Half z, Half y) => (Half)(StableFormulas.Sigmoid((double)z) - (double)y);
    /// <summary>∂BCE/∂z = σ(z) - y. Element-wise over spans.</summary>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination)
    {
        SpanContract.CheckSameLength(z, y);
        SpanContract.Check(z, destination);
        SpanContract.CheckOverlap(y, destination, nameof(y), nameof(destination));
        for (int i = 0; i < z.Length; i++) destination[i] = BinaryCrossEntropyWithLogitsGradient(z[i], y[i]);
    }
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it.</summary>
    public static float SigmoidBackwardFromOutput(float y, float dy) => (float)((double)y * (1 - (double)y) * (double)dy);
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx)
    {
        SpanContract.CheckSameLength(y, dy);
        SpanContract.Check(y, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < y.Length; i++) dx[i] = SigmoidBackwardFromOutput(y[i], dy[i]);
    }
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it.</summary>
    public static double SigmoidBackwardFromOutput(double y, double dy) => (double)((double)y * (1 - (double)y) * (double)dy);
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx)
    {
        SpanContract.CheckSameLength(y, dy);
        SpanContract.Check(y, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < y.Length; i++) dx[i] = SigmoidBackwardFromOutput(y[i], dy[i]);
    }
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it.</summary>
    public static Half SigmoidBackwardFromOutput(Half y, Half dy) => (Half)((double)y * (1 - (double)y) * (double)dy);
    /// <summary>dx = y·(1-y)·dy, from the saved output y = σ(x), exactly as the sheet writes it. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, Span<Half> dx)
    {
        SpanContract.CheckSameLength(y, dy);
        SpanContract.Check(y, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < y.Length; i++) dx[i] = SigmoidBackwardFromOutput(y[i], dy[i]);
    }
    /// <summary>dx = σ'(x)·dy, from the saved input x.</summary>
    public static float SigmoidBackwardFromInput(float x, float dy) => (float)(StableFormulas.SigmoidDerivative((double)x) * (double)dy);
    /// <summary>dx = σ'(x)·dy, from the saved input x. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx)
    {
        SpanContract.CheckSameLength(x, dy);
        SpanContract.Check(x, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < x.Length; i++) dx[i] = SigmoidBackwardFromInput(x[i], dy[i]);
    }
    /// <summary>dx = σ'(x)·dy, from the saved input x.</summary>
    public static double SigmoidBackwardFromInput(double x, double dy) => (double)(StableFormulas.SigmoidDerivative((double)x) * (double)dy);
    /// <summary>dx = σ'(x)·dy, from the saved input x. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> dx)
    {
        SpanContract.CheckSameLength(x, dy);
        SpanContract.Check(x, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < x.Length; i++) dx[i] = SigmoidBackwardFromInput(x[i], dy[i]);
    }
    /// <summary>dx = σ'(x)·dy, from the saved input x.</summary>
    public static Half SigmoidBackwardFromInput(Half x, Half dy) => (Half)(StableFormulas.SigmoidDerivative((double)x) * (double)dy);
    /// <summary>dx = σ'(x)·dy, from the saved input x. Element-wise over spans.</summary>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> dx)
    {
        SpanContract.CheckSameLength(x, dy);
        SpanContract.Check(x, dx);
        SpanContract.CheckOverlap(dy, dx, nameof(dy), nameof(dx));
        for (int i = 0; i < x.Length; i++) dx[i] = SigmoidBackwardFromInput(x[i], dy[i]);
    }
}
