using System.Numerics;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    // The loss of one element, as PyTorch's BCEWithLogitsLoss(weight, pos_weight) defines it:
    //     ℓ = -w·[p·y·ln σ(z) + (1-y)·ln(1-σ(z))] = w·[p·y·softplus(-z) + (1-y)·softplus(z)],
    // evaluated with L = ln(1+e^-|z|) (the softplus kernel's double-double) as
    //     ℓ = w·[(p·y + (1-y))·L + (z ≥ 0 ? (1-y)·z : p·y·|z|)],
    // every term non-negative for y ∈ [0,1], p ≥ 0, w ≥ 0, so nothing cancels; carried in double-double, rounded once.
    // Its derivative: ∂ℓ/∂z = w·[(1-y)·σ(z) - p·y·σ(-z)]   (p = 1: w·(σ(z) - y)).

    /// <summary>
    /// Binary cross-entropy on logits as a loss, reduced to one number: PyTorch's
    /// <c>BCEWithLogitsLoss(weight, pos_weight, reduction)</c>. Element i contributes
    /// ℓᵢ = −wᵢ·[p·yᵢ·ln σ(zᵢ) + (1−yᵢ)·ln(1−σ(zᵢ))] = wᵢ·[p·yᵢ·softplus(−zᵢ) + (1−yᵢ)·softplus(zᵢ)];
    /// <see cref="LossReduction.Sum"/> returns Σℓᵢ, <see cref="LossReduction.Mean"/> returns Σℓᵢ / n (n = the number of
    /// elements, not the sum of the weights, as in PyTorch).
    /// </summary>
    /// <param name="z">The logits.</param>
    /// <param name="y">The labels, in [0, 1] (soft labels allowed).</param>
    /// <param name="reduction"><see cref="LossReduction.Sum"/> or <see cref="LossReduction.Mean"/> (the default, as in
    /// PyTorch); for <see cref="LossReduction.None"/> call the overload with a destination span.</param>
    /// <param name="weight">Per-sample weights wᵢ ≥ 0, as long as <paramref name="z"/>; empty (the default) means all 1.</param>
    /// <param name="positiveWeight">The positive-class weight p ≥ 0 (PyTorch's <c>pos_weight</c>) multiplying the
    /// y·ln σ(z) term; 1 (the default) gives the plain cross-entropy. p &gt; 1 raises recall, p &lt; 1 precision.</param>
    /// <remarks>
    /// <para><b>Each element</b> is evaluated in double-double (the softplus kernel's ln(1+e^−|z|), relative error
    /// below 2^-56, plus exact products and sums of non-negative terms) and rounded once to double: within 1 ULP of
    /// the exact ℓᵢ (measured max 0.543 ULP, 99.84% correctly rounded, over 10⁶ random (z, y, w, p) with |z| ≤ 700
    /// against the project's reference; test <c>BceLossTests.ElementLossIsWithinOneUlpOfTheReference</c>).</para>
    /// <para><b>The sum</b> adds those double element losses ℓ̂ᵢ in a double-double accumulator (TwoSum, then the
    /// running low part renormalised by FastTwoSum after every element). Each step errs by at most 2^-106 of the
    /// running sum, so the accumulated S′ satisfies |S′ − Σℓ̂ᵢ| ≤ n·2^-106·Σℓ̂ᵢ (all ℓ̂ᵢ ≥ 0): for any n below 2^31
    /// that is below 2^-75 relative — the sum is, in effect, exact — and the result is S′ (÷ n in double-double for
    /// the mean) rounded once to the element type. Altogether |result − Σℓᵢ| ≤ ½ ulp(result) + 2^-52·Σℓᵢ for double
    /// (the 2^-52 being the elements' own error), and ≤ ½ ulp(result) + 2^-50 ulp(result) for float and Half, whose
    /// elements are still computed in double. Consequences, both tested (<c>BceLossTests</c>): a mean of 10⁷ equal
    /// losses is that loss to the last bit (n·ℓ̂ fits the accumulator exactly), and the sum equals the correctly
    /// rounded exact sum of the element losses where plain left-to-right addition is off by thousands of ULPs.</para>
    /// <para>Special values: a NaN logit, or a label outside [0, 1] or NaN, makes its loss and so the result NaN (no
    /// exception, as for <see cref="BinaryCrossEntropyWithLogits(double, double)"/>). z = ±∞ gives an infinite loss
    /// unless the label agrees with it (the infinite term's coefficient is 0); an element of weight 0 contributes 0
    /// even then. An empty batch: Sum 0, Mean NaN (PyTorch's results).</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="z"/> and <paramref name="y"/> (or a non-empty
    /// <paramref name="weight"/>) differ in length, or <paramref name="reduction"/> is <see cref="LossReduction.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite; <paramref name="positiveWeight"/>
    /// is negative, NaN or infinite; or <paramref name="reduction"/> is not a defined value.</exception>
    public static double BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<double> z, ReadOnlySpan<double> y,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<double> weight = default, double positiveWeight = 1.0)
        => BceLoss.Reduce(z, y, reduction, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, LossReduction, ReadOnlySpan{double}, double)"/>
    public static float BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<float> z, ReadOnlySpan<float> y,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<float> weight = default, double positiveWeight = 1.0)
        => BceLoss.Reduce(z, y, reduction, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, LossReduction, ReadOnlySpan{double}, double)"/>
    public static Half BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<Half> weight = default, double positiveWeight = 1.0)
        => BceLoss.Reduce(z, y, reduction, weight, positiveWeight);

    /// <summary>
    /// Binary cross-entropy on logits with sample and positive-class weights, unreduced (PyTorch's
    /// <c>reduction='none'</c>): <c>destination[i]</c> = ℓᵢ = wᵢ·[p·yᵢ·softplus(−zᵢ) + (1−yᵢ)·softplus(zᵢ)].
    /// </summary>
    /// <remarks>
    /// <para>Each element in double-double, rounded once to the element type: double within 1 ULP (measured max
    /// 0.543 ULP), float and Half within ½ ULP + 2^-50 ULP. With no weights and p = 1 this is the same function as
    /// <see cref="BinaryCrossEntropyWithLogits(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>, computed
    /// more slowly and sometimes more accurately, so the two may differ in the last bit.</para>
    /// <para>Span contract of <see cref="Logistic"/> (the destination may be exactly <paramref name="z"/>,
    /// <paramref name="y"/> or <paramref name="weight"/>); every weight is checked before anything is written. Special
    /// values and exceptions as for the reduced overload.</para>
    /// </remarks>
    public static void BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination,
        ReadOnlySpan<double> weight = default, double positiveWeight = 1.0)
        => BceLoss.Elements(z, y, destination, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, double)"/>
    public static void BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination,
        ReadOnlySpan<float> weight = default, double positiveWeight = 1.0)
        => BceLoss.Elements(z, y, destination, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, double)"/>
    public static void BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination,
        ReadOnlySpan<Half> weight = default, double positiveWeight = 1.0)
        => BceLoss.Elements(z, y, destination, weight, positiveWeight);

    /// <summary>
    /// The gradient of <see cref="BinaryCrossEntropyWithLogitsLoss(ReadOnlySpan{double}, ReadOnlySpan{double}, LossReduction, ReadOnlySpan{double}, double)"/>
    /// with respect to the logits: <c>destination[i]</c> = wᵢ·[(1−yᵢ)·σ(zᵢ) − p·yᵢ·σ(−zᵢ)] (= wᵢ·(σ(zᵢ) − yᵢ) for p = 1) for
    /// <see cref="LossReduction.Sum"/>, the same divided by n for <see cref="LossReduction.Mean"/>, and for
    /// <see cref="LossReduction.None"/> ∂ℓᵢ/∂zᵢ (the Jacobian's diagonal — multiply by the upstream gradient).
    /// </summary>
    /// <remarks>
    /// <para>σ(zᵢ) and σ(−zᵢ) from <see cref="Sigmoid(double)"/> (≤ 1 ULP each); the two products, their difference,
    /// the weight and the 1/n are carried in double-double and rounded once, so the absolute error is at most
    /// ½ ulp(result) + 2^-52·wᵢ·[(1−yᵢ)·σ(zᵢ) + p·yᵢ·σ(−zᵢ)] (÷ n for the mean): relative accuracy is lost only where
    /// the two terms cancel, near a perfect prediction (test <c>BceLossTests.GradientMatchesTheReference</c>). The
    /// result is finite for infinite logits; NaN for a NaN logit or a label outside [0, 1]. Span contract of
    /// <see cref="Logistic"/> (destination may be exactly z, y or weight); exceptions as for the loss, except that
    /// <see cref="LossReduction.None"/> is allowed here.</para>
    /// </remarks>
    public static void BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> y, Span<double> destination,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<double> weight = default, double positiveWeight = 1.0)
        => BceLoss.Gradient(z, y, destination, reduction, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, LossReduction, ReadOnlySpan{double}, double)"/>
    public static void BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan<float> z, ReadOnlySpan<float> y, Span<float> destination,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<float> weight = default, double positiveWeight = 1.0)
        => BceLoss.Gradient(z, y, destination, reduction, weight, positiveWeight);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, LossReduction, ReadOnlySpan{double}, double)"/>
    public static void BinaryCrossEntropyWithLogitsLossGradient(ReadOnlySpan<Half> z, ReadOnlySpan<Half> y, Span<Half> destination,
        LossReduction reduction = LossReduction.Mean, ReadOnlySpan<Half> weight = default, double positiveWeight = 1.0)
        => BceLoss.Gradient(z, y, destination, reduction, weight, positiveWeight);
}

/// <summary>The weighted, reduced binary cross-entropy on logits behind <see cref="Logistic"/>'s loss overloads.</summary>
internal static class BceLoss
{
    public static T Reduce<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, LossReduction reduction, ReadOnlySpan<T> weight, double p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Validate(z, y, weight, p);
        CheckReduction(reduction);
        if (reduction == LossReduction.None)
            throw new ArgumentException(
                "Reduction None gives one loss per element; call the overload with a destination span to receive them.",
                nameof(reduction));
        int n = z.Length;
        if (n == 0) return reduction == LossReduction.Sum ? T.Zero : T.NaN;
        // Scale 2^0 first; only if the sum overflows, once more with every element scaled by 2^-64 (exact for normal
        // losses; a subnormal one is far below the rounding of such a sum).
        if (!TrySum(z, y, weight, p, 1.0, out DoubleDouble sum, out double special))
        {
            TrySum(z, y, weight, p, Math.ScaleB(1.0, -64), out sum, out special);
            if (reduction == LossReduction.Sum) return T.PositiveInfinity;
            DoubleDouble scaledMean = sum / n;
            return Round<T>(new DoubleDouble(Math.ScaleB(scaledMean.Hi, 64), Math.ScaleB(scaledMean.Lo, 64)));
        }
        if (special != 0 || double.IsNaN(special)) return T.CreateChecked(special);
        return Round<T>(reduction == LossReduction.Mean ? sum / n : sum);
    }

    public static void Elements<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination, ReadOnlySpan<T> weight, double p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Validate(z, y, weight, p);
        CheckDestination(z, y, weight, destination, nameof(destination));
        for (int i = 0; i < z.Length; i++)
            destination[i] = Round<T>(Element(Wide(z[i]), Wide(y[i]), weight.IsEmpty ? 1.0 : Wide(weight[i]), p));
    }

    public static void Gradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, Span<T> destination, LossReduction reduction, ReadOnlySpan<T> weight, double p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Validate(z, y, weight, p);
        CheckReduction(reduction);
        CheckDestination(z, y, weight, destination, nameof(destination));
        double n = reduction == LossReduction.Mean ? z.Length : 1;
        for (int i = 0; i < z.Length; i++)
        {
            double zi = Wide(z[i]), yi = Wide(y[i]), wi = weight.IsEmpty ? 1.0 : Wide(weight[i]);
            if (!(yi >= 0 && yi <= 1) || double.IsNaN(zi)) { destination[i] = T.NaN; continue; }
            DoubleDouble c = DoubleDouble.TwoProduct(p, yi), d = DoubleDouble.TwoSum(1.0, -yi);
            DoubleDouble g = (d * Logistic.Sigmoid(zi) - c * Logistic.Sigmoid(-zi)) * wi;
            destination[i] = Round<T>(n == 1 ? g : g / n);
        }
    }

    /// <summary>ℓ = w·[(p·y + (1-y))·L + (z ≥ 0 ? (1-y)·z : p·y·|z|)], L = ln(1+e^-|z|), in double-double.</summary>
    internal static DoubleDouble Element(double z, double y, double w, double p)
    {
        if (!(y >= 0 && y <= 1) || double.IsNaN(z)) return double.NaN;
        if (w == 0) return 0.0;
        DoubleDouble c = DoubleDouble.TwoProduct(p, y);     // the coefficient of softplus(-z)
        DoubleDouble d = DoubleDouble.TwoSum(1.0, -y);      // the coefficient of softplus(z)
        double a = Math.Abs(z);
        if (double.IsInfinity(a)) return (z > 0 ? d.Hi : c.Hi) == 0 ? 0.0 : double.PositiveInfinity;
        SoftplusOperator.Log1pExpNeg(new ScalarLanes(a), out ScalarLanes lh, out ScalarLanes ll);
        DoubleDouble l = DoubleDouble.FastTwoSum(lh.V, ll.V);
        DoubleDouble linear = (z >= 0 ? d : c) * a;
        DoubleDouble t = (c + d) * l + linear;
        return w == 1 ? t : t * w;
    }

    /// <summary>
    /// Σ scale·ℓ̂ᵢ over the finite element losses (ℓ̂ᵢ = the element rounded to double), in a renormalised double-double;
    /// the non-finite ones summed apart in <paramref name="special"/>. False if the finite sum overflows.
    /// </summary>
    private static bool TrySum<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> weight, double p, double scale,
        out DoubleDouble sum, out double special) where T : unmanaged, IFloatingPointIeee754<T>
    {
        double hi = 0, lo = 0;
        special = 0;
        for (int i = 0; i < z.Length; i++)
        {
            DoubleDouble e = Element(Wide(z[i]), Wide(y[i]), weight.IsEmpty ? 1.0 : Wide(weight[i]), p);
            double x = e.Hi + e.Lo;                                   // the element loss rounded to double
            if (!double.IsFinite(x)) { special += x; continue; }
            x *= scale;
            DoubleDouble s = DoubleDouble.TwoSum(hi, x);
            if (double.IsInfinity(s.Hi)) { sum = default; return false; }
            DoubleDouble r = DoubleDouble.FastTwoSum(s.Hi, lo + s.Lo); // x ≥ 0, so |s.Hi| ≥ |lo + s.Lo|
            hi = r.Hi;
            lo = r.Lo;
        }
        sum = new DoubleDouble(hi, lo);
        return true;
    }

    private static void Validate<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> weight, double p)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        SpanContract.CheckSameLength(z, y, "z", "y");
        if (!weight.IsEmpty) SpanContract.CheckSameLength(z, weight, "z", "weight");
        if (!(p >= 0 && double.IsFinite(p)))
            throw new ArgumentOutOfRangeException("positiveWeight", p,
                "The positive-class weight must be finite and non-negative (1 = unweighted).");
        for (int i = 0; i < weight.Length; i++)
        {
            T w = weight[i];
            if (!(w >= T.Zero && T.IsFinite(w)))
                throw new ArgumentOutOfRangeException("weight", w,
                    $"weight[{i}] = {w}: sample weights must be finite and non-negative.");
        }
    }

    private static void CheckReduction(LossReduction reduction)
    {
        if (reduction is not (LossReduction.None or LossReduction.Sum or LossReduction.Mean))
            throw new ArgumentOutOfRangeException(nameof(reduction), reduction, "Expected None, Sum or Mean.");
    }

    private static void CheckDestination<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> y, ReadOnlySpan<T> weight, Span<T> destination, string name)
    {
        SpanContract.Check(z, destination, "z", name);
        SpanContract.CheckOverlap(y, destination, "y", name);
        SpanContract.CheckOverlap(weight, destination, "weight", name);
    }

    private static double Wide<T>(T v) where T : unmanaged, IFloatingPointIeee754<T> => double.CreateTruncating(v);

    /// <summary>hi + lo rounded once to <typeparamref name="T"/>.</summary>
    private static T Round<T>(DoubleDouble v) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double)) return T.CreateTruncating(v.Hi + v.Lo);
        if (typeof(T) == typeof(float)) return T.CreateTruncating(CorrectRounding.ToFloat(Normalise(v)));
        return T.CreateTruncating(CorrectRounding.ToHalf(Normalise(v)));
    }

    private static DoubleDouble Normalise(DoubleDouble v) => double.IsFinite(v.Hi) ? DoubleDouble.FastTwoSum(v.Hi, v.Lo) : new DoubleDouble(v.Hi, 0);
}
