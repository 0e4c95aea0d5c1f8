namespace Sigmoid.Web.Explorer;

/// <summary>
/// Where σ saturates in a floating-point type: <see cref="OneFrom"/> is the smallest t with σ(t) rounding to exactly
/// 1, <see cref="ZeroBelow"/> the largest t with σ(t) rounding to exactly 0. Found by bisection over the ordered bit
/// patterns of the type, using <see cref="Logistic.Sigmoid(float)"/> / <see cref="Logistic.Sigmoid(double)"/> themselves,
/// so the thresholds are those of the library as built (σ is monotone, so the bisection finds the one crossing).
/// </summary>
/// <param name="OneFrom">Smallest t &gt; 0 with σ(t) == 1 in the type.</param>
/// <param name="ZeroBelow">Largest t &lt; 0 with σ(t) == 0 in the type.</param>
internal sealed record Saturation(double OneFrom, double ZeroBelow)
{
    /// <summary>Thresholds of <see cref="float"/>.</summary>
    public static Saturation Float => FloatLazy.Value;

    /// <summary>Thresholds of <see cref="double"/>.</summary>
    public static Saturation Double => DoubleLazy.Value;

    private static readonly Lazy<Saturation> FloatLazy = new(() => new Saturation(
        FirstFloat(t => Logistic.Sigmoid(t) == 1f),
        -FirstFloat(t => Logistic.Sigmoid(-t) == 0f)));

    private static readonly Lazy<Saturation> DoubleLazy = new(() => new Saturation(
        FirstDouble(t => Logistic.Sigmoid(t) == 1.0),
        -FirstDouble(t => Logistic.Sigmoid(-t) == 0.0)));

    // Smallest positive finite float where a predicate that is false at 0 and true at MaxValue turns true.
    private static float FirstFloat(Func<float, bool> holds)
    {
        int lo = 0, hi = BitConverter.SingleToInt32Bits(float.MaxValue); // holds(lo) false, holds(hi) true
        while (hi - lo > 1)
        {
            int mid = lo + (hi - lo) / 2;
            if (holds(BitConverter.Int32BitsToSingle(mid))) hi = mid; else lo = mid;
        }
        return BitConverter.Int32BitsToSingle(hi);
    }

    private static double FirstDouble(Func<double, bool> holds)
    {
        long lo = 0, hi = BitConverter.DoubleToInt64Bits(double.MaxValue);
        while (hi - lo > 1)
        {
            long mid = lo + (hi - lo) / 2;
            if (holds(BitConverter.Int64BitsToDouble(mid))) hi = mid; else lo = mid;
        }
        return BitConverter.Int64BitsToDouble(hi);
    }
}
