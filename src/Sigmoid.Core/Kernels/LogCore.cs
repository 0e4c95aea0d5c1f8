using System.Runtime.CompilerServices;
using Sigmoid.Lanes;

namespace Sigmoid.Kernels;

/// <summary>
/// Logarithms written once for every lane width: <see cref="Log{TV}"/>, ln(h + l) of a double-double h + l with
/// h &gt; 0 finite, as hi + lo accurate to about 2^-60 relative (special inputs — 0, ∞, NaN, negatives — give garbage:
/// callers fix those lanes); <see cref="Log1pTable{TV}"/>, ln(1+g) on [0, 1] of a double-double g, table-driven,
/// to about 2^-60, bit-identical on every path; and <see cref="Log1pNarrow{TV}"/>, its cheaper cousin for the
/// float/Half kernels.
/// </summary>
/// <remarks>For <see cref="Log{TV}"/>: 
/// h = 2^e·m with m ∈ [√½, √2); f = (m - 1) + l·2^-e (m - 1 exact, the sum renormalised); ln(h + l) = e·ln2 + ln(1+f) and
/// ln(1+f) = 2·atanh(s) = 2s + 2s³/3 + 2s⁵/5 + …, s = f/(2+f), |s| ≤ 0.1716. s is carried as sh + sl (the division
/// residual by FMA, and 1/(2+f) = (1-s)/2), so the leading term 2s is exact to ~2^-100 and the series tail (≤ 1% of
/// the result) only needs double precision.
/// </remarks>
internal static class LogCore
{
    private const double SqrtHalfBits = 0.7071067811865476;   // 0x3FE6A09E667F3BCD
    private const double TwoPow54 = 18014398509481984.0;
    private const double TwoPowMinus1022 = 2.2250738585072014e-308;   // 0x0010000000000000

    // 2/(2n+1), n = 1..10 (truncation below 2^-55 of the result)
    private const double R1 = 2.0 / 3, R2 = 2.0 / 5, R3 = 2.0 / 7, R4 = 2.0 / 9, R5 = 2.0 / 11, R6 = 2.0 / 13,
        R7 = 2.0 / 15, R8 = 2.0 / 17, R9 = 2.0 / 19, R10 = 2.0 / 21;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Log<TV>(TV h, TV l, out TV hi, out TV lo) where TV : struct, IDoubleLanes<TV>
    {
        // Subnormal h: scale by 2^54 first.
        TV tiny = TV.LessThan(h, TV.Create(TwoPowMinus1022));
        h = TV.Select(tiny, h * TV.Create(TwoPow54), h);
        l = TV.Select(tiny, l * TV.Create(TwoPow54), l);
        TV eAdjust = TV.Select(tiny, TV.Create(54.0), TV.Create(0.0));

        TV eb = TV.ShiftRightArithmeticBits(TV.SubtractBits(h, TV.Create(SqrtHalfBits)), 52);   // exponent as integer
        TV m = TV.SubtractBits(h, TV.ShiftLeftBits(eb, 52));                                    // m ∈ [√½, √2)
        TV magic = TV.Create(ExpCore.RoundMagic);
        TV e = (TV.AddBits(eb, magic) - magic) - eAdjust;                                      // exponent as double
        TV scale = TV.ShiftLeftBits(TV.SubtractBits(TV.CreateBits(1023), eb), 52);             // 2^-eb

        TV one = TV.Create(1.0), two = TV.Create(2.0);
        TV f0 = m - one;                         // exact (Sterbenz)
        TV l0 = l * scale;
        TV fh = f0 + l0;                         // renormalise f = fh + fl (FastTwoSum: f0 = 0 or |f0| ≥ |l0|),
        TV fl = l0 - (fh - f0);                  // so that fl ≤ ½ulp(fh) and first order in fl suffices below
        TV d = fh + two;
        TV dl = fh - (d - two);                  // FastTwoSum: 2 + fh = d + dl exactly
        TV sh = fh / d;
        TV residual = (TV.FmaCancelling(-sh, d, fh) + fl) - sh * (dl + fl);
        TV sl2 = residual * (one - sh);          // 2·sl, since 1/(2+f) = (1-s)/2
        TV z = sh * sh;
        // rz = R1 + R2·z + … + R10·z⁹ by Estrin's scheme: five binomials, two pairs, then z⁴ and z⁸ — four
        // multiply-adds deep where Horner's rule is nine.
        TV z2 = z * z;
        TV z4 = z2 * z2;
        TV c0 = z * TV.Create(R2) + TV.Create(R1);
        TV c1 = z * TV.Create(R4) + TV.Create(R3);
        TV c2 = z * TV.Create(R6) + TV.Create(R5);
        TV c3 = z * TV.Create(R8) + TV.Create(R7);
        TV c4 = z * TV.Create(R10) + TV.Create(R9);
        TV rz = ((z2 * c1 + c0) + z4 * (z2 * c3 + c2)) + (z4 * z4) * c4;
        TV tail = (sh * z) * rz;

        TV a = e * TV.Create(ExpCore.Ln2Hi);     // exact: |e| < 2^11, head has 32 bits
        TV b = sh + sh;
        hi = a + b;
        TV bb = hi - a;
        TV err = (a - (hi - bb)) + (b - bb);     // TwoSum
        lo = err + (e * TV.Create(ExpCore.Ln2Lo) + (sl2 + tail));
    }

    /// <summary>
    /// ln(1+g) for g = 0 or 2^-1000 ≤ g ≤ 1 (subnormal intermediates would lose bits) to a relative error below
    /// 2^-48, for kernels whose result is rounded to float or Half after the midpoint test. NaN stays NaN.
    /// </summary>
    /// <remarks>
    /// j = min(round(16g), 15), c = j/16 and ln(1+g) = ln(1+c) + 2·atanh(s) with s = (g - c)/(2 + c + g). g - c is
    /// exact (Sterbenz: c/2 ≤ g ≤ 2c, or c = 0), so a tiny g keeps its full relative accuracy (s = g/(2+g), no 1+g is
    /// ever formed). |s| ≤ 1/63, and 2·atanh(s) = 2s + 2s³/3 + 2s⁵/5 + 2s⁷/7 leaves out 2s⁹/9 (below 2^-51 relative).
    /// Evaluated as s·((2 + z·2/3) + z²·(2/5 + z·2/7)) + ln(1+c), z = s², with ln(1+c) from <see cref="LogTable.Hi"/>.
    /// Errors: s to two roundings (one division: fewer instructions than a reciprocal estimate refined by Newton
    /// steps, and faster here), a few more of 2^-53, the table's 2^-53. For c &gt; 0 the result is at least 0.029
    /// while |2·atanh(s)| ≤ 0.032, so nothing cancels.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log1pNarrow<TV>(TV g) where TV : struct, IDoubleLanes<TV>
    {
        TV magic = TV.Create(ExpCore.RoundMagic);
        TV sum = TV.Min(TV.MultiplyAddEstimate(g, TV.Create(16.0), magic), TV.Create(ExpCore.RoundMagic + 15));   // j in the low bits
        TV c = (sum - magic) * TV.Create(0.0625);
        TV s = (g - c) / ((TV.Create(2.0) + c) + g);
        TV z = s * s;
        TV q = TV.MultiplyAddEstimate(z * z, TV.MultiplyAddEstimate(z, TV.Create(2.0 / 7), TV.Create(2.0 / 5)),
                                      TV.MultiplyAddEstimate(z, TV.Create(2.0 / 3), TV.Create(2.0)));   // Estrin: two deep
        return TV.MultiplyAddEstimate(s, q, TV.Lookup16(LogTable.Hi, sum));
    }

    /// <summary>
    /// ln(1+g) for a double-double g = gh + gl with 0 ≤ gh ≤ 1 (|gl| ≤ ulp(gh)), as hi + lo to about 2^-60
    /// relative. Only IEEE operations (one division), so the result is bit-identical on every lane width. Subnormal
    /// and tiny g give hi + lo = g itself. NaN gives NaN.
    /// </summary>
    /// <remarks>
    /// As <see cref="Log1pNarrow{TV}"/>: j = min(round(16g), 15), c = j/16, ln(1+g) = ln(1+c) + 2·atanh(s) with
    /// s = (g - c)/(2 + c + g), g - c = (gh - c) + gl with gh - c exact. Here s = sh + sl: sh = (gh - c)·ρ with ρ the
    /// rounded 1/(2 + c + gh), and sl = (residual of sh, fused or by Dekker's product, + gl - sh·(denominator's low
    /// part))·ρ. Then
    /// 2·atanh(s) = 2sh + 2sl + sh³·(2/3 + 2z/5 + … + 2z⁴/11), z = sh² (|s| ≤ 1/63: truncation below 2^-62), and
    /// ln(1+c) = <see cref="LogTable.Hi"/> + <see cref="LogTable.Lo"/>. For g &lt; 2^-60, ln(1+g) = g to 2^-61.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Log1pTable<TV>(TV gh, TV gl, out TV hi, out TV lo) where TV : struct, IDoubleLanes<TV>
    {
        TV magic = TV.Create(ExpCore.RoundMagic);
        TV sum = TV.Min(TV.MultiplyAddEstimate(gh, TV.Create(16.0), magic), TV.Create(ExpCore.RoundMagic + 15));   // j in the low bits
        TV c = (sum - magic) * TV.Create(0.0625);
        TV nh = gh - c;                                        // exact (Sterbenz, or c = 0)
        TV d0 = TV.Create(2.0) + c;                            // exact
        TV dh = d0 + gh;
        TV dl = ((d0 - dh) + gh) + gl;                         // FastTwoSum (d0 ≥ gh), plus gl
        TV rho = TV.Create(1.0) / dh;
        TV sh = nh * rho;
        TV sl = (TV.FmaCancellingInRange(-sh, dh, nh) + (gl - sh * dl)) * rho;
        TV z = sh * sh;
        TV z2 = z * z;                                         // q by Estrin's scheme, three deep instead of four
        TV q = (z * TV.Create(2.0 / 5) + TV.Create(2.0 / 3)) + z2 * ((z * TV.Create(2.0 / 9) + TV.Create(2.0 / 7)) + z2 * TV.Create(2.0 / 11));
        TV tail = (sh * z) * q;
        TV th = TV.Lookup16(LogTable.Hi, sum);
        TV b = sh + sh;
        TV h = th + b;                                         // FastTwoSum: th = 0, or th ≥ 0.06 > |2sh|
        TV l = ((th - h) + b) + ((TV.Lookup16(LogTable.Lo, sum) + (sl + sl)) + tail);
        TV tiny = TV.LessThan(gh, TV.Create(TwoPowMinus60));
        hi = TV.Select(tiny, gh, h);
        lo = TV.Select(tiny, gl, l);
    }

    private const double TwoPowMinus60 = 8.673617379884035e-19;
}
