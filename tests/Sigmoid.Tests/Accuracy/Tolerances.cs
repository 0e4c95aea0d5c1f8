using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>
/// Every tolerance of the accuracy, property and path tests, in ULPs (or powers of two for the references), each
/// with its reason. Nothing here is an absolute epsilon near zero.
/// </summary>
public static class Tolerances
{
    /// <summary>
    /// Double, every function: the library's contract (≤ 1 ULP; a correctly rounded result is ≤ 0.5, a faithful one
    /// &lt; 1).
    /// </summary>
    public const double DoubleMaxUlp = 1.0;

    /// <summary>BCE-with-logits and the SiLU backward pass in float and Half: not required to be correctly rounded
    /// (computed in double, rounded once more), held to the 1 ULP cap of the contract.</summary>
    public const double BceSmallFormatMaxUlp = 1.0;

    /// <summary>A correctly rounded result is within half a ULP of the exact value (ULP of the exact value's binade).</summary>
    public const double CorrectlyRoundedUlp = 0.5;

    /// <summary>
    /// Float and Half results allowed to differ from the correctly rounded one, per function: the count the
    /// library's docs state (<see cref="AccuracyContract.DocumentedNotCorrectlyRounded"/>); zero unless documented.
    /// In a strided slice the count can only be smaller.
    /// </summary>
    public static long AllowedNotCorrectlyRounded(SigmoidFunction function, NumberFormat format)
    {
        if (!AccuracyContract.IsCorrectlyRounded(function)) return long.MaxValue; // held to BceSmallFormatMaxUlp instead
        return AccuracyContract.DocumentedNotCorrectlyRounded.TryGetValue((function, format.Name), out long n) ? n : 0;
    }

    /// <summary>
    /// Double-double reference against the 320-bit one: relative difference. Each double-double operation errs by a
    /// few 2^-106; the longest chain (log1p: two Newton steps, each an expm1 of ~30 operations) stays below 2^-100.
    /// 2^-97 leaves a factor 8 and is still 2^44 times finer than a double ULP.
    /// </summary>
    public static readonly double ReferenceAgreement = Math.ScaleB(1.0, -97);

    /// <summary>σ(x) + σ(-x) = 1 in double-double: two results each within ~2^-103 relative, summed.</summary>
    public static readonly double SymmetryInDoubleDouble = Math.ScaleB(1.0, -100);

    /// <summary>
    /// logit(σ(x)) = x in double-double for |x| ≤ 30: the round trip is well conditioned (dx = dσ/(σ(1-σ)) and the
    /// relative error of σ and 1-σ stays ~2^-103), so the absolute error is below 2^-95·max(1,|x|).
    /// </summary>
    public static readonly double RoundTripInDoubleDouble = Math.ScaleB(1.0, -95);

    /// <summary>
    /// σ(logit(p)) round trip through the library, in ULPs of p: logit is correctly rounded (≤ ½ ULP of logit(p)),
    /// σ then adds ≤ ½ ULP, and the rounding of logit(p) is amplified by dσ/dx·ulp(logit)/ulp(p) = σ'(x)·ulp(x)/ulp(p),
    /// which is ≤ 1 when p ≤ ½ (σ' ≤ p and ulp(x)/ulp(p) ≤ |x|/p·2 … bounded by the binade ratio). Measured: ≤ 1 ULP;
    /// allowed: 2 ULP of p for p in [2^-20, 1 - 2^-20] (outside, logit's own ULP is coarse relative to p's).
    /// </summary>
    public const double LogitRoundTripUlp = 2.0;

    /// <summary>
    /// d/dt ln σ(t) = σ(-t) by central differences in double, h = 2^-20·max(1,|t|): truncation error h²·|f'''|/6 ≤
    /// 2^-40/6 relative, rounding error 2·ulp(ln σ)/(2h) ≤ 2^-52·|ln σ|/h ≤ 2^-32·|ln σ(t)|/max(1,|t|) relative to
    /// σ(-t) for |t| ≤ 20 — 2^-20 relative covers both with a wide margin.
    /// </summary>
    public static readonly double CentralDifferenceRelative = Math.ScaleB(1.0, -20);

    /// <summary>softplus(x) - softplus(-x) = x in double, |x| ≤ 30: two results ≤ 1 ULP each of values ≤ |x| + ln 2, their difference exact (Sterbenz) or rounded once: ≤ 3 ULP of x... plus the ULP of ln2-sized terms; 4 ULP of max(|x|, 1) allowed.</summary>
    public const double SoftplusDifferenceUlp = 4.0;

    /// <summary>BCE gradient = σ(z) - y: the library's gradient against σ(z) - y computed from the correctly rounded σ in double (one more rounding): 2 ULP of max(|g|, ulp scale of σ).</summary>
    public const double BceGradientUlp = 2.0;

    /// <summary>The fast double tier of the float sweep: claimed relative bound (checked against double-double).</summary>
    public static double FloatEstimateRelative => FloatEstimate.RelativeBound;
}
