namespace Sigmoid.Lab.Reference;

/// <summary>
/// exp, expm1, log and log1p in <see cref="DoubleDouble"/> arithmetic, accurate to about 2^-100 relative.
/// </summary>
/// <remarks>
/// exp: x = k·ln 2 + r with ln 2 held as three pieces (two of 32 bits, so k·piece is exact), r scaled by 2^-10, a
/// Taylor series of e^s - 1 to the 10th power (truncation below 2^-110), then ten exact-form squarings
/// u ← u·(u+2) = (1+u)² - 1, which keep the result's relative accuracy also for tiny r. The result is returned as
/// m·2^k so that nothing underflows. log1p: two Newton steps on expm1 from a double start (Goldberg's log1p), so the
/// result is accurate relative to itself also for tiny arguments. log: x = m·2^e with m ∈ [√½, √2], then
/// e·ln 2 + log1p(m - 1). The pieces of ln 2 and the Taylor coefficients come from <see cref="BigMath"/>, not
/// from any table.
/// </remarks>
public static class DoubleDoubleMath
{
    private const int TaylorTerms = 10;
    private const int ReductionBits = 10;

    /// <summary>ln 2 to about 2^-106 as a double-double.</summary>
    public static readonly DoubleDouble Ln2;
    private static readonly double Ln2A, Ln2B, Ln2C; // ln 2 = A + B + C with A, B of 32 bits
    private static readonly DoubleDouble[] InverseFactorial = new DoubleDouble[TaylorTerms + 1];

    static DoubleDoubleMath()
    {
        var ln2 = BigMath.Ln2;
        var bits32 = new NumberFormat("b32", 32, -10000, 10000);
        var bits53 = new NumberFormat("b53", 53, -10000, 10000);
        ln2.TryRoundTo(bits32, 0, out Ln2A);
        var rest = ln2 - BigFloat.FromDouble(Ln2A);
        rest.TryRoundTo(bits32, 0, out Ln2B);
        rest -= BigFloat.FromDouble(Ln2B);
        rest.TryRoundTo(bits53, 0, out Ln2C);
        Ln2 = DoubleDouble.TwoSum(Ln2A, Ln2B) + Ln2C;
        double factorial = 1;
        for (int n = 0; n <= TaylorTerms; n++)
        {
            if (n > 0) factorial *= n; // exact up to 18!
            InverseFactorial[n] = DoubleDouble.One / factorial;
        }
    }

    /// <summary>e^x = M·2^K with M ∈ [0.7, 1.42]; |x| is clamped to 2^20 (beyond every format by far).</summary>
    public static (DoubleDouble M, int K) Exp(DoubleDouble x)
    {
        if (x.Hi > 1048576.0) x = 1048576.0;
        if (x.Hi < -1048576.0) x = -1048576.0;
        int k = (int)Math.Round(x.Hi / Ln2.Hi);
        DoubleDouble r = x;
        if (k != 0)
        {
            r -= k * Ln2A;                           // exact product: 21 + 32 bits
            r -= k * Ln2B;
            r -= DoubleDouble.TwoProd(k, Ln2C);
        }
        DoubleDouble em = Expm1Reduced(r);
        return (DoubleDouble.One + em, k);
    }

    /// <summary>e^x - 1 accurate relative to the result (|x| ≤ 700).</summary>
    public static DoubleDouble Expm1(DoubleDouble x)
    {
        if (x.Hi == 0) return x;
        if (Math.Abs(x.Hi) <= 0.5) return Expm1Reduced(x);
        var (m, k) = Exp(x);
        return m.ScaleB(k) - DoubleDouble.One;
    }

    /// <summary>e^r - 1 for |r| ≤ 1 by scaling, a Taylor series and exact-form squaring.</summary>
    private static DoubleDouble Expm1Reduced(DoubleDouble r)
    {
        if (r.Hi == 0) return r;
        DoubleDouble s = r.ScaleB(-ReductionBits);
        DoubleDouble p = InverseFactorial[TaylorTerms];
        for (int n = TaylorTerms - 1; n >= 1; n--) p = p * s + InverseFactorial[n];
        DoubleDouble u = p * s;
        DoubleDouble two = 2.0;
        for (int i = 0; i < ReductionBits; i++) u *= u + two;
        return u;
    }

    /// <summary>ln(1+u) for u &gt; -1, accurate relative to the result also for tiny u.</summary>
    public static DoubleDouble Log1p(DoubleDouble u)
    {
        if (u.Hi == 0) return u;
        if (u.Hi > 0.5 || u.Hi < -0.4) return Log(DoubleDouble.One + u);
        double w = 1.0 + u.Hi;
        DoubleDouble y = w == 1.0 ? u.Hi : Math.Log(w) * u.Hi / (w - 1.0);
        for (int i = 0; i < 2; i++)
        {
            DoubleDouble em = Expm1(y);
            y -= (em - u) / (DoubleDouble.One + em);
        }
        return y;
    }

    /// <summary>ln x for x &gt; 0 (any double-double, subnormal Hi included).</summary>
    public static DoubleDouble Log(DoubleDouble x)
    {
        int e = Math.ILogB(x.Hi);
        DoubleDouble m = new(Math.ScaleB(x.Hi, -e), Math.ScaleB(x.Lo, -e));
        if (m.Hi > 1.4142135623730951) { m = m.ScaleB(-1); e++; }
        if (m.Hi < 0.7071067811865476) { m = m.ScaleB(1); e--; }
        DoubleDouble f = Log1pSmall(m - DoubleDouble.One);
        if (e == 0) return f;
        DoubleDouble eLn2 = DoubleDouble.TwoSum(e * Ln2A, e * Ln2B) + DoubleDouble.TwoProd(e, Ln2C);
        return eLn2 + f;
    }

    private static DoubleDouble Log1pSmall(DoubleDouble u)
    {
        if (u.Hi == 0) return u;
        double w = 1.0 + u.Hi;
        DoubleDouble y = w == 1.0 ? u.Hi : Math.Log(w) * u.Hi / (w - 1.0);
        for (int i = 0; i < 2; i++)
        {
            DoubleDouble em = Expm1Reduced(y);
            y -= (em - u) / (DoubleDouble.One + em);
        }
        return y;
    }
}
