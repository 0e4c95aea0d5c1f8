using System.Numerics;

namespace Sigmoid.Lab.Reference;

/// <summary>
/// An arbitrary-precision binary floating-point number M·2^E on <see cref="BigInteger"/>, kept to
/// <see cref="Precision"/> = 320 significant bits (round to nearest after every operation) with an unbounded
/// exponent. Independent of <see cref="DoubleDouble"/>: it validates it and settles the rare roundings that
/// double-double cannot decide. exp uses argument reduction by ln 2, division by 2^24 and a Taylor series
/// squared back; log uses ln 2 plus 2·atanh((m-1)/(m+1)); ln 2 itself is 2·atanh(1/3). Results of the elementary
/// functions are accurate to well below 2^-250 relative.
/// </summary>
public readonly struct BigFloat
{
    /// <summary>Significant bits kept.</summary>
    public const int Precision = 320;

    /// <summary>The signed integer significand.</summary>
    public readonly BigInteger Mantissa;
    /// <summary>The power of two it is multiplied by.</summary>
    public readonly long Exponent;

    /// <summary>Makes M·2^E rounded to <see cref="Precision"/> bits.</summary>
    public BigFloat(BigInteger mantissa, long exponent)
    {
        long bl = (long)BigInteger.Abs(mantissa).GetBitLength();
        if (bl > Precision)
        {
            int shift = (int)(bl - Precision);
            BigInteger abs = BigInteger.Abs(mantissa);
            BigInteger q = abs >> shift;
            BigInteger rem = abs - (q << shift);
            BigInteger half = BigInteger.One << (shift - 1);
            if (rem > half || (rem == half && !q.IsEven)) q += 1;
            mantissa = mantissa.Sign < 0 ? -q : q;
            exponent += shift;
        }
        Mantissa = mantissa;
        Exponent = mantissa.IsZero ? 0 : exponent;
    }

    /// <summary>0.</summary>
    public static BigFloat Zero => new(BigInteger.Zero, 0);
    /// <summary>1.</summary>
    public static BigFloat One => new(BigInteger.One, 0);

    /// <summary>An integer.</summary>
    public static BigFloat FromInteger(long n) => new(new BigInteger(n), 0);

    /// <summary>Exact conversion of a finite double.</summary>
    public static BigFloat FromDouble(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentOutOfRangeException(nameof(x), x, "BigFloat holds finite values only.");
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        long significand = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        var m = new BigInteger(significand);
        return new BigFloat(negative ? -m : m, exponent);
    }

    /// <summary>True for zero.</summary>
    public bool IsZero => Mantissa.IsZero;
    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Mantissa.Sign;
    /// <summary>⌊log2 |x|⌋ (undefined for zero).</summary>
    public long Binade => (long)BigInteger.Abs(Mantissa).GetBitLength() - 1 + Exponent;

    /// <summary>Negation.</summary>
    public static BigFloat operator -(BigFloat a) => new(-a.Mantissa, a.Exponent);

    /// <summary>Sum, rounded to <see cref="Precision"/> bits (an addend more than 2·Precision binades below the other is dropped).</summary>
    public static BigFloat operator +(BigFloat a, BigFloat b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a.Exponent < b.Exponent) (a, b) = (b, a);
        long gap = a.Exponent - b.Exponent;
        if (a.Binade - b.Binade > 2 * Precision + 8) return a;
        return new BigFloat((a.Mantissa << (int)gap) + b.Mantissa, b.Exponent);
    }

    /// <summary>Difference.</summary>
    public static BigFloat operator -(BigFloat a, BigFloat b) => a + (-b);

    /// <summary>Product.</summary>
    public static BigFloat operator *(BigFloat a, BigFloat b) => new(a.Mantissa * b.Mantissa, a.Exponent + b.Exponent);

    /// <summary>Quotient, truncated to Precision + 64 bits before rounding.</summary>
    public static BigFloat operator /(BigFloat a, BigFloat b)
    {
        if (b.IsZero) throw new DivideByZeroException("BigFloat division by zero.");
        if (a.IsZero) return Zero;
        int shift = Precision + 64 + (int)BigInteger.Abs(b.Mantissa).GetBitLength() - (int)BigInteger.Abs(a.Mantissa).GetBitLength();
        if (shift < 0) shift = 0;
        return new BigFloat((a.Mantissa << shift) / b.Mantissa, a.Exponent - b.Exponent - shift);
    }

    /// <summary>Multiplication by 2^n (exact).</summary>
    public BigFloat ScaleB(long n) => new(Mantissa, Exponent + n);

    /// <summary>Compares the values.</summary>
    public int CompareTo(BigFloat other) => (this - other).Sign;

    /// <summary>The nearest double (for estimates; overflow gives ±∞, underflow ±0).</summary>
    public double ToDouble()
    {
        if (IsZero) return 0;
        long bl = (long)BigInteger.Abs(Mantissa).GetBitLength();
        int shift = (int)Math.Max(0, bl - 60);
        double m = (double)(Mantissa >> shift);
        long e = Exponent + shift;
        return Math.ScaleB(m, (int)Math.Clamp(e, -5000, 5000));
    }

    /// <summary>
    /// Rounds to <paramref name="format"/> (to nearest, ties to even, with subnormals and overflow) by integer
    /// arithmetic alone. Returns false when a relative error of <paramref name="relativeError"/> in this value could
    /// move it across a rounding boundary.
    /// </summary>
    public bool TryRoundTo(NumberFormat format, double relativeError, out double rounded)
    {
        if (IsZero) { rounded = 0; return true; }
        bool negative = Sign < 0;
        BigInteger abs = BigInteger.Abs(Mantissa);
        long e = Binade;
        int p = format.Precision;
        if (e > format.MaxExponent)
        {
            rounded = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        long qexp = Math.Max(e, format.MinExponent) - p + 1;
        long shift = qexp - Exponent; // value / ulp = abs · 2^-shift
        BigInteger n;
        bool decided = true;
        if (shift <= 0) n = abs << (int)-shift;
        else if (shift > abs.GetBitLength() + 2) { n = BigInteger.Zero; }
        else
        {
            n = abs >> (int)shift;
            BigInteger rem = abs - (n << (int)shift);
            BigInteger half = BigInteger.One << (int)(shift - 1);
            BigInteger distance = BigInteger.Abs(rem - half);
            // value·relativeError in the same units as rem: abs·relativeError
            if (relativeError > 0)
            {
                BigInteger margin = abs >> (int)Math.Floor(-Math.Log2(relativeError) - 1); // ≥ value·relativeError
                if (distance <= margin) decided = false;
            }
            if (rem > half || (rem == half && !n.IsEven)) n += 1;
        }
        double magnitude = Math.ScaleB((double)n, (int)Math.Clamp(qexp, -3000, 3000));
        if (magnitude > format.MaxValue) magnitude = double.PositiveInfinity;
        rounded = negative ? -magnitude : (n.IsZero ? 0.0 : magnitude);
        if (negative && n.IsZero) rounded = -0.0;
        return decided;
    }

    /// <inheritdoc />
    public override string ToString() => $"{ToDouble():R} (2^{Binade})";
}
