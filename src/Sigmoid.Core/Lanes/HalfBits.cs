using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

/// <summary>
/// Half ↔ double on the 16-bit patterns, held one per 64-bit lane, written once for every lane width: the lane
/// structs only move the patterns in and out (zero-extend on load, truncate on store). Exact agreement with the
/// scalar conversions — <c>(double)Half</c> and <see cref="Kernels.CorrectRounding.RoundToHalf"/> — is checked for all
/// 2^16 Halves and for doubles at and around every Half midpoint by <c>HalfLaneTests</c>.
/// </summary>
internal static class HalfBits
{
    private const long ExponentMask = 0x7FF0_0000_0000_0000;
    private const long QuietBit = 1L << 51;
    private static readonly double TwoPow1008 = BitConverter.Int64BitsToDouble((1023L + 1008) << 52);
    private static readonly long TwoPow28Bits = BitConverter.DoubleToInt64Bits(268435456.0);

    /// <summary>Half patterns (low 16 bits of each lane, upper bits zero) → the exact double values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Widen<TV>(TV bits) where TV : struct, IDoubleLanes<TV>
    {
        // Magnitude a = exponent:mantissa (15 bits). Shifted left by 42 it lines up with the double's fields, so as a
        // double it is the Half's value times 2^-1008, normal or subnormal alike; the scaling back is exact.
        // Exponent 31 (∞, NaN) is rebuilt as the double ∞ or the NaN with the same payload, quietened as .NET does.
        TV a = TV.And(bits, TV.CreateBits(0x7FFF));
        TV shifted = TV.ShiftLeftBits(a, 42);
        TV finite = shifted * TV.Create(TwoPow1008);
        TV nan = TV.And(TV.LessThanBits(TV.CreateBits(0x7C00), a), TV.CreateBits(QuietBit));
        TV special = TV.Or(TV.Or(shifted, TV.CreateBits(ExponentMask)), nan);
        TV magnitude = TV.Select(TV.LessThanBits(a, TV.CreateBits(0x7C00)), finite, special);
        return TV.Or(magnitude, TV.ShiftLeftBits(TV.And(bits, TV.CreateBits(0x8000)), 48));
    }

    /// <summary>Doubles → Half patterns (in the low 16 bits of each lane), each rounded once to nearest, ties to even:
    /// subnormal Halves kept, overflow to ∞, −0 kept, NaN to the NaN .NET's <c>(Half)double</c> gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Narrow<TV>(TV r) where TV : struct, IDoubleLanes<TV>
    {
        TV a = TV.Abs(r);
        // Normal Half (|r| ≥ 2^-14): round the 52-bit mantissa to 10 bits on the integer pattern (add half an ulp
        // less one, plus the kept lowest bit: ties go to even; a carry moves into the exponent as it should), then
        // rebias the exponent from 1023 to 15. Results from 65520 up, ∞ included, come out ≥ 0x7C00: clamp to ∞.
        TV lowest = TV.And(TV.ShiftRightArithmeticBits(a, 42), TV.CreateBits(1));
        TV rounded = TV.ShiftRightArithmeticBits(TV.AddBits(TV.AddBits(a, TV.CreateBits((1L << 41) - 1)), lowest), 42);
        TV normal = TV.SubtractBits(rounded, TV.CreateBits((1023L - 15) << 10));
        normal = TV.Select(TV.LessThanBits(normal, TV.CreateBits(0x7C00)), normal, TV.CreateBits(0x7C00));
        // Subnormal Half (|r| < 2^-14, ulp 2^-24): 2^28 has double ulp 2^-24, so |r| + 2^28 is |r| rounded once to a
        // multiple of 2^-24 (ties to even); its low mantissa bits count those multiples, 1024 meaning 2^-14.
        TV subnormal = TV.SubtractBits(a + TV.Create(268435456.0), TV.CreateBits(TwoPow28Bits));
        TV magnitude = TV.Select(TV.LessThan(a, TV.Create(1.0 / 16384)), subnormal, normal);
        TV nan = TV.Or(TV.And(TV.ShiftRightArithmeticBits(a, 42), TV.CreateBits(0x3FF)), TV.CreateBits(0x7E00));
        magnitude = TV.Select(TV.IsNaN(r), nan, magnitude);
        return TV.Or(magnitude, TV.And(TV.ShiftRightArithmeticBits(r, 48), TV.CreateBits(0x8000)));
    }
}
