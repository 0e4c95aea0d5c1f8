using System.Runtime.CompilerServices;
using Sigmoid.Kernels;

namespace Sigmoid.Lanes;

/// <summary>
/// Half ↔ double in the lanes, on the 16-bit patterns held one per 64-bit lane, written once for every lane width
/// (the lane structs only move the patterns: <see cref="IDoubleLanes{TSelf}.LoadHalfBits"/>,
/// <see cref="IDoubleLanes{TSelf}.StoreHalfBits"/>). <see cref="Widen"/> equals <c>(double)Half</c> for all 2^16
/// patterns and <see cref="Narrow"/> equals <see cref="CorrectRounding.RoundToHalf"/> for every double (tested at,
/// beside and between all Half midpoints, on every path, by <c>HalfLaneTests</c>).
/// </summary>
internal static class HalfBits
{
    private const long ExponentMask = 0x7FF0_0000_0000_0000;
    private const long LowBits = (1L << 42) - 1;                 // what rounding a double to Half drops
    private static readonly double TwoPow1008 = BitConverter.Int64BitsToDouble((1023L + 1008) << 52);
    private static readonly long TwoPow28Bits = BitConverter.DoubleToInt64Bits(268435456.0);

    /// <summary>A lane width of Halves widened exactly to double lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV LoadWidening<TV>(ref Half source) where TV : struct, IDoubleLanes<TV> => Widen(TV.LoadHalfBits(ref source));

    /// <summary>Each lane rounded once to Half (as <see cref="CorrectRounding.RoundToHalf"/>) and stored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing<TV>(TV value, ref Half destination) where TV : struct, IDoubleLanes<TV> => TV.StoreHalfBits(Narrow(value), ref destination);


    /// <summary>Half patterns (low 16 bits of each lane, upper bits zero) → their exact double values; ∞ and NaN as
    /// <c>(double)Half</c> gives them (NaN payload kept, quietened).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Widen<TV>(TV bits) where TV : struct, IDoubleLanes<TV>
    {
        // Shifted left by 48 and back by 6 (arithmetic), exponent:mantissa lines up with the double's fields; the sign
        // copies the shift smears over bits 57-62 are cleared and the sign stays in bit 63. Read as a double that is
        // the Half's value times 2^-1008, normal or subnormal alike, and the scaling back is exact. Exponent 31 (∞,
        // NaN) gets the double's all-ones exponent instead, and the same multiplication keeps ∞ and quietens a
        // signalling NaN exactly as the scalar conversion does.
        TV v = TV.And(TV.ShiftRightArithmeticBits(TV.ShiftLeftBits(bits, 48), 6), TV.CreateBits(unchecked((long)0x81FF_FFFF_FFFF_FFFFUL)));
        TV special = TV.LessThanBits(TV.CreateBits(0x7BFF), TV.And(bits, TV.CreateBits(0x7FFF)));
        return TV.Or(v, TV.And(special, TV.CreateBits(ExponentMask))) * TV.Create(TwoPow1008);
    }

    /// <summary>Doubles → Half patterns (low 16 bits of each lane), each rounded once to nearest, ties to even:
    /// subnormal Halves kept, overflow to ∞, −0 kept, NaN to the NaN <c>(Half)double</c> gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Narrow<TV>(TV r) where TV : struct, IDoubleLanes<TV>
    {
        TV a = TV.Abs(r);
        // Normal Half (|r| ≥ 2^-14): round the 52-bit mantissa to 10 bits on the integer pattern — add half an ulp
        // less one, plus the kept lowest bit, so ties go to even; a carry moves into the exponent as it should — and
        // rebias the exponent from 1023 to 15 in the same addition. |r| is first clamped to 65536 (NaN stays NaN),
        // which rounds to exactly ∞, 0x7C00, as everything from 65520 up must.
        TV m = TV.Min(a, TV.Create(65536.0));
        TV lowest = TV.And(TV.ShiftRightArithmeticBits(m, 42), TV.CreateBits(1));
        TV normal = TV.ShiftRightArithmeticBits(TV.AddBits(TV.AddBits(m, TV.CreateBits((1L << 41) - 1 - (1008L << 52))), lowest), 42);
        // Subnormal Half (|r| < 2^-14, ulp 2^-24): 2^28 has double ulp 2^-24, so |r| + 2^28 is |r| rounded once to a
        // multiple of 2^-24 (ties to even); its low mantissa bits count those multiples, 1024 meaning 2^-14.
        TV subnormal = TV.SubtractBits(a + TV.Create(268435456.0), TV.CreateBits(TwoPow28Bits));
        return SpecialsAndSign(r, a, TV.SelectLessThan(a, TV.Create(1.0 / 16384), subnormal, normal));
    }

    /// <summary>
    /// The unary drivers' rounding: Half patterns equal to <see cref="Narrow"/> in every lane off the midpoint band,
    /// and in <paramref name="band"/> what <see cref="NearMidpoint"/> and <see cref="AnyNearMidpoint"/> read to find
    /// the lanes on it — exactly those <see cref="CorrectRounding.NearHalfMidpoint"/> flags (within
    /// <see cref="CorrectRounding.Margin"/> double ulps of a Half midpoint), which the caller recomputes. Fewer
    /// operations than the midpoint test plus <see cref="Narrow"/>, since both read the same 42 dropped bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV RoundAwayFromMidpoints<TV>(TV r, out TV band) where TV : struct, IDoubleLanes<TV>
    {
        // Normal Halves (|r| ≥ 2^-14): the pattern is |r|'s bits less the exponent rebias, with 42 bits rounded off.
        // Subnormal Halves: c = 2^-15 + |r|/2 has the exponent of 2^-15 (rebiased: 0) and |r|·2^24, the count of
        // Half ulps, in its mantissa above the same 42 bits — rounded at 2^-42 Half ulps, exactly the rounding the
        // midpoint test's fma(|r|, 2^24, 1024) makes, so the flags agree; off the band that rounding cannot change the
        // side. (Scaling |r| by 2^-1008 instead would map it the same way, but through subnormal doubles, which are slow.)
        // From 65536 up (∞ included; NaN stays NaN) c is clamped to 65536, whose pattern rounds to exactly ∞, 0x7C00.
        TV a = TV.Abs(r);
        TV c = TV.SelectLessThan(a, TV.Create(1.0 / 16384), TV.MultiplyAddEstimate(a, TV.Create(0.5), TV.Create(1.0 / 32768)), a);
        band = TV.And(TV.AddBits(c, TV.CreateBits(CorrectRounding.Margin - (1L << 41))), TV.CreateBits(LowBits));
        TV rounded = TV.ShiftRightArithmeticBits(TV.AddBits(TV.Min(c, TV.Create(65536.0)), TV.CreateBits((1L << 41) - (1008L << 52))), 42);
        return SpecialsAndSign(r, a, rounded);                                      // ties are in the band
    }

    /// <summary>Mask of the lanes on the midpoint band, from <see cref="RoundAwayFromMidpoints"/>'s band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV NearMidpoint<TV>(TV band) where TV : struct, IDoubleLanes<TV> => TV.LessThanBits(band, TV.CreateBits(2 * CorrectRounding.Margin));

    /// <summary>True when any lane is on the midpoint band.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyNearMidpoint<TV>(TV band) where TV : struct, IDoubleLanes<TV> => TV.AnyLessThanBits(band, TV.CreateBits(2 * CorrectRounding.Margin));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV SpecialsAndSign<TV>(TV r, TV a, TV magnitude) where TV : struct, IDoubleLanes<TV>
    {
        // NaN: exponent 31, quiet bit set, the top 9 bits of the double's payload below it.
        TV nan = TV.Or(TV.And(TV.ShiftRightArithmeticBits(a, 42), TV.CreateBits(0x3FF)), TV.CreateBits(0x7E00));
        magnitude = TV.Select(TV.IsNaN(r), nan, magnitude);
        return TV.Or(magnitude, TV.And(TV.ShiftRightArithmeticBits(r, 48), TV.CreateBits(0x8000)));
    }
}
