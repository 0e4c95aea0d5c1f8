using Sigmoid.Lab.Sheet;

namespace Sigmoid.Web.Explorer;

/// <summary>
/// Where σ saturates in a floating-point type: <see cref="OneFrom"/> is the smallest t with σ(t) rounding to exactly
/// 1, <see cref="ZeroBelow"/> the largest t with σ(t) rounding to exactly 0. Taken from the lab's own search
/// (<see cref="SheetProperties.Thresholds"/>: bisection over the ordered bit patterns of the type on the library
/// itself), so the page and <c>sigmoid props</c> report the same thresholds.
/// </summary>
/// <param name="OneFrom">Smallest t &gt; 0 with σ(t) == 1 in the type.</param>
/// <param name="ZeroBelow">Largest t &lt; 0 with σ(t) == 0 in the type.</param>
internal sealed record Saturation(double OneFrom, double ZeroBelow)
{
    /// <summary>Thresholds of <see cref="float"/>.</summary>
    public static Saturation Float => FloatLazy.Value;

    /// <summary>Thresholds of <see cref="double"/>.</summary>
    public static Saturation Double => DoubleLazy.Value;

    private static readonly Lazy<Saturation> FloatLazy = new(() => Of(NumberFormat.Float));
    private static readonly Lazy<Saturation> DoubleLazy = new(() => Of(NumberFormat.Double));

    private static Saturation Of(NumberFormat format)
    {
        FormatThresholds thresholds = SheetProperties.Thresholds(format);
        return new Saturation(thresholds.RoundsToOne.T, thresholds.RoundsToZero.T);
    }
}
