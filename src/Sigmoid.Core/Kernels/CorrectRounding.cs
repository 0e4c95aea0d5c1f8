using System.Runtime.CompilerServices;
using Sigmoid.Lanes;

namespace Sigmoid.Kernels;

/// <summary>
/// Deciding float and Half rounding from a double result. A kernel's double result r has a relative error far below
/// the decision band; if the band around r holds no rounding boundary (a midpoint between adjacent floats/Halves),
/// rounding r gives the correctly rounded value of the exact result. The rare lanes whose band holds one are
/// recomputed in double-double and rounded from there. Float: <see cref="BracketUp"/>/<see cref="BracketDown"/>;
/// Half: <see cref="Margin"/>.
/// </summary>
internal static class CorrectRounding
{
    /// <summary>Half-width of the suspicious band around a Half midpoint, in double ulps (2^12 ≈ 2^-41 relative). The
    /// fast kernels' error bounds are below 2^-45 relative (≤ 2^8 ulps), so the band holds them with 16× to spare.
    /// A random result falls in the band with probability 2^-29.</summary>
    public const long Margin = 1L << 12;

    /// <summary>1 ± 2^-41: a float kernel's double result r, with relative error below 2^-45 (16× inside), brackets
    /// the exact value between r·<see cref="BracketUp"/> and r·<see cref="BracketDown"/> (each product adds at most
    /// 2^-53). If both ends round to the same float, so does the exact value: the rounding is decided. About one
    /// random result in 2^16 lands in a bracket that straddles a float midpoint and is recomputed in double-double.
    /// Unlike a test on the dropped mantissa bits, this needs no special case for subnormal floats.</summary>
    public const double BracketUp = 1 + 1.0 / (1L << 41), BracketDown = 1 - 1.0 / (1L << 41);

    /// <summary>Mask of lanes whose double result lies within <see cref="Margin"/> of a Half midpoint.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV NearHalfMidpoint<TV>(TV r) where TV : struct, IDoubleLanes<TV>
    {
        // As for float with 42 dropped bits; Half subnormals (|r| < 2^-14) have ulp 2^-24.
        TV a = TV.Abs(r);
        TV c = TV.Select(TV.LessThan(a, TV.Create(1.0 / 16384)), TV.MultiplyAddEstimate(a, TV.Create(16777216.0), TV.Create(1024.0)), a);
        TV t = TV.And(TV.AddBits(c, TV.CreateBits(Margin - (1L << 41))), TV.CreateBits((1L << 42) - 1));
        return TV.LessThanBits(t, TV.CreateBits(2 * Margin));
    }

    /// <summary>The float nearest to hi + lo (ties to even), for a normalised double-double.</summary>
    public static float ToFloat(DoubleDouble v)
    {
        float f = (float)v.Hi;
        if (v.Lo == 0 || (double)f == v.Hi) return f;
        float neighbour = v.Hi > f ? MathF.BitIncrement(f) : MathF.BitDecrement(f);
        double mid = ((double)f + neighbour) * 0.5; // exact
        if (v.Hi != mid) return f;                  // hi is off the midpoint: rounding hi alone decides
        return v.Lo > 0 ? Math.Max(f, neighbour) : Math.Min(f, neighbour);
    }

    /// <summary>The Half nearest to hi + lo (ties to even), for a normalised double-double.</summary>
    public static Half ToHalf(DoubleDouble v)
    {
        Half h = RoundToHalf(v.Hi);
        if (v.Lo == 0 || (double)h == v.Hi) return h;
        Half neighbour = v.Hi > (double)h ? Half.BitIncrement(h) : Half.BitDecrement(h);
        double mid = ((double)h + (double)neighbour) * 0.5;
        if (v.Hi != mid) return h;
        return v.Lo > 0 ? Half.Max(h, neighbour) : Half.Min(h, neighbour);
    }

    /// <summary>double → Half rounded once to nearest, ties to even. (.NET's <c>(Half)double</c> is not: for some
    /// doubles just off a Half midpoint it rounds twice and lands on the wrong side.)</summary>
    public static Half RoundToHalf(double d)
    {
        if (double.IsNaN(d)) return (Half)d;
        double a = Math.Abs(d);
        int bits;
        if (a >= 65520.0) bits = 0x7C00;                                       // ≥ 65504 + ½ulp: ties go to even = ∞
        else if (a < 1.0 / 16384)                                             // subnormal Half: ulp 2^-24
            bits = (int)Math.Round(a * 16777216.0, MidpointRounding.ToEven);  // exact product; 1024 encodes 2^-14
        else
        {
            int e = Math.ILogB(a);
            int q = (int)Math.Round(Math.ScaleB(a, 10 - e), MidpointRounding.ToEven);
            if (q == 2048) { q = 1024; e++; }
            bits = e + 15 >= 31 ? 0x7C00 : ((e + 15) << 10) | (q - 1024);
        }
        if (double.IsNegative(d)) bits |= 0x8000;                              // keeps -0
        return BitConverter.UInt16BitsToHalf((ushort)bits);
    }
}
