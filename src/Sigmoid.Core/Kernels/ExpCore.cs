using System.Runtime.CompilerServices;
using Sigmoid.Lanes;

namespace Sigmoid.Kernels;

/// <summary>
/// e^-a for a = |x| ≥ 0, table-free, written once for every lane width.
/// </summary>
/// <remarks>
/// Cody–Waite reduction: k = round(-a/ln2), r = -a - k·ln2 with ln2 split in a 32-bit head (k·head is exact for
/// |k| ≤ 1100) and a tail, so |r| ≤ ln2/2. Then e^r by its Taylor polynomial and e^-a = 2^k·e^r. Inputs above 746
/// (and NaN) are clamped to 746, where the result is 0 anyway; callers restore NaN.
/// </remarks>
internal static class ExpCore
{
    public static readonly double Log2E = 1.4426950408889634;
    public static readonly double Ln2Hi = BitConverter.Int64BitsToDouble(0x3FE62E42FEE00000);
    public static readonly double Ln2Lo = BitConverter.Int64BitsToDouble(0x3DEA39EF35793C76);
    /// <summary>1.5·2^52: adding it rounds a double of magnitude &lt; 2^51 to an integer held in the low mantissa bits.</summary>
    public static readonly double RoundMagic = 6755399441055744.0;

    // 1/n! for n = 2..13
    private const double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720, C7 = 1.0 / 5040,
        C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800, C12 = 1.0 / 479001600,
        C13 = 1.0 / 6227020800;

    /// <summary>
    /// e^-a = s1·s2·(ph + pl) with ph + pl = e^r to about 2^-56 relative, and s1, s2 normal powers of two whose
    /// product is 2^k (two factors, so that a subnormal final result is rounded once, by the last multiplication).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ExpNegAccurate<TV>(TV a, out TV ph, out TV pl, out TV s1, out TV s2) where TV : struct, IDoubleLanes<TV>
    {
        TV limit = TV.Create(746.0);
        TV t = -TV.Select(TV.LessThan(a, limit), a, limit);
        TV magic = TV.Create(RoundMagic);
        TV sum = TV.Fma(t, TV.Create(Log2E), magic);
        TV kd = sum - magic;
        TV r1 = TV.Fma(kd, TV.Create(-Ln2Hi), t);           // exact
        TV r = TV.Fma(kd, TV.Create(-Ln2Lo), r1);           // rounded once
        TV rl = TV.Fma(kd, TV.Create(-Ln2Lo), r1 - r);      // its rounding error
        // e^r = 1 + r + r²/2 + r³·Q(r), Q(r) = Σ r^(n-3)/n!, n = 3..13 (truncation < 2^-57)
        TV q = TV.Fma(r, TV.Create(C13), TV.Create(C12));
        q = TV.Fma(q, r, TV.Create(C11));
        q = TV.Fma(q, r, TV.Create(C10));
        q = TV.Fma(q, r, TV.Create(C9));
        q = TV.Fma(q, r, TV.Create(C8));
        q = TV.Fma(q, r, TV.Create(C7));
        q = TV.Fma(q, r, TV.Create(C6));
        q = TV.Fma(q, r, TV.Create(C5));
        q = TV.Fma(q, r, TV.Create(C4));
        q = TV.Fma(q, r, TV.Create(C3));
        TV one = TV.Create(1.0);
        TV rr = r * r;
        TV rrl = TV.Fma(r, r, -rr);
        TV hi = one + r;
        TV lo = (one - hi) + r;                              // FastTwoSum, |r| < 1
        TV half = rr * TV.Create(0.5);
        TV hi2 = hi + half;
        TV lo2 = (hi - hi2) + half;                          // FastTwoSum, hi ≥ 0.7 > r²/2
        TV tail = TV.Fma(rr * r, q, (lo + lo2) + TV.Fma(rrl, TV.Create(0.5), rl));
        ph = hi2 + tail;
        pl = (hi2 - ph) + tail;
        TV k = TV.SubtractBits(sum, magic);                  // k as a 64-bit integer
        TV k1 = TV.ShiftRightArithmeticBits(k, 1);
        TV bias = TV.CreateBits(1023);
        s1 = TV.ShiftLeftBits(TV.AddBits(k1, bias), 52);
        s2 = TV.ShiftLeftBits(TV.AddBits(TV.SubtractBits(k, k1), bias), 52);
    }

    /// <summary>
    /// e^-a to about 2^-47 relative (Taylor to r^11), for kernels whose result is rounded to float or Half. Inputs
    /// are clamped to 700, so the result is never subnormal in double (and below any float).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ExpNegFast<TV>(TV a) where TV : struct, IDoubleLanes<TV>
    {
        TV limit = TV.Create(700.0);
        TV t = -TV.Select(TV.LessThan(a, limit), a, limit);
        TV magic = TV.Create(RoundMagic);
        TV sum = TV.Fma(t, TV.Create(Log2E), magic);
        TV kd = sum - magic;
        TV r = TV.Fma(kd, TV.Create(-Ln2Hi), t);
        r = TV.Fma(kd, TV.Create(-Ln2Lo), r);
        TV p = TV.Fma(r, TV.Create(C11), TV.Create(C10));
        p = TV.Fma(p, r, TV.Create(C9));
        p = TV.Fma(p, r, TV.Create(C8));
        p = TV.Fma(p, r, TV.Create(C7));
        p = TV.Fma(p, r, TV.Create(C6));
        p = TV.Fma(p, r, TV.Create(C5));
        p = TV.Fma(p, r, TV.Create(C4));
        p = TV.Fma(p, r, TV.Create(C3));
        p = TV.Fma(p, r, TV.Create(C2));
        TV er = TV.Fma(r * r, p, r) + TV.Create(1.0);
        TV scale = TV.ShiftLeftBits(TV.AddBits(TV.SubtractBits(sum, magic), TV.CreateBits(1023)), 52);
        return er * scale;
    }
}
