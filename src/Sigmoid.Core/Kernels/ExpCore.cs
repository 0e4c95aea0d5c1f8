using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Sigmoid.Lanes;

namespace Sigmoid.Kernels;

/// <summary>
/// e^-a, written once for every lane width: <see cref="ExpNegRatio{TV}(TV, out TV, out TV)"/> for the float/Half
/// kernels that divide anyway (σ, σ′, SiLU, SiLU′, the BCE gradient: a Padé ratio, no table, 2^-47),
/// <see cref="ExpNegNarrow{TV}"/> for those that take a logarithm of 1 + e^-a (ln σ, softplus, BCE: 2^-49) and
/// <see cref="ExpNegTable{TV}"/> for the double kernels (about 2^-57, the same bits on every path).
/// </summary>
/// <remarks>
/// The double one reduces with k = round(16a/ln2) and a 16-entry table of 2^(j/16) (<see cref="ExpTable"/>), so its
/// polynomial runs on |s| ≤ ln2/32; the narrow one with k = round(4a/ln2) and a 4-entry table (one permute on AVX2),
/// its polynomial two degrees longer on |s| ≤ ln2/8. ln 2 in two parts (<see cref="Ln2Hi"/>, <see cref="Ln2Lo"/>) serves the logarithms.
/// </remarks>
internal static class ExpCore
{
    public const double Ln2Hi = 0.6931471803691238;   // 0x3FE62E42FEE00000
    public const double Ln2Lo = 1.9082149292705877e-10;   // 0x3DEA39EF35793C76
    /// <summary>1.5·2^52: adding it rounds a double of magnitude &lt; 2^51 to an integer held in the low mantissa bits.</summary>
    public const double RoundMagic = 6755399441055744.0;

    // 1/n! for n = 2..8
    private const double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040,
        C8 = 1.0 / 40320;

    /// <summary>4/ln 2; and ln2/4 split as <see cref="Ln2Over16Hi"/>·4 + <see cref="Ln2Over16Lo"/>·4 (exact scalings), so
    /// that k·<see cref="Ln2Over4Hi"/> is exact for |k| &lt; 2^15.</summary>
    public const double FourLog2E = 5.7707801635558535;
    public const double Ln2Over4Hi = 0.17328679513957468;   // 0x3FC62E42FEFA0000
    public const double Ln2Over4Lo = 4.1164873957242706e-13;

    /// <summary>16/ln 2; and ln2/16 split so that k·<see cref="Ln2Over16Hi"/> is exact for |k| &lt; 2^15.</summary>
    public const double SixteenLog2E = 23.083120654223414;
    public const double Ln2Over16Hi = 0.04332169878489367;   // 0x3FA62E42FEFA0000
    public const double Ln2Over16Lo = 1.0291218489310676e-13;   // 0x3D3CF79ABC9E3B3A

    /// <summary>
    /// e^-a to a relative error below 2^-49, for kernels whose result is rounded to float or Half after the rounding
    /// test; a is clamped to [-128, 128], NaN stays NaN. On AVX2 (256-bit lanes, alone or as interleaved pairs), where a 16-entry lookup takes twelve instructions,
    /// the 4-entry table and a polynomial two degrees longer (<see cref="ExpNegNarrowQuarters{TV}"/>, one permute),
    /// elsewhere the 16-entry table (<see cref="ExpNegNarrowSixteenths{TV}"/>: one permute on AVX-512, two loads on
    /// 128-bit vectors). Not bit-identical across paths, which rounding to float/Half makes invisible. The choice is
    /// written with type tests the JIT folds without inlining anything: an inlined property would push the four-vector
    /// float loop past the JIT's inlining budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ExpNegNarrow<TV>(TV a) where TV : struct, IDoubleLanes<TV>
        => (typeof(TV) == typeof(Vector256Lanes) || typeof(TV) == typeof(TwinLanes<Vector256Lanes>)) && Avx2.IsSupported
            ? ExpNegNarrowQuarters(a) : ExpNegNarrowSixteenths(a);

    /// <summary>
    /// <see cref="ExpNegNarrow{TV}"/> with the 16-entry table: e^-a to a relative error below 2^-49, for kernels whose result is rounded to float or Half after the rounding
    /// test. a is clamped to [-128, 128] (e^-128 ≈ 2^-184.7 is far below every float, e^128 far above; both are
    /// normal doubles); NaN stays NaN as long as its low 16 payload bits are zero, as every NaN widened from a float
    /// or Half or made by arithmetic is (they would be added to the exponent). Not bit-identical across paths (its multiply-adds are fused only where the
    /// hardware has FMA), which rounding to float/Half makes invisible.
    /// </summary>
    /// <remarks>
    /// k = round(-16a/ln2) (|k| ≤ 2955; a rounding of the product may move k by one, widening |s| by 2^-44),
    /// s = a + k·ln2/16 with |s| ≤ ln2/32 + 2^-40: k times the 36-bit head <see cref="Ln2Over16Hi"/> is exact, so the
    /// first step rounds once (≤ 2^-53·|s|) whether fused or not, and the tail adds ≤ 2^-80. e^-a = 2^⌊k/16⌋ ·
    /// 2^(j/16) · e^-s, j = k mod 16 read from the low bits of the rounding sum, 2^(j/16) from <see cref="ExpTable"/>
    /// (2^-53), e^-s by its Taylor polynomial to s^6 (truncation s^7/7! &lt; 2^-51), each step rounded once or twice
    /// (fused or not; the products are small beside the constants): about 2^-51 + 8·2^-53, in all below 2^-49.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpNegNarrowSixteenths<TV>(TV a) where TV : struct, IDoubleLanes<TV>
    {
        a = TV.Max(TV.Min(a, TV.Create(128.0)), TV.Create(-128.0));
        TV magic = TV.Create(RoundMagic);
        TV sum = TV.MultiplyAddEstimate(a, TV.Create(-SixteenLog2E), magic);   // k in the low mantissa bits
        TV kd = sum - magic;
        TV s = TV.MultiplyAddEstimate(kd, TV.Create(Ln2Over16Hi), a);          // k·head exact
        s = TV.MultiplyAddEstimate(kd, TV.Create(Ln2Over16Lo), s);
        // e^-s by Estrin's scheme: (1 - s) + s²(C2 - C3·s) + s⁴((C4 - C5·s) + s²·C6), three multiply-adds deep
        // where Horner's rule is six.
        TV s2 = s * s;
        TV a1 = TV.MultiplyAddEstimate(s, TV.Create(-C3), TV.Create(C2));
        TV a2 = TV.MultiplyAddEstimate(s, TV.Create(-C5), TV.Create(C4));
        TV b0 = TV.MultiplyAddEstimate(s2, a1, TV.Create(1.0) - s);
        TV p = TV.MultiplyAddEstimate(s2 * s2, TV.MultiplyAddEstimate(s2, TV.Create(C6), a2), b0);   // e^-s
        // 2^(j/16)·2^⌊k/16⌋ in one integer add: the sum's low 16 bits are k mod 2^16, so shifted up by 48 they are
        // (⌊k/16⌋ << 52) + (j << 48) (mod 2^64), and the table holds 2^(j/16) less j << 48. Exact and normal, as
        // |⌊k/16⌋| ≤ 185; the product with p rounds once, as before the scaling.
        return TV.AddBits(TV.Lookup16(ExpTable.HiLessIndex, sum), TV.ShiftLeftBits(sum, 48)) * p;
    }

    /// <summary>
    /// <see cref="ExpNegNarrow{TV}"/> with the 4-entry table: e^-a to a relative error below 2^-49, for kernels whose result is rounded to float or Half after the rounding
    /// test. a is clamped to [-128, 128] (e^-128 ≈ 2^-184.7 is far below every float, e^128 far above; both are
    /// normal doubles); NaN stays NaN as long as its low 16 payload bits are zero, as every NaN widened from a float
    /// or Half or made by arithmetic is (they would be added to the exponent). Not bit-identical across paths (its
    /// multiply-adds are fused only where the hardware has FMA), which rounding to float/Half makes invisible.
    /// </summary>
    /// <remarks>
    /// k = round(-4a/ln2) (|k| ≤ 739; a rounding of the product may move k by one, widening |s| by 2^-44),
    /// s = a + k·ln2/4 with |s| ≤ ln2/8 + 2^-44: k times the 36-bit head <see cref="Ln2Over4Hi"/> is exact, so the
    /// first step rounds once (≤ 2^-53·|s|) whether fused or not, and the tail adds ≤ 2^-80. e^-a = 2^⌊k/4⌋ ·
    /// 2^(j/4) · e^-s, j = k mod 4 read from the low bits of the rounding sum, 2^(j/4) from
    /// <see cref="ExpTable.Quarter"/> (2^-53; one permute on AVX2, where a 16-entry table costs twelve instructions),
    /// e^-s by its Taylor polynomial to s^8 (truncation |s|^9/9! &lt; 2^-50.2 relative, as e^-s ≥ 0.91), each step
    /// rounded once or twice (fused or not; the products are small beside the constants, |s| ≤ 0.087): about
    /// 2^-50.2 + 8·2^-53, in all below 2^-49.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ExpNegNarrowQuarters<TV>(TV a) where TV : struct, IDoubleLanes<TV>
    {
        a = TV.Max(TV.Min(a, TV.Create(128.0)), TV.Create(-128.0));
        TV magic = TV.Create(RoundMagic);
        TV sum = TV.MultiplyAddEstimate(a, TV.Create(-FourLog2E), magic);     // k in the low mantissa bits
        TV kd = sum - magic;
        TV s = TV.MultiplyAddEstimate(kd, TV.Create(Ln2Over4Hi), a);          // k·head exact
        s = TV.MultiplyAddEstimate(kd, TV.Create(Ln2Over4Lo), s);
        // e^-s by Estrin's scheme: (1 - s) + s²(C2 - C3·s) + s⁴((C4 - C5·s) + s²(C6 - C7·s) + s⁴·C8), four
        // multiply-adds deep where Horner's rule is eight.
        TV s2 = s * s;
        TV a1 = TV.MultiplyAddEstimate(s, TV.Create(-C3), TV.Create(C2));
        TV a2 = TV.MultiplyAddEstimate(s, TV.Create(-C5), TV.Create(C4));
        TV a3 = TV.MultiplyAddEstimate(s, TV.Create(-C7), TV.Create(C6));
        TV s4 = s2 * s2;
        TV b0 = TV.MultiplyAddEstimate(s2, a1, TV.Create(1.0) - s);
        TV b1 = TV.MultiplyAddEstimate(s2, a3, a2);
        TV p = TV.MultiplyAddEstimate(s4, TV.MultiplyAddEstimate(s4, TV.Create(C8), b1), b0);   // e^-s
        // 2^(j/4)·2^⌊k/4⌋ in one integer add, as in ExpNegNarrowSixteenths: (sum << 50) = (⌊k/4⌋ << 52) + (j << 50)
        // (mod 2^64), the table holds 2^(j/4) less j << 50. Exact and normal, as |⌊k/4⌋| ≤ 185.
        return TV.AddBits(TV.Lookup4(ExpTable.QuarterLessIndex, sum), TV.ShiftLeftBits(sum, 50)) * p;
    }

    /// <summary>1/ln 2, for the rounding k = round(-a/ln2) of <see cref="ExpNegRatio{TV}(TV, out TV, out TV)"/>.</summary>
    public const double Log2E = 1.4426950408889634;

    /// <summary>ln 2 rounded to double (error below 2^-55.3).</summary>
    public const double Ln2 = 0.6931471805599453;

    /// <summary>
    /// e^-a as the ratio <paramref name="over"/>/<paramref name="under"/> of two positive normal doubles, to a relative
    /// error below 2^-47, with no table and no division of its own: the kernels that divide anyway (σ = under/(under +
    /// over), σ′, SiLU, SiLU′, the BCE gradient) fold it into their one division. a is clamped to [-128, 128]; NaN stays NaN in both parts (as
    /// long as its low 12 payload bits are zero, as every NaN widened from a float or Half or made by arithmetic is).
    /// Not bit-identical across paths (its multiply-adds are fused only where the hardware has FMA), which rounding to
    /// float/Half makes invisible. Every operation is a plain multiply, add or integer add: the same instructions on
    /// every lane width, no permute, no gather.
    /// </summary>
    /// <remarks>
    /// k = round(-a/ln2) (|k| ≤ 185; a rounding of the product may move k by one, widening |s| by 2^-45), s = a + k·ln2
    /// with |s| ≤ ln2/2 + 2^-45. With FMA in one step, a + k·ln2 rounded once, the error of ln 2's double (2^-55.3)
    /// times |k| ≤ 2^7.6: s to 4.3·10^-15 absolute; without FMA in two, k times the 32-bit head <see cref="Ln2Hi"/>
    /// exact, one rounding and the tail: 2^-53·|s| + 2^-80. e^-s = P(-s)/P(s) by the [5/5] Padé approximant,
    /// P(s) = 30240 + 15120s + 3360s² + 420s³ + 30s⁴ + s⁵ = Q(s²) + s·R(s²), whose relative error is about
    /// (5!)²/(10!·11!)·|s|^11 ≤ 1.23·10^-15 (2^-49.5) at |s| = ln2/2. Q and R have integer coefficients (no
    /// representation error) and are evaluated in s² (Q ∈ [30240, 30646], R ∈ [15120, 15171], |s·R| ≤ 5266), so
    /// P(s) ≥ 25380 and P(-s) ≥ 25380 carry at most 2.2·2^-53 and 2.7·2^-53 of rounding, fused or not: 5.4·10^-16 in
    /// the ratio. 2^k goes into P(-s)'s exponent by one integer add, exact (P(-s)·2^k lies between 2^-171 and 2^201).
    /// In all 6.0·10^-15 (2^-47.2) with FMA, 1.8·10^-15 (2^-48.9) without (and on every path for
    /// <see cref="ExpNegRatioPrecise{TV}"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegRatio<TV>(TV a, out TV over, out TV under) where TV : struct, IDoubleLanes<TV>
        => ExpNegRatio(a, HardwareFma.IsSupported, out over, out under);

    /// <summary><see cref="ExpNegRatio{TV}(TV, out TV, out TV)"/> with the two-step reduction on every path: below
    /// 2^-48.9, for kernels whose error is amplified (the BCE gradient's difference).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegRatioPrecise<TV>(TV a, out TV over, out TV under) where TV : struct, IDoubleLanes<TV>
        => ExpNegRatio(a, false, out over, out under);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ExpNegRatio<TV>(TV a, bool oneStep, out TV over, out TV under) where TV : struct, IDoubleLanes<TV>
    {
        a = TV.Max(TV.Min(a, TV.Create(128.0)), TV.Create(-128.0));
        TV magic = TV.Create(RoundMagic);
        TV sum = TV.MultiplyAddEstimate(a, TV.Create(-Log2E), magic);        // k in the low mantissa bits
        TV kd = sum - magic;
        TV s = oneStep
            ? TV.MultiplyAddEstimate(kd, TV.Create(Ln2), a)                     // fused: one rounding
            : TV.MultiplyAddEstimate(kd, TV.Create(Ln2Lo), TV.MultiplyAddEstimate(kd, TV.Create(Ln2Hi), a));   // k·head exact
        TV s2 = s * s;
        TV q = TV.MultiplyAddEstimate(s2, TV.MultiplyAddEstimate(s2, TV.Create(30.0), TV.Create(3360.0)), TV.Create(30240.0));
        TV sr = s * TV.MultiplyAddEstimate(s2, s2 + TV.Create(420.0), TV.Create(15120.0));
        under = q + sr;                                                         // P(s)
        // P(-s)·2^k by one integer add: the sum's low bits are k, so shifted up by 52 they are k in the exponent field.
        over = TV.AddBits(q - sr, TV.ShiftLeftBits(sum, 52));
    }

    /// <summary>
    /// e^-a for a ≥ 0 as 2^n·(hi + lo): hi + lo ∈ [0.97, 2) to about 2^-57 relative and n = ⌊k/16⌋ an integral double
    /// (scale with <see cref="IDoubleLanes{TSelf}.ScaleByPowerOfTwoFloor"/>, which rounds once, so subnormal results
    /// are rounded once). Inputs are clamped to 746 (e^-746 is below half the smallest subnormal); NaN stays NaN.
    /// The same IEEE operations on every path, so the result is bit-identical on every lane width, with or without FMA
    /// hardware: the one multiply-add that may be fused has an exact product, the others are written unfused.
    /// </summary>
    /// <remarks>
    /// k = round(RN(-16a/ln2)), |k| ≤ 17,220; s = a + k·ln2/16 in two steps: with the 36-bit head the first is exact
    /// (a and k·head are multiples of 2^-58 once k ≠ 0, and |s| &lt; 2^-5), the tail adds one rounding (≈ 2^-58.5).
    /// e^-s - 1 = s²·R(s) - s, R the Taylor polynomial of (e^-s - 1 + s)/s² to s^6 (truncation below 2^-62 of the
    /// result), evaluated unfused by Estrin's scheme (R to about 2^-52 relative; s²·R is at most 0.011 of |s²·R - s|,
    /// so the final subtraction's rounding dominates: e^-s - 1 to 2^-52.9 relative, which is ≤ 2^-58.4 of the result
    /// as |e^-s - 1| &lt; 0.022); 2^(j/16) = Th + Tl from <see cref="ExpTable"/>; hi + lo = Th + (Th·(e^-s - 1) + Tl),
    /// renormalised (|lo| ≤ ½ulp(hi)).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegTable<TV>(TV a, out TV hi, out TV lo, out TV n) where TV : struct, IDoubleLanes<TV>
    {
        ExpNegTableCore(TV.Min(a, TV.Create(746.0)), out hi, out lo, out TV kd, out _);
        n = kd * TV.Create(0.0625);
    }

    /// <summary>2^128 and 2^-128: for |v| ≤ 2^64, (v·<c>scaled</c>)·<see cref="TwoPowMinus128"/> with <c>scaled</c> =
    /// 2^(n+128) from <see cref="ExpNegTableScaled{TV}"/> is v·2^n rounded once, the same bits as
    /// <see cref="IDoubleLanes{TSelf}.ScaleByPowerOfTwoFloor"/>: the first product cannot overflow and is exact unless
    /// it is subnormal, and then v·2^n is below 2^-1150 and both round it to zero.</summary>
    public const double TwoPow128 = 3.402823669209385e38, TwoPowMinus128 = 2.938735877055719e-39;

    /// <summary>
    /// <see cref="ExpNegTable{TV}"/>, also giving <paramref name="scaled"/> = 2^(⌊k/16⌋ + 128), built
    /// from the bits of the rounding sum (shift, mask, add: three instructions, no floor), for lanes without a scaling
    /// instruction. ⌊k/16⌋ ∈ [-1077, 0], so the exponent ⌊k/16⌋ + 128 + 1023 stays in [74, 1151]: always a normal double.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegTableScaled<TV>(TV a, out TV hi, out TV lo, out TV n, out TV scaled) where TV : struct, IDoubleLanes<TV>
        => ExpNegTableScaledUpTo(a, 746.0, out hi, out lo, out n, out scaled);

    /// <summary>
    /// <see cref="ExpNegTableScaled{TV}"/> with inputs clamped to <paramref name="limit"/> instead of 746, for kernels
    /// that multiply e^-a by up to |a| before the one rounding, whose results leave the subnormals later. The limit is
    /// at most 790, so that 2^(⌊k/16⌋ + 128) stays a normal double (k·head alone stays exact to 1,400). At 760,
    /// ⌊k/16⌋ ≥ -1097 and the exponent of <paramref name="scaled"/> stays at or above 54.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegTableScaledUpTo<TV>(TV a, double limit, out TV hi, out TV lo, out TV n, out TV scaled) where TV : struct, IDoubleLanes<TV>
    {
        ExpNegTableCore(TV.Min(a, TV.Create(limit)), out hi, out lo, out TV kd, out TV sum);
        n = kd * TV.Create(0.0625);
        // The sum's low 16 bits are k mod 2^16: shifted up by 48 and cleared of j, ⌊k/16⌋ << 52 (mod 2^64).
        scaled = TV.AddBits(TV.And(TV.ShiftLeftBits(sum, 48), TV.CreateBits(unchecked((long)0xFFF0000000000000))), TV.CreateBits((1023L + 128) << 52));
    }

    /// <summary>v·2^⌊n⌋ rounded once, with n and <paramref name="scaled"/> = 2^(⌊n⌋+128) from
    /// <see cref="ExpNegTableScaled{TV}"/>: the scaling instruction where there is one, else two multiplications
    /// (see <see cref="TwoPowMinus128"/>; |v| ≤ 2^64). The same bits either way. Small, so that the choice, folded by
    /// the JIT, costs the kernels nothing of their inlining budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Scale<TV>(TV v, TV n, TV scaled) where TV : struct, IDoubleLanes<TV>
        => TV.HasScaleInstruction ? TV.ScaleByPowerOfTwoFloor(v, n) : v * scaled * TV.Create(TwoPowMinus128);

    /// <summary>The body of the double exponentials: hi + lo, k as a double and the rounding sum, for a already clamped
    /// (0 ≤ a ≤ 1,400, or NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ExpNegTableCore<TV>(TV a, out TV hi, out TV lo, out TV kd, out TV sum) where TV : struct, IDoubleLanes<TV>
    {
        TV magic = TV.Create(RoundMagic);
        sum = a * TV.Create(-SixteenLog2E) + magic;
        kd = sum - magic;
        TV s = TV.MultiplyAddEstimate(kd, TV.Create(Ln2Over16Hi), a);   // exact
        s = kd * TV.Create(Ln2Over16Lo) + s;
        // e^-s - 1 = s²·R(s) - s, R(s) = (e^-s - 1 + s)/s² to s^6 by Estrin's scheme: the three binomials, then
        // two pairs, then one — four multiply-adds deep where Horner's rule is seven, and the -s added last.
        TV s2 = s * s;
        TV a0 = s * TV.Create(-C3) + TV.Create(C2);
        TV a1 = s * TV.Create(-C5) + TV.Create(C4);
        TV a2 = s * TV.Create(-C7) + TV.Create(C6);
        TV b0 = s2 * a1 + a0;
        TV b1 = s2 * TV.Create(C8) + a2;
        TV p = s2 * ((s2 * s2) * b1 + b0) - s;                            // e^-s - 1
        TV th = TV.Lookup16(ExpTable.Hi, sum);
        TV tail = th * p + TV.Lookup16(ExpTable.Lo, sum);
        hi = th + tail;
        lo = tail - (hi - th);                                            // FastTwoSum: |tail| < 0.03·th
    }
}
