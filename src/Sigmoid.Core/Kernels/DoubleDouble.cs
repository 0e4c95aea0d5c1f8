namespace Sigmoid.Kernels;

/// <summary>
/// An unevaluated sum hi + lo of two doubles (|lo| ≤ ½ ulp(hi)): about 106 significant bits. The slow, accurate
/// arithmetic behind the rare lanes whose fast result lies too close to a float/Half rounding boundary.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    public static implicit operator DoubleDouble(double value) => new(value, 0);

    /// <summary>Exact a + b as a double-double (Knuth's TwoSum).</summary>
    public static DoubleDouble TwoSum(double a, double b)
    {
        double s = a + b;
        double bb = s - a;
        return new(s, (a - (s - bb)) + (b - bb));
    }

    /// <summary>Exact a + b when |a| ≥ |b| or a = 0 (Dekker's FastTwoSum).</summary>
    public static DoubleDouble FastTwoSum(double a, double b)
    {
        double s = a + b;
        return new(s, b - (s - a));
    }

    /// <summary>Exact a·b as a double-double (FMA).</summary>
    public static DoubleDouble TwoProduct(double a, double b)
    {
        double p = a * b;
        return new(p, Math.FusedMultiplyAdd(a, b, -p));
    }

    public static DoubleDouble operator +(DoubleDouble x, DoubleDouble y)
    {
        DoubleDouble s = TwoSum(x.Hi, y.Hi);
        DoubleDouble t = TwoSum(x.Lo, y.Lo);
        double lo = s.Lo + t.Hi;
        DoubleDouble u = FastTwoSum(s.Hi, lo);
        return FastTwoSum(u.Hi, u.Lo + t.Lo);
    }

    public static DoubleDouble operator -(DoubleDouble x) => new(-x.Hi, -x.Lo);
    public static DoubleDouble operator -(DoubleDouble x, DoubleDouble y) => x + (-y);

    public static DoubleDouble operator *(DoubleDouble x, DoubleDouble y)
    {
        DoubleDouble p = TwoProduct(x.Hi, y.Hi);
        double lo = p.Lo + (x.Hi * y.Lo + x.Lo * y.Hi);
        return FastTwoSum(p.Hi, lo);
    }

    public static DoubleDouble operator /(DoubleDouble x, DoubleDouble y)
    {
        double q1 = x.Hi / y.Hi;
        DoubleDouble r = x - y * q1;
        double q2 = r.Hi / y.Hi;
        r -= y * q2;
        double q3 = r.Hi / y.Hi;
        DoubleDouble q = FastTwoSum(q1, q2);
        return q + q3;
    }

    /// <summary>x·2^n, exact while the parts stay normal.</summary>
    public static DoubleDouble ScaleB(DoubleDouble x, int n) => new(Math.ScaleB(x.Hi, n), Math.ScaleB(x.Lo, n));
}
