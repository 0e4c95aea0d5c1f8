namespace Sigmoid.Lab.Reference;

/// <summary>
/// Correct rounding (to nearest, ties to even) of a high-precision <see cref="ScaledValue"/> to a
/// <see cref="NumberFormat"/>, subnormals and overflow included, and the error of a computed result in ULPs.
/// </summary>
/// <remarks>
/// <para><b>The ULP used throughout.</b> For an exact real value v ≠ 0 of binade e = ⌊log2 |v|⌋, the ULP is
/// ulp(v) = 2^(max(e, emin) - p + 1): the spacing of the format's numbers in the binade that contains v itself
/// (Goldberg's definition). Below the normal range every binade has the subnormal spacing 2^(emin-p+1); for v = 0 the
/// ULP is that same smallest spacing. Because the binade is the exact value's, a result is correctly rounded only if
/// its error is ≤ 0.5 ULP, also at a binade boundary: for v just below 2^e the ULP is the finer spacing below 2^e, so
/// returning 2^e when v is more than half of that spacing below it counts as more than 0.5 ULP. The error is always
/// computed from the high-precision value, never from a rounded one.</para>
/// <para>Infinite or NaN results where the exact value is finite, and finite results where it is infinite or NaN,
/// have an error of +∞ ULP — except an infinite result where the finite exact value lies beyond the format's range
/// and rounds to that infinity (overflow, e.g. softplus with a tiny β): that is the correctly rounded result, 0 ULP.</para>
/// </remarks>
public static class Rounding
{
    /// <summary>
    /// Rounds <paramref name="v"/> to the nearest number of <paramref name="format"/> (ties to even), returned as a
    /// double that holds it exactly. <paramref name="relativeError"/> bounds the relative error of
    /// <paramref name="v"/> itself; returns false (and the nearest guess) when the exact value could lie on either
    /// side of a rounding boundary, so that a more precise reference must decide.
    /// </summary>
    public static bool TryRound(in ScaledValue v, double relativeError, NumberFormat format, out double rounded)
    {
        switch (v.Kind)
        {
            case ValueKind.NaN: rounded = double.NaN; return true;
            case ValueKind.PositiveInfinity: rounded = double.PositiveInfinity; return true;
            case ValueKind.NegativeInfinity: rounded = double.NegativeInfinity; return true;
        }
        bool negative = v.IsNegative;
        double hi = Math.Abs(v.Mantissa.Hi), lo = negative ? -v.Mantissa.Lo : v.Mantissa.Lo;
        int tail = negative ? -v.Tail : v.Tail;
        double signedZero = negative ? -0.0 : 0.0;
        if (hi == 0)
        {
            rounded = signedZero; // only an infinitesimal (or exact zero) remains
            return true;
        }
        int e = Binade(hi, lo, tail, v.Scale);
        int p = format.Precision;
        if (e > format.MaxExponent)
        {
            rounded = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (e <= format.MinExponent - p - 2) // |v| < 2^(emin-p-1): far below half the smallest subnormal
        {
            rounded = signedZero;
            return true;
        }
        int qexp = Math.Max(e, format.MinExponent) - p + 1;
        double t = Math.ScaleB(hi, v.Scale - qexp);   // v / ulp, in [2^-2, 2^p)
        double tl = Math.ScaleB(lo, v.Scale - qexp);
        double floor = Math.Floor(t);
        double d = ((t - floor) - 0.5) + tl;          // t - floor and its -0.5 are exact; the sign of d is exact
        double uncertainty = relativeError * t * (1 + 1e-12);
        bool decided = Math.Abs(d) > uncertainty || (relativeError == 0);
        double n;
        if (d > 0) n = floor + 1;
        else if (d < 0) n = floor;
        else if (tail != 0) n = tail > 0 ? floor + 1 : floor;
        else n = (floor % 2 == 0) ? floor : floor + 1; // exact midpoint: ties to even
        if (n == 0)
        {
            rounded = signedZero;
            return decided;
        }
        double magnitude = Math.ScaleB(n, qexp);
        if (magnitude > format.MaxValue) magnitude = double.PositiveInfinity;
        rounded = negative ? -magnitude : magnitude;
        return decided;
    }

    /// <summary>
    /// The error of <paramref name="result"/> against the exact value <paramref name="v"/>, in ULPs of
    /// <paramref name="format"/> as defined in the remarks of <see cref="Rounding"/>. Accurate to the precision of
    /// <paramref name="v"/> (about 2^-100 relative for the double-double reference).
    /// </summary>
    public static double UlpError(double result, in ScaledValue v, NumberFormat format)
    {
        switch (v.Kind)
        {
            case ValueKind.NaN: return double.IsNaN(result) ? 0 : double.PositiveInfinity;
            case ValueKind.PositiveInfinity: return double.IsPositiveInfinity(result) ? 0 : double.PositiveInfinity;
            case ValueKind.NegativeInfinity: return double.IsNegativeInfinity(result) ? 0 : double.PositiveInfinity;
        }
        if (!double.IsFinite(result))   // ±∞ for a finite value is right only where that value overflows the format
            return double.IsInfinity(result) && TryRound(v, 0, format, out double overflow) && overflow == result ? 0 : double.PositiveInfinity;
        double hi = v.Mantissa.Hi, lo = v.Mantissa.Lo;
        int e = hi == 0 ? int.MinValue / 2 : Binade(Math.Abs(hi), hi < 0 ? -lo : lo, hi < 0 ? -v.Tail : v.Tail, v.Scale);
        int qexp = Math.Max(e, format.MinExponent) - format.Precision + 1;
        int er = result == 0 ? int.MinValue / 2 : Math.ILogB(result);
        if (er - qexp > 1000) return Math.ScaleB(1.0, Math.Min(er - qexp, 1020)); // absurdly wrong: a huge error
        DoubleDouble a = Math.ScaleB(result, -qexp);                               // exact
        DoubleDouble t = hi == 0 ? DoubleDouble.Zero : v.Mantissa.ScaleB(v.Scale - qexp);
        DoubleDouble diff = a - t;
        return Math.Abs(diff.Hi + diff.Lo);
    }

    /// <summary>True when two results are the same number: bit-identical values, or both NaN.</summary>
    public static bool SameResult(double a, double b) =>
        (double.IsNaN(a) && double.IsNaN(b)) || BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    /// <summary>⌊log2 v⌋ for v = (hi + lo + tail·0⁺)·2^scale with hi &gt; 0.</summary>
    private static int Binade(double hi, double lo, int tail, int scale)
    {
        int e = Math.ILogB(hi);
        bool powerOfTwo = BitConverter.DoubleToInt64Bits(hi) == BitConverter.DoubleToInt64Bits(Math.ScaleB(1.0, e));
        if (powerOfTwo && (lo < 0 || (lo == 0 && tail < 0))) e--;
        return e + scale;
    }
}
