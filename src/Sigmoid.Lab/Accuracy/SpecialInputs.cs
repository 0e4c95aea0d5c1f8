using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// The special inputs every sweep includes and every test checks: ±0, ±∞, NaN, ±ε (smallest subnormal), the largest
/// subnormal, the smallest normal, ±Max, ±1, ½ and the edges of the sigmoid's interesting regions.
/// </summary>
public static class SpecialInputs
{
    /// <summary>The special inputs of <paramref name="format"/>, as doubles holding values of that format.</summary>
    public static double[] For(NumberFormat format)
    {
        double epsilon = Math.ScaleB(1.0, format.MinQuantumExponent);
        double smallestNormal = Math.ScaleB(1.0, format.MinExponent);
        double largestSubnormal = smallestNormal - epsilon;
        double max = format.MaxValue;
        var values = new List<double>
        {
            0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
            epsilon, -epsilon, largestSubnormal, -largestSubnormal, smallestNormal, -smallestNormal, max, -max,
            1, -1, 0.5, -0.5, 0.25, 0.75, 2, -2, 16, -16, 36, -36, 88, -88, 100, -100, 710, -710, 745, -745, 800, -800,
        };
        return values.Select(v => Quantize(v, format)).Distinct().ToArray();
    }

    /// <summary>Rounds a double to <paramref name="format"/> (the value it would have as that type).</summary>
    public static double Quantize(double v, NumberFormat format) =>
        format == NumberFormat.Float ? (float)v : format == NumberFormat.Half ? (double)(Half)v : v;
}
