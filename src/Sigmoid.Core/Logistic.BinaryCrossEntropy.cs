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
    /// <remarks>Computed as (1 - y)·σ(z) - y·σ(-z), σ(z) and σ(-z) from one e^-|z| (each within 1 ULP of double), so
    /// the labels 0 and 1 give σ(z) and -σ(-z) to 1 ULP at every z — where the textbook σ(z) - y (and PyTorch's
    /// sigmoid(z) - y) keeps only σ(z)'s rounding error for a confident correct prediction (y = 1, z ≳ 37: -2^-53
    /// instead of -σ(-z); float from z ≈ 17: 0). Soft labels: within a few ULP of max(σ(z), y), as any form.
    /// float and Half: the double result rounded once. A label outside [0,1] or NaN gives NaN, as for the loss; NaN z
    /// gives NaN. The result lies in [-1, 1].</remarks>
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

    /// <inheritdoc cref="IBinaryOperator.HasNarrow"/>
    public static bool HasNarrow => true;

    /// <summary>Without FMA hardware one per turn: two copies of the unfused narrow kernel are past the JIT's inlining budget.</summary>
    public static bool NarrowTwoPerTurn => HardwareFma.IsSupported;

    /// <summary>
    /// |z|·w + ln(1 + e^-|z|), w = 1 - y for z ≥ 0 and y for z &lt; 0: two non-negative terms, so the sum keeps their
    /// relative errors — the logarithm of the narrow exponential below 2^-45.9, as in softplus, and a few roundings of
    /// 2^-53 for 1 - y, the product and the sum — in all below 2^-45. The double kernel is within 1 ULP (2^-52), so
    /// both lie inside the driver's 2^-41 bracket and the float is the double kernel's rounded. Undecided for
    /// |z| &gt; 100, y outside [0, 1] and NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        TV a = TV.Abs(z);
        TV l = LogCore.Log1pNarrow(ExpCore.ExpNegNarrow(a));
        TV r = TV.MultiplyAddEstimate(a, TV.SelectLessThan(z, zero, y, one - y), l);
        TV trusted = TV.And(TV.LessThanOrEqual(a, TV.Create(BinaryNarrow.Limit)), TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one)));
        return TV.Select(trusted, r, TV.Create(IBinaryOperator.Undecided));
    }

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
        // (1 - y)·σ(z) - y·σ(-z): σ(|z|) = 1/D and σ(-|z|) = e/D with e = e^-|z| = 2^n·(eh + el) and D = 1 + e, as in
        // the sigmoid kernel (one exponential, one division, a correction step each), each within 1 ULP; the small
        // one scaled by 2^n last, so a subnormal one is rounded once. Written so, a label of 1 gives -σ(-z) to the
        // last bit where σ(z) - 1 would keep only the rounding error of σ(z) (z ≳ 37: -2^-53 instead of -σ(-z)).
        ExpCore.ExpNegTableScaled(TV.Abs(z), out TV eh, out TV el, out TV n, out TV scaled);
        TV zero = TV.Create(0.0), one = TV.Create(1.0);
        TV sh = ExpCore.Scale(eh, n, scaled), sl = ExpCore.Scale(el, n, scaled);
        TV dh = one + sh;
        TV dl = ((one - dh) + sh) + sl;                                                  // FastTwoSum: e ≤ 1
        TV rcp = one / dh;
        TV big = (TV.FmaCancellingInRange(-rcp, dh, one) - rcp * dl) * rcp + rcp;      // 1/(dh + dl)
        TV q = eh * rcp;
        q = (TV.FmaCancellingInRange(-q, dh, eh) + (el - q * dl)) * rcp + q;            // (eh + el)/(dh + dl)
        TV small = ExpCore.Scale(q, n, scaled);
        TV negative = TV.LessThan(z, zero);
        TV r = (one - y) * TV.Select(negative, small, big) - y * TV.Select(negative, big, small);
        r = TV.Select(TV.IsNaN(z), z, r);
        TV valid = TV.And(TV.LessThanOrEqual(zero, y), TV.LessThanOrEqual(y, one));
        return TV.Select(valid, r, TV.Create(double.NaN));
    }

    /// <inheritdoc cref="IBinaryOperator.HasNarrow"/>
    public static bool HasNarrow => true;

    /// <summary>
    /// (1 - y)·σ(z) - y·σ(-z) = p - q, with e^-z = over/under (2^-48.9) and D = under + over, as ((1 - y)·under -
    /// y·over)/D: one division. A relative error δ of the ratio moves p by at most δ·p and q by δ·q; with the two
    /// products, the difference and the quotient (the AVX-512 reciprocal 2^-50) the error is below
    /// 2^-48.7·(p + q) + 2^-49.7·|r|. The double kernel computes the same expression with each σ within 1 ULP
    /// (2^-52), so its error is below 2^-51·(p + q) + 2^-53·|r|. Trusted where p + q ≤ 64·|r| (always for labels 0
    /// and 1): the narrow error is then below 2^-42.5 of r and the double kernel's within 2^-44.9 of the exact value,
    /// both inside the driver's 2^-41 bracket, so the float is the double kernel's rounded. Elsewhere (labels near
    /// σ(z), |z| &gt; 100, y outside [0, 1], NaN) undecided.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV z, TV y) where TV : struct, IDoubleLanes<TV>
    {
        TV one = TV.Create(1.0);
        ExpCore.ExpNegRatioPrecise(z, out TV over, out TV under);          // e^-z = over/under
        TV p = (one - y) * under, q = y * over;                             // (1 - y)·σ(z), y·σ(-z), times D
        TV r = p - q;
        TV trusted = TV.And(TV.And(TV.LessThanOrEqual(TV.Abs(z), TV.Create(BinaryNarrow.Limit)), TV.LessThanOrEqual(TV.Create(0.0), y)),
                            TV.And(TV.LessThanOrEqual(y, one), TV.LessThanOrEqual(p + q, TV.Abs(r) * TV.Create(64.0))));
        return TV.Select(trusted, TV.DivideForNarrow(r, under + over), TV.Create(IBinaryOperator.Undecided));
    }
}
