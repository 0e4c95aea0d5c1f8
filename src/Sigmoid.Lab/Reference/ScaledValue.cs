namespace Sigmoid.Lab.Reference;

/// <summary>What a reference value is: a finite number, an infinity or NaN.</summary>
public enum ValueKind
{
    /// <summary>A finite real number (possibly a signed zero).</summary>
    Finite,
    /// <summary>+∞ exactly (e.g. logit(1)).</summary>
    PositiveInfinity,
    /// <summary>-∞ exactly (e.g. logit(0)).</summary>
    NegativeInfinity,
    /// <summary>Not a number (e.g. logit(2), σ(NaN)).</summary>
    NaN,
}

/// <summary>
/// A high-precision reference value: (Hi + Lo)·2^<see cref="Scale"/>, where Hi + Lo is a <see cref="DoubleDouble"/> of
/// moderate size, so that values far outside the double range (σ(-800) ≈ 2^-1154) keep all their bits.
/// <see cref="Tail"/> records the sign of a remainder too small to represent at all (e.g. σ(800) = 1 - 2^-1154…
/// is stored as 1 with Tail = -1): it decides the binade of the value and exact-midpoint ties.
/// </summary>
public readonly struct ScaledValue
{
    /// <summary>Finite, ±∞ or NaN.</summary>
    public readonly ValueKind Kind;
    /// <summary>The significand part, a double-double.</summary>
    public readonly DoubleDouble Mantissa;
    /// <summary>The power of two the mantissa is multiplied by.</summary>
    public readonly int Scale;
    /// <summary>-1, 0 or +1: the sign of an infinitesimal remainder beyond the mantissa.</summary>
    public readonly int Tail;

    /// <summary>A finite value (Mantissa·2^scale + tail·0⁺).</summary>
    public ScaledValue(DoubleDouble mantissa, int scale = 0, int tail = 0)
    {
        Kind = ValueKind.Finite;
        Mantissa = mantissa;
        Scale = scale;
        Tail = Math.Sign(tail);
    }

    private ScaledValue(ValueKind kind)
    {
        Kind = kind;
        Mantissa = DoubleDouble.Zero;
        Scale = 0;
        Tail = 0;
    }

    /// <summary>NaN.</summary>
    public static ScaledValue NaN => new(ValueKind.NaN);
    /// <summary>+∞.</summary>
    public static ScaledValue PositiveInfinity => new(ValueKind.PositiveInfinity);
    /// <summary>-∞.</summary>
    public static ScaledValue NegativeInfinity => new(ValueKind.NegativeInfinity);

    /// <summary>An exact double (±∞ and NaN map to their kinds).</summary>
    public static ScaledValue Exact(double x) =>
        double.IsNaN(x) ? NaN
        : double.IsPositiveInfinity(x) ? PositiveInfinity
        : double.IsNegativeInfinity(x) ? NegativeInfinity
        : new ScaledValue(x);

    /// <summary>The negation (kinds swap, tail flips).</summary>
    public static ScaledValue operator -(ScaledValue v) => v.Kind switch
    {
        ValueKind.Finite => new ScaledValue(-v.Mantissa, v.Scale, -v.Tail),
        ValueKind.PositiveInfinity => NegativeInfinity,
        ValueKind.NegativeInfinity => PositiveInfinity,
        _ => v,
    };

    /// <summary>True when the value is NaN.</summary>
    public bool IsNaN => Kind == ValueKind.NaN;

    /// <summary>True when the value (or, for a zero mantissa, its tail or zero sign) is negative.</summary>
    public bool IsNegative => Kind switch
    {
        ValueKind.NegativeInfinity => true,
        ValueKind.Finite => Mantissa.Hi < 0 || (Mantissa.Hi == 0 && (Tail < 0 || (Tail == 0 && double.IsNegative(Mantissa.Hi)))),
        _ => false,
    };

    /// <summary>The value rounded to a double (not correctly in every case; for display and estimates).</summary>
    public double ToDouble() => Kind switch
    {
        ValueKind.NaN => double.NaN,
        ValueKind.PositiveInfinity => double.PositiveInfinity,
        ValueKind.NegativeInfinity => double.NegativeInfinity,
        _ => Math.ScaleB(Mantissa.Hi + Mantissa.Lo, Scale),
    };

    /// <inheritdoc />
    public override string ToString() => Kind == ValueKind.Finite
        ? $"({Mantissa})·2^{Scale}{(Tail > 0 ? " + 0⁺" : Tail < 0 ? " - 0⁺" : "")}"
        : Kind.ToString();
}
