namespace Sigmoid.Lab.Reference;

/// <summary>
/// Elementary functions on <see cref="BigFloat"/>: exp, expm1, log, log1p and ln 2, each accurate to well below
/// 2^-250 relative. Arguments of exp beyond ±2^40 are clamped to ±2^40: e^(±2^40) is already beyond every format by
/// a factor of 2^(10^12), so no rounding or ULP measurement can tell the difference.
/// </summary>
public static class BigMath
{
    private const int ReductionBits = 24;
    private static readonly Lazy<BigFloat> Ln2Lazy = new(() => Atanh(BigFloat.One / BigFloat.FromInteger(3)).ScaleB(1));
    private static readonly BigFloat Epsilon = new(System.Numerics.BigInteger.One, -(BigFloat.Precision + 16));

    /// <summary>ln 2 = 2·atanh(1/3), computed once.</summary>
    public static BigFloat Ln2 => Ln2Lazy.Value;

    /// <summary>atanh(t) = t + t³/3 + t⁵/5 + … for |t| ≤ ½.</summary>
    public static BigFloat Atanh(BigFloat t)
    {
        if (t.IsZero) return t;
        BigFloat t2 = t * t, power = t, sum = t;
        long limit = t.Binade - BigFloat.Precision - 16;
        for (long k = 3; ; k += 2)
        {
            power *= t2;
            BigFloat term = power / BigFloat.FromInteger(k);
            if (term.IsZero || term.Binade < limit) break;
            sum += term;
        }
        return sum;
    }

    /// <summary>e^x - 1, accurate relative to the result also for tiny x.</summary>
    public static BigFloat Expm1(BigFloat x)
    {
        if (x.IsZero) return x;
        if (x.Binade >= -1) return Exp(x) - BigFloat.One;
        return Expm1Series(x);
    }

    /// <summary>e^x (x clamped to ±2^40).</summary>
    public static BigFloat Exp(BigFloat x)
    {
        if (x.IsZero) return BigFloat.One;
        if (x.Binade >= 40) x = BigFloat.One.ScaleB(40) * BigFloat.FromInteger(x.Sign);
        long k = (long)Math.Round(x.ToDouble() / Math.Log(2.0));
        BigFloat r = x - BigFloat.FromInteger(k) * Ln2;
        BigFloat s = r.ScaleB(-ReductionBits);
        BigFloat em = Expm1Series(s);
        BigFloat two = BigFloat.FromInteger(2);
        for (int i = 0; i < ReductionBits; i++) em *= em + two; // (1+u)² - 1 = u(u+2)
        return (BigFloat.One + em).ScaleB(k);
    }

    /// <summary>Taylor series of e^x - 1 for |x| &lt; ½.</summary>
    private static BigFloat Expm1Series(BigFloat x)
    {
        BigFloat term = x, sum = x;
        long limit = x.Binade - BigFloat.Precision - 16;
        for (long n = 2; ; n++)
        {
            term = term * x / BigFloat.FromInteger(n);
            if (term.IsZero || term.Binade < limit) break;
            sum += term;
        }
        return sum;
    }

    /// <summary>Natural logarithm of x &gt; 0: n·ln 2 + 2·atanh((m-1)/(m+1)) with m = x/2^n in [0.7, 1.4].</summary>
    public static BigFloat Log(BigFloat x)
    {
        if (x.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(x), "log needs a positive argument.");
        long n = x.Binade;
        BigFloat m = x.ScaleB(-n); // [1, 2)
        if (m.ToDouble() > 1.4142135623730951) { m = m.ScaleB(-1); n++; }
        BigFloat t = (m - BigFloat.One) / (m + BigFloat.One);
        BigFloat atanh = Atanh(t).ScaleB(1);
        return n == 0 ? atanh : BigFloat.FromInteger(n) * Ln2 + atanh;
    }

    /// <summary>ln(1+u) for u &gt; -1, accurate relative to the result also for tiny u: 2·atanh(u/(2+u)).</summary>
    public static BigFloat Log1p(BigFloat u)
    {
        if (u.IsZero) return u;
        if (u.Binade >= -1) return Log(BigFloat.One + u);
        return Atanh(u / (BigFloat.FromInteger(2) + u)).ScaleB(1);
    }

    /// <summary>True when |x| is below 2^-(Precision+16) relative to one: negligible in a sum with 1.</summary>
    internal static bool Negligible(BigFloat x) => x.IsZero || x.Binade < Epsilon.Binade;
}
