using Sigmoid.Drivers;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>
    /// Binary cross-entropy of label y ∈ [0,1] given logit z: -[y·ln σ(z) + (1-y)·ln σ(-z)]
    /// = max(z,0) - z·y + ln(1+e^-|z|).
    /// </summary>
    /// <remarks>
    /// <para>Computed in double as |z|·(z ≥ 0 ? 1-y : y) + ln(1+e^-|z|) (the same value as max(z,0) - z·y, without
    /// cancelling two large terms) and rounded once. No correct-rounding claim: where the result is much smaller than
    /// |z| the double intermediate limits it (still far below float precision).</para>
    /// <para>Special values: a label outside [0,1] or NaN, or a NaN logit, gives NaN (no exception).
    /// z = ±∞ gives 0 when the label agrees (y = 1 for +∞, y = 0 for -∞) and +∞ otherwise. Never negative.</para>
    /// </remarks>
    public static float BinaryCrossEntropyWithLogits(float z, float y) => BinaryDriver.One<BinaryCrossEntropyOperator>(z, y);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(float, float)"/>
    public static double BinaryCrossEntropyWithLogits(double z, double y) => BinaryDriver.One<BinaryCrossEntropyOperator>(z, y);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(float, float)"/>
    public static Half BinaryCrossEntropyWithLogits(Half z, Half y) => BinaryDriver.One<BinaryCrossEntropyOperator>(z, y);

    /// <summary>Binary cross-entropy with logits element-wise: <c>destination[i] = BinaryCrossEntropyWithLogits(z[i], y[i])</c>.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; <paramref name="z"/> and <paramref name="y"/> must be equally
    /// long; the destination may be exactly either input. Same bits as the scalar on every path.</remarks>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination)
        => BinaryDriver.Run<BinaryCrossEntropyOperator>(z, y, destination);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination)
        => BinaryDriver.Run<BinaryCrossEntropyOperator>(z, y, destination);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void BinaryCrossEntropyWithLogits(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination)
        => BinaryDriver.Run<BinaryCrossEntropyOperator>(z, y, destination);

    /// <summary>The gradient of <see cref="BinaryCrossEntropyWithLogits(float, float)"/> with respect to the logit:
    /// ∂/∂z = σ(z) - y (the fused form: no division by σ(1-σ)).</summary>
    /// <remarks>σ(z) in double (within 1 ULP of double), minus y, rounded once. A label outside [0,1] or NaN gives
    /// NaN, as for the loss. The result lies in [-1, 1].</remarks>
    public static float BinaryCrossEntropyWithLogitsGradient(float z, float y) => BinaryDriver.One<BinaryCrossEntropyGradientOperator>(z, y);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsGradient(float, float)"/>
    public static double BinaryCrossEntropyWithLogitsGradient(double z, double y) => BinaryDriver.One<BinaryCrossEntropyGradientOperator>(z, y);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsGradient(float, float)"/>
    public static Half BinaryCrossEntropyWithLogitsGradient(Half z, Half y) => BinaryDriver.One<BinaryCrossEntropyGradientOperator>(z, y);

    /// <summary>σ(z) - y element-wise: <c>destination[i] = BinaryCrossEntropyWithLogitsGradient(z[i], y[i])</c>.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; same bits as the scalar on every path.</remarks>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination)
        => BinaryDriver.Run<BinaryCrossEntropyGradientOperator>(z, y, destination);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination)
        => BinaryDriver.Run<BinaryCrossEntropyGradientOperator>(z, y, destination);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination)
        => BinaryDriver.Run<BinaryCrossEntropyGradientOperator>(z, y, destination);
}

/// <summary>BCE(z, y) = |z|·(z ≥ 0 ? 1-y : y) + ln(1+e^-|z|).</summary>
internal readonly struct BinaryCrossEntropyOperator : IBinaryOperator
{
    public static TV Invoke<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV a = TV.Abs(z);
        SoftplusOperator.Log1pExpNeg(a, out TV lh, out TV ll);
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        TV weight = TV.Select(TV.LessThan(z, zero), y, one - y);
        TV linear = TV.Select(TV.Equal(weight, zero), zero, a * weight);   // 0·∞ is 0 here: the label agrees
        TV r = linear + (lh + ll);
        TV valid = TV.And(TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one)), TV.Equal(z, z));
        return TV.Select(valid, r, TV.Create(double.NaN));
    }
}

/// <summary>∂BCE/∂z = σ(z) - y.</summary>
internal readonly struct BinaryCrossEntropyGradientOperator : IBinaryOperator
{
    public static TV Invoke<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV r = SigmoidOperator.Invoke(z) - y;
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        TV valid = TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one));
        return TV.Select(valid, r, TV.Create(double.NaN));
    }
}
