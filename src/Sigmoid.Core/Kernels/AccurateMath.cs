namespace Sigmoid.Kernels;

/// <summary>
/// exp and log in double-double (relative error about 2^-100): the reference the fast kernels fall back to for the
/// few float/Half lanes whose double result cannot decide the rounding. Slow (≈ 0.3 µs), and rarely called.
/// </summary>
internal static class AccurateMath
{
    /// <summary>ln 2 to 106 bits, computed once as 2·atanh(1/3) = 2·Σ 3^-(2k+1)/(2k+1).</summary>
    public static readonly DoubleDouble Ln2 = ComputeLn2();

    private static DoubleDouble ComputeLn2()
    {
        DoubleDouble s = (DoubleDouble)1.0 / 3.0;
        DoubleDouble s2 = s * s, power = s, sum = s;
        for (int k = 1; k < 40; k++)
        {
            power *= s2;
            sum += power / (2 * k + 1);
        }
        return sum * 2.0;
    }

    /// <summary>e^t for t ≤ 0 (0 below -746), as a double-double.</summary>
    public static DoubleDouble ExpNonPositive(double t)
    {
        if (t < -746) return 0.0;
        double k = Math.Round(t / Ln2.Hi);
        DoubleDouble r = (DoubleDouble)t - Ln2 * k; // |r| ≤ 0.35, error ≈ 2^-106·|t|
        DoubleDouble term = 1.0, sum = 1.0;
        for (int n = 1; n < 40; n++)
        {
            term = term * r / n;
            sum += term;
            if (Math.Abs(term.Hi) < 1e-34) break;
        }
        return DoubleDouble.ScaleB(sum, (int)k);
    }

    /// <summary>ln(1+f) for |f| ≤ 0.42 as 2·atanh(f/(2+f)), relative error about 2^-100.</summary>
    private static DoubleDouble Log1pSeries(DoubleDouble f)
    {
        DoubleDouble s = f / (f + 2.0);
        DoubleDouble s2 = s * s, power = s, sum = s;
        for (int k = 1; k < 60; k++)
        {
            power *= s2;
            DoubleDouble term = power / (2 * k + 1);
            sum += term;
            if (Math.Abs(term.Hi) <= Math.Abs(sum.Hi) * 1e-34) break;
        }
        return sum * 2.0;
    }

    /// <summary>ln w for finite w &gt; 0.</summary>
    public static DoubleDouble Log(DoubleDouble w)
    {
        int j = Math.ILogB(w.Hi);
        DoubleDouble m = DoubleDouble.ScaleB(w, -j);
        if (m.Hi > Math.Sqrt(2)) { j++; m = DoubleDouble.ScaleB(m, -1); }
        DoubleDouble f = DoubleDouble.TwoSum(m.Hi - 1.0, m.Lo); // m.Hi - 1 is exact (Sterbenz)
        return Ln2 * j + Log1pSeries(f);
    }

    /// <summary>ln(1+a) for a &gt; -1, keeping relative accuracy for tiny a.</summary>
    public static DoubleDouble Log1p(DoubleDouble a)
        => Math.Abs(a.Hi) < 0.25 ? Log1pSeries(a) : Log((DoubleDouble)1.0 + a);
}
