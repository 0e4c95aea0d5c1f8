using ScottPlot;

namespace Sigmoid.Lab.Plotting;

/// <summary>
/// The one look of every figure the lab draws: palette, size, font. Every plot goes through <see cref="Apply"/>,
/// which fails loudly when no usable font is installed (text must really render).
/// </summary>
public static class LabStyle
{
    /// <summary>Default figure width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Default figure height in pixels.</summary>
    public const int Height = 500;

    /// <summary>The palette, in order of use: σ, σ′, third curve, fourth curve, reference/step, highlight.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), // blue
        Color.FromHex("#d62728"), // red
        Color.FromHex("#2ca02c"), // green
        Color.FromHex("#9467bd"), // purple
        Color.FromHex("#7f7f7f"), // grey (reference lines, the step)
        Color.FromHex("#ff7f0e"), // orange (highlights)
    ];

    /// <summary>The font family every text element uses.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Lazy<string> ResolvedFont = new(ResolveFont);

    /// <summary>Applies the lab's fonts and grid to <paramref name="plot"/>.</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed (e.g. install <c>fonts-dejavu-core</c>).</exception>
    public static Plot Apply(Plot plot)
    {
        plot.Font.Set(ResolvedFont.Value);
        return plot;
    }

    private static string ResolveFont()
    {
        var typeface = SkiaSharp.SKTypeface.FromFamilyName(FontName);
        if (typeface is null || !string.Equals(typeface.FamilyName, FontName, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"Font '{FontName}' is not installed, so plot text would not render. Install it (Debian: apt-get install fonts-dejavu-core).");
        return FontName;
    }
}
