using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>softplus with sharpness β: (1/β)·ln(1+e^(βx)), for β &gt; 0; β = 1 is <see cref="Softplus(float)"/>
    /// bit for bit, and as β grows it tends to max(x, 0).</summary>
    /// <remarks>
    /// <para>No threshold switch (PyTorch's <c>F.softplus(x, beta, threshold=20)</c> returns x once βx &gt; 20, off by
    /// up to 5.8·10⁵ ULP there): computed as max(x,0) + ln(1+e^-a)/β with a = β|x| carried exactly as a double-double
    /// (FMA), ln(1+e^-a) from the softplus kernel corrected by -σ(-a)·δa, and the division by β (split into mantissa
    /// and power of two, so subnormal and huge β work) done in double-double, the power of two applied last. So the
    /// tail e^(βx)/β keeps its value even where e^(βx) alone is far below the doubles, and βx may overflow while the
    /// result is finite.</para>
    /// <para>Special values: x = +∞ gives +∞, x = -∞ gives +0, NaN x gives NaN. Never negative.</para>
    /// <para>Accuracy: <b>correctly rounded</b> for every float x and β (double evaluation, relative error below
    /// 2^-45, rounded by the bracket test; the rare undecided lanes recomputed in double-double); checked by
    /// <c>sigmoid accuracy -f softplus-beta</c> on strided float slices for each β of its set and in CI.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    public static float Softplus(float x, float beta)
    {
        CheckBeta(beta);
        return ParameterDriver.One<SoftplusWithBetaOperator>(x, beta);
    }

    /// <summary>softplus with sharpness β: (1/β)·ln(1+e^(βx)), for β &gt; 0.</summary>
    /// <remarks>
    /// <para>As <see cref="Softplus(float, float)"/>: βx exact as a double-double, the logarithm to about 2^-56, the
    /// division in double-double; β = 1 gives <see cref="Softplus(double)"/> bit for bit.</para>
    /// <para>Accuracy: within 1 ULP for every β and x where the result is finite (an overflowing result is +∞);
    /// measured max 0.857 ULP (0.743 where the result is normal), mean 0.144 ULP, 99.92% correctly rounded over 10⁶
    /// samples with half the β from 2^-1074 to 2^1000 (<c>sigmoid accuracy -f softplus-beta -t double</c>; the
    /// largest errors are subnormal results, whose two parts are rounded separately as in softplus).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    public static double Softplus(double x, double beta)
    {
        CheckBeta(beta);
        return ParameterDriver.One<SoftplusWithBetaOperator>(x, beta);
    }

    /// <summary>softplus with sharpness β: (1/β)·ln(1+e^(βx)), for β &gt; 0.</summary>
    /// <remarks>Computed in double and rounded once to Half; <b>correctly rounded</b> for every Half x and β (checked
    /// exhaustively in x for each β of the accuracy set). β = 1 gives <see cref="Softplus(Half)"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number (≤ 0, NaN or +∞).</exception>
    public static Half Softplus(Half x, Half beta)
    {
        CheckBeta((double)beta, nameof(beta));
        return ParameterDriver.One<SoftplusWithBetaOperator>(x, beta);
    }

    /// <summary>softplus with sharpness β element-wise: <c>destination[i] = Softplus(x[i], beta)</c>, same bits as the scalar.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>; runs on the calling thread (<see cref="Softplus{T}(ReadOnlySpan{T}, T, Span{T}, ParallelSpanOptions)"/> splits long spans across threads, same bits).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a positive finite number.</exception>
    public static void Softplus(ReadOnlySpan<float> x, float beta, Span<float> destination)
    {
        CheckBeta(beta);
        ParameterDriver.Run<SoftplusWithBetaOperator>(x, beta, destination);
    }

    /// <inheritdoc cref="Softplus(ReadOnlySpan{float}, float, Span{float})"/>
    public static void Softplus(ReadOnlySpan<double> x, double beta, Span<double> destination)
    {
        CheckBeta(beta);
        ParameterDriver.Run<SoftplusWithBetaOperator>(x, beta, destination);
    }

    /// <inheritdoc cref="Softplus(ReadOnlySpan{float}, float, Span{float})"/>
    public static void Softplus(ReadOnlySpan<Half> x, Half beta, Span<Half> destination)
    {
        CheckBeta((double)beta, nameof(beta));
        ParameterDriver.Run<SoftplusWithBetaOperator>(x, beta, destination);
    }

    private static void CheckBeta(double beta, [CallerArgumentExpression(nameof(beta))] string name = "beta")
    {
        if (!(beta > 0) || double.IsPositiveInfinity(beta))
            throw new ArgumentOutOfRangeException(name, beta,
                $"softplus needs a positive finite β (got {beta}); (1/β)·ln(1+e^(βx)) is undefined for β ≤ 0 and NaN, and its limit for β = +∞ is max(x, 0).");
    }
}

/// <summary>softplus_β(x) = max(x,0) + ln(1+e^-a)/β, a = β|x| as a double-double.</summary>
internal readonly struct SoftplusWithBetaOperator : IParameterOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x, TV beta) where TV : struct, IDoubleLanes<TV>
    {
        TV one = TV.Create(1.0), zero = TV.Create(0.0);
        // β = bm·2^kb, bm ∈ [1, 2) (subnormal β first scaled by 2^100)
        TV tinyBeta = TV.LessThan(beta, TV.Create(Math.ScaleB(1.0, -1000)));
        TV b1 = TV.Select(tinyBeta, beta * TV.Create(Math.ScaleB(1.0, 100)), beta);
        TV kBits = TV.ShiftRightArithmeticBits(TV.SubtractBits(b1, TV.CreateBits(1023L << 52)), 52);
        TV bm = TV.SubtractBits(b1, TV.ShiftLeftBits(kBits, 52));
        TV magic = TV.Create(ExpCore.RoundMagic);
        TV kb = (TV.AddBits(kBits, magic) - magic) - TV.Select(tinyBeta, TV.Create(100.0), zero);
        // a = β|x| = ah + al exactly
        TV ax = TV.Abs(x);
        TV ah = beta * ax;
        TV al = TV.FmaCancelling(beta, ax, -ah);
        // e^-ah = 2^N·(Eh + El); ExpNegTable stops at 746, so above it e^-(ah/2) is squared
        TV big = TV.LessThan(TV.Create(746.0), ah);
        ExpCore.ExpNegTable(TV.Select(big, ah * TV.Create(0.5), ah), out TV eh, out TV el, out TV n);
        TV sq = eh * eh;
        TV eH = TV.Select(big, sq, eh);
        TV eL = TV.Select(big, TV.FmaCancelling(eh, eh, -sq) + (eh + eh) * el, el);
        // n = k/16 is scaled by its floor; squaring needs 2·⌊n⌋ (n - 15/32 rounds to ⌊n⌋: its fraction is j/16)
        TV floorN = ((n - TV.Create(15.0 / 32)) + magic) - magic;
        TV nn = TV.Select(big, floorN + floorN, n);
        // ah ≤ 600 (g = e^-ah and its low part normal): ln(1+g) - σ(-ah)·al, at scale 1
        TV gh = TV.ScaleByPowerOfTwoFloor(eH, nn), gl = TV.ScaleByPowerOfTwoFloor(eL, nn);
        LogCore.Log1pTable(gh, gl, out TV lh, out TV ll);
        ll -= gh / (one + gh) * al;
        // ah > 600: ln(1+g) = g to 2^-865 relative, g·(1 - al) kept unscaled (2^N applied after the division, so
        // neither part of g loses bits below the normal range). For β = 1 this is softplus's own sum (its log
        // returns g itself for g < 2^-60), so the bits agree.
        TV far = TV.LessThan(TV.Create(600.0), ah);
        lh = TV.Select(far, eH, lh);
        ll = TV.Select(far, eL - eH * al, ll);
        TV m = TV.Select(far, nn, zero) - kb;
        // ah > 1490 (also ∞): e^-ah/β < 2^-1075 for every β ≥ 2^-1074: the term vanishes
        TV gone = TV.LessThan(TV.Create(1490.0), ah);
        lh = TV.Select(gone, zero, lh);
        ll = TV.Select(gone, zero, ll);
        m = TV.Max(TV.Min(m, TV.Create(2040.0)), TV.Create(-2040.0));
        // (lh + ll)/bm = q + dq, then ·2^m
        TV q = lh / bm;
        TV dq = (TV.FmaCancelling(-q, bm, lh) + ll) / bm;
        TV qs = TV.ScaleByPowerOfTwoFloor(q, m), dqs = TV.ScaleByPowerOfTwoFloor(dq, m);
        // x > 0: x + L/β (TwoSum, as in softplus); x ≤ 0: L/β
        TV s = x + qs;
        TV bb = s - x;
        TV err = (x - (s - bb)) + (qs - bb);
        TV r = TV.SelectLessThan(zero, x, s + (err + dqs), qs + dqs);
        // r is NaN for x = NaN, x = +∞ (∞ - ∞ in the TwoSum) and where L/β overflows (∞ - ∞ in q + dq): x + L/β is right there
        return TV.Select(TV.IsNaN(r), s, r);
    }

    /// <summary>The double kernel itself (within 1 ULP of double, far inside 2^-45): float βx is exact in double,
    /// but e^(βx)/β needs the wide exponent range of the double kernel anyway.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x, TV beta) where TV : struct, IDoubleLanes<TV> => Invoke(x, beta);

    public static DoubleDouble Reference(double x, double beta)
    {
        // float and Half: β·x is exact in double, and where e^(βx) leaves the doubles the result is far below every float
        DoubleDouble s = SoftplusOperator.Reference(beta * x);
        return s / beta;
    }
}
