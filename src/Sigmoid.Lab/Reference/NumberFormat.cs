namespace Sigmoid.Lab.Reference;

/// <summary>
/// A binary IEEE 754 format described by its precision p (significand bits, hidden bit included) and its exponent
/// range [<see cref="MinExponent"/>, <see cref="MaxExponent"/>] of normal numbers. Values of every format here are
/// exactly representable as <see cref="double"/>, which is how rounded results are carried around.
/// </summary>
/// <param name="Name">Short name: <c>float</c>, <c>double</c> or <c>half</c>.</param>
/// <param name="Precision">p: 24 for float, 53 for double, 11 for Half.</param>
/// <param name="MinExponent">emin: the exponent of the smallest normal number (-126, -1022, -14).</param>
/// <param name="MaxExponent">emax: the exponent of the largest finite number (127, 1023, 15).</param>
public sealed record NumberFormat(string Name, int Precision, int MinExponent, int MaxExponent)
{
    /// <summary>IEEE binary32.</summary>
    public static readonly NumberFormat Float = new("float", 24, -126, 127);
    /// <summary>IEEE binary64.</summary>
    public static readonly NumberFormat Double = new("double", 53, -1022, 1023);
    /// <summary>IEEE binary16.</summary>
    public static readonly NumberFormat Half = new("half", 11, -14, 15);

    /// <summary>The three formats, by name.</summary>
    public static NumberFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "float" or "single" or "float32" => Float,
        "double" or "float64" => Double,
        "half" or "float16" => Half,
        _ => null,
    };

    /// <summary>The exponent of the smallest positive subnormal: emin - p + 1 (-149, -1074, -24).</summary>
    public int MinQuantumExponent => MinExponent - Precision + 1;

    /// <summary>The largest finite value, as a double.</summary>
    public double MaxValue => Math.ScaleB(2.0 - Math.ScaleB(1.0, 1 - Precision), MaxExponent);

    /// <summary>Bits of a value of this format given as a double (for printing the worst input in hex).</summary>
    public string Hex(double value) => Precision switch
    {
        24 => $"0x{BitConverter.SingleToUInt32Bits((float)value):X8}",
        11 => $"0x{BitConverter.HalfToUInt16Bits((Half)value):X4}",
        _ => $"0x{BitConverter.DoubleToUInt64Bits(value):X16}",
    };

    /// <summary>Shortest round-trip text of a value of this format.</summary>
    public string Text(double value) => Precision switch
    {
        24 => ((float)value).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        11 => ((Half)value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
    };
}
