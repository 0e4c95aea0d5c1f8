using System.Runtime.CompilerServices;

namespace Sigmoid.Lab.Reference;

/// <summary>
/// An unevaluated sum <c>Hi + Lo</c> of two doubles with |Lo| ≤ ½ ulp(Hi): about 106 significant bits.
/// The building blocks are the error-free transformations TwoSum (Knuth) and TwoProd (one fused multiply-add);
/// every operation below is accurate to a few units of 2^-106 relative, far below the 2^-53 of a double.
/// </summary>
/// <remarks>Exponent range is that of <see cref="double"/>: callers keep huge and tiny factors as separate powers of
/// two (see <see cref="ScaledValue"/>), so the low part never underflows where it matters.</remarks>
public readonly struct DoubleDouble
{
    /// <summary>The leading double (the value rounded to 53 bits).</summary>
    public readonly double Hi;
    /// <summary>The trailing correction, |Lo| ≤ ½ ulp(Hi).</summary>
    public readonly double Lo;

    /// <summary>Makes Hi + Lo; the caller guarantees |Lo| ≤ ½ ulp(Hi) (use <see cref="Normalize"/> otherwise).</summary>
    public DoubleDouble(double hi, double lo) { Hi = hi; Lo = lo; }

    /// <summary>Exact conversion of a double.</summary>
    public static implicit operator DoubleDouble(double x) => new(x, 0.0);

    /// <summary>0.</summary>
    public static DoubleDouble Zero => new(0.0, 0.0);
    /// <summary>1.</summary>
    public static DoubleDouble One => new(1.0, 0.0);

    /// <summary>Error-free sum: s + e = a + b exactly, s = fl(a+b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble TwoSum(double a, double b)
    {
        double s = a + b;
        double bb = s - a;
        double e = (a - (s - bb)) + (b - bb);
        return new DoubleDouble(s, e);
    }

    /// <summary>Error-free sum when |a| ≥ |b| (or a = 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble FastTwoSum(double a, double b)
    {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    /// <summary>Error-free product by one FMA: p + e = a·b exactly (barring underflow of e).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble TwoProd(double a, double b)
    {
        double p = a * b;
        return new DoubleDouble(p, Math.FusedMultiplyAdd(a, b, -p));
    }

    /// <summary>Renormalises an arbitrary pair.</summary>
    public static DoubleDouble Normalize(double hi, double lo) => TwoSum(hi, lo);

    /// <summary>Accurate double-double addition (relative error ≤ 3·2^-106).</summary>
    public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
    {
        DoubleDouble s = TwoSum(a.Hi, b.Hi);
        DoubleDouble t = TwoSum(a.Lo, b.Lo);
        double lo = s.Lo + t.Hi;
        DoubleDouble v = FastTwoSum(s.Hi, lo);
        lo = v.Lo + t.Lo;
        return FastTwoSum(v.Hi, lo);
    }

    /// <summary>Negation (exact).</summary>
    public static DoubleDouble operator -(DoubleDouble a) => new(-a.Hi, -a.Lo);

    /// <summary>Subtraction as addition of the negation.</summary>
    public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + (-b);

    /// <summary>Double-double product (relative error ≤ about 5·2^-106).</summary>
    public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
    {
        DoubleDouble p = TwoProd(a.Hi, b.Hi);
        double lo = p.Lo + (a.Hi * b.Lo + a.Lo * b.Hi);
        return FastTwoSum(p.Hi, lo);
    }

    /// <summary>Double-double quotient by long division with two correction steps.</summary>
    public static DoubleDouble operator /(DoubleDouble a, DoubleDouble b)
    {
        double q1 = a.Hi / b.Hi;
        DoubleDouble r = a - b * q1;
        double q2 = r.Hi / b.Hi;
        r -= b * q2;
        double q3 = r.Hi / b.Hi;
        DoubleDouble q = FastTwoSum(q1, q2);
        return q + q3;
    }

    /// <summary>Multiplication by 2^n (exact unless the parts leave the double range).</summary>
    public DoubleDouble ScaleB(int n) => new(Math.ScaleB(Hi, n), Math.ScaleB(Lo, n));

    /// <summary>True when the value is below zero.</summary>
    public bool IsNegative => Hi < 0 || (Hi == 0 && Lo < 0);

    /// <summary>The value rounded to a double (Hi + Lo).</summary>
    public double ToDouble() => Hi + Lo;

    /// <inheritdoc />
    public override string ToString() => $"{Hi:R} + {Lo:R}";
}
