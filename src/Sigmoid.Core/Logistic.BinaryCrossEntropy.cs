using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>
    /// Binary cross-entropy of label y ∈ [0,1] given logit z: -[y·ln σ(z) + (1-y)·ln σ(-z)]
    /// = max(z,0) - z·y + ln(1+e^-|z|).
    /// </summary>
    /// <remarks>
    /// <para>Computed in double as |z|·y (z &lt; 0) or |z| - |z|·y (z ≥ 0) — the same value as max(z,0) - z·y —
    /// carried exactly as a double-double, plus ln(1+e^-|z|) from the softplus kernel, summed with compensation and
    /// rounded once (float and Half: rounded once more, from that double). No correct-rounding claim; measured
    /// (<c>sigmoid accuracy -f bce-with-logits</c>): double max 0.743 ULP, float and Half max 0.5 ULP with 99.66% and
    /// 99.76% correctly rounded.</para>
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

/// <summary>BCE(z, y) = (z ≥ 0 ? |z| - |z|·y : |z|·y) + ln(1+e^-|z|).</summary>
internal readonly struct BinaryCrossEntropyOperator : IBinaryOperator
{
    /// <inheritdoc cref="IBinaryOperator.TwoPerTurn"/>
    public static bool TwoPerTurn => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV a = TV.Abs(z);
        SoftplusOperator.Log1pExpNeg(a, out TV lh, out TV ll);
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        // The linear part |z|·y (z < 0) or |z| - |z|·y (z ≥ 0) as lin + linErr, exactly: TwoProduct then TwoSum.
        TV p = a * y;
        TV pe = TV.FmaCancelling(a, y, -p);
        TV s1 = a - p;
        TV bb = s1 - a;
        TV e1 = (a - (s1 - bb)) + (-p - bb);
        TV negative = TV.LessThan(z, zero);
        TV lin = TV.Select(negative, p, s1);
        TV linErr = TV.Select(negative, pe, e1 - pe);
        // lin + ln(1+e^-|z|), compensated.
        TV s = lin + lh;
        TV b2 = s - lin;
        TV err = (lin - (s - b2)) + (lh - b2);
        TV r = s + ((err + linErr) + ll);
        // z = ±∞: 0 when the label agrees (weight 0), +∞ otherwise.
        TV weight = TV.Select(negative, y, one - y);
        TV infinite = TV.Equal(a, TV.Create(double.PositiveInfinity));
        r = TV.Select(infinite, TV.Select(TV.Equal(weight, zero), zero, a), r);
        TV valid = TV.And(TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one)), TV.Equal(z, z));
        return TV.Select(valid, r, TV.Create(double.NaN));
    }
}

/// <summary>∂BCE/∂z = σ(z) - y.</summary>
internal readonly struct BinaryCrossEntropyGradientOperator : IBinaryOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV r = SigmoidOperator.Invoke(z) - y;
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        TV valid = TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one));
        return TV.Select(valid, r, TV.Create(double.NaN));
    }

    /// <inheritdoc cref="IBinaryOperator.HasNarrow"/>
    public static bool HasNarrow => true;

    /// <summary>
    /// σ(z) - y = (1 - y)·σ(z) - y·σ(-z) = p - q, both σ from one e^-z (2^-49) and one reciprocal (2^-52); with the
    /// products and the difference the error is below 2^-48.4·(p + q). The floats must be those of the double kernel,
    /// which rounds σ(z) (1 ULP) before subtracting y, so the narrow value is trusted only where neither cancellation
    /// exceeds a factor 64: p + q ≤ 64·|r| (the narrow error is then below 2^-42.4 of r) and σ(z) ≤ 64·|r| (the double
    /// kernel's result is then within 2^-46 of the exact one); both lie inside the driver's 2^-41 bracket. Elsewhere
    /// (labels near σ(z), σ(z) - 1 for z &gt; 4.2 and y = 1, |z| &gt; 100, y outside [0, 1], NaN) undecided.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV one = TV.Create(1.0);
        TV e = ExpCore.ExpNegNarrow(z);
        TV s1 = TV.ReciprocalForNarrow(one + e);                           // σ(z)
        TV p = (one - y) * s1, q = y * (e * s1);                            // (1 - y)·σ(z), y·σ(-z)
        TV r = p - q;
        TV trusted = TV.And(TV.And(TV.LessThanOrEqual(TV.Abs(z), TV.Create(BinaryNarrow.Limit)), TV.LessThanOrEqual(TV.Create(0.0), y)),
                            TV.And(TV.LessThanOrEqual(y, one), TV.LessThanOrEqual(TV.Max(p + q, s1), TV.Abs(r) * TV.Create(64.0))));
        return TV.Select(trusted, r, TV.Create(IBinaryOperator.Undecided));
    }
}
