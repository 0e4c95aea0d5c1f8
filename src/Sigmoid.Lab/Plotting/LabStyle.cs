using ScottPlot;

using Sigmoid.Lab.Localization;

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

    /// <summary>Layout width of the phone variant (<see cref="RenderPhonePng"/>), in logical pixels: fits a 390 px screen.</summary>
    public const int PhoneWidth = 400;

    /// <summary>Layout height of the phone variant, in logical pixels.</summary>
    public const int PhoneHeight = 330;

    /// <summary>Pixels per logical pixel of the phone variant (sharp on high-density screens).</summary>
    public const float PhoneScale = 2;

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

    /// <summary>Index into <see cref="Palette"/> of the grey used for reference lines and the unit step.</summary>
    public const int Reference = 4;

    /// <summary>Index into <see cref="Palette"/> of the orange used to highlight a point.</summary>
    public const int Highlight = 5;

    /// <summary>The font family every text element uses.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Title size in points: readable at 800×500.</summary>
    public const float TitleSize = 20;

    /// <summary>Axis label size in points.</summary>
    public const float LabelSize = 16;

    /// <summary>Tick label and legend size in points.</summary>
    public const float TickSize = 14;

    private static readonly Lazy<string> ResolvedFont = new(ResolveFont);

    /// <summary>Applies the lab's fonts, text sizes and grid to <paramref name="plot"/>.</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed (e.g. install <c>fonts-dejavu-core</c>).</exception>
    public static Plot Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Font.Set(ResolvedFont.Value);
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = LabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickSize;
        }
        plot.Legend.FontSize = TickSize;
        plot.Legend.FontName = ResolvedFont.Value;
        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        return plot;
    }

    /// <summary>A new plot in the lab's style with a title and axis labels (any language: DejaVu Sans covers Cyrillic).</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed.</exception>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title.Replace("`", "", StringComparison.Ordinal)); // `code` marks are for pages, not pictures
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return Apply(plot);
    }

    /// <summary>
    /// A new plot in the lab's style whose tick labels are written as <paramref name="numbers"/>' language writes
    /// numbers (0.25 / 0,25, minus sign −, no E-notation).
    /// </summary>
    /// <exception cref="InvalidOperationException">No usable font is installed.</exception>
    public static Plot NewPlot(NumberText numbers, string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var plot = NewPlot(title, xLabel, yLabel);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => numbers.Number(v, 6) };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => numbers.Number(v, 6) };
        return plot;
    }

    /// <summary>Adds a line (no markers) in palette colour <paramref name="paletteIndex"/> with a legend entry.</summary>
    public static ScottPlot.Plottables.Scatter AddLine(Plot plot, double[] xs, double[] ys, int paletteIndex, string legend,
        float width = 2.5f, bool dashed = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.ScatterLine(xs, ys, Palette[paletteIndex % Palette.Length]);
        line.LineWidth = width;
        line.LegendText = legend;
        if (dashed) line.LinePattern = LinePattern.Dashed;
        return line;
    }

    /// <summary>Adds a thin dashed grey horizontal reference line at <paramref name="y"/> (no legend entry).</summary>
    public static void AddHorizontalReference(Plot plot, double y)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.HorizontalLine(y, 1.2f, Palette[Reference], LinePattern.Dashed);
        line.LegendText = string.Empty;
    }

    /// <summary>Adds a thin dashed grey vertical reference line at <paramref name="x"/> (no legend entry).</summary>
    public static void AddVerticalReference(Plot plot, double x)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.VerticalLine(x, 1.2f, Palette[Reference], LinePattern.Dashed);
        line.LegendText = string.Empty;
    }

    /// <summary>The figure as file bytes of <paramref name="format"/> at <see cref="Width"/> × <see cref="Height"/>.</summary>
    public static byte[] Render(Plot plot, FigureFormat format)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return format == FigureFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height))
            : plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>
    /// The figure laid out for a phone: <see cref="PhoneWidth"/> × <see cref="PhoneHeight"/> logical pixels with the
    /// same text sizes (so text stays readable when the picture is shown about 350 px wide), drawn at
    /// <see cref="PhoneScale"/> pixels per logical pixel, as PNG bytes.
    /// </summary>
    public static byte[] RenderPhonePng(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        double before = plot.ScaleFactor;
        // At phone width a legend inside the data area covers the curves and its longer lines are cut off at the
        // frame: it goes below the plot instead, in smaller type.
        bool legend = plot.Legend.IsVisible;
        var orientation = plot.Legend.Orientation;
        float? legendFont = plot.Legend.FontSize;
        var labelFonts = plot.Axes.GetAxes().Select(a => (Axis: a, Size: a.Label.FontSize)).ToArray();
        ScottPlot.IPanel? below = null;
        try
        {
            plot.ScaleFactor = PhoneScale;
            foreach (var (axis, _) in labelFonts) axis.Label.FontSize = PhoneLabelSize; // axis titles fit the shorter sides
            if (legend)
            {
                plot.Legend.Orientation = Orientation.Vertical;
                plot.Legend.FontSize = PhoneLegendSize; // the longest entries fit the 400 px width
                below = plot.ShowLegend(Edge.Bottom);
            }
            return plot.GetImageBytes((int)(PhoneWidth * PhoneScale), (int)((PhoneHeight + (legend ? PhoneLegendLine * LegendRows(plot) : 0)) * PhoneScale), ImageFormat.Png);
        }
        finally
        {
            plot.ScaleFactor = before;
            if (below is not null) plot.Axes.Remove(below);
            plot.Legend.Orientation = orientation;
            plot.Legend.FontSize = legendFont;
            foreach (var (axis, size) in labelFonts) axis.Label.FontSize = size;
            plot.Legend.IsVisible = legend;
        }
    }

    // Height in logical pixels of one legend row below a phone figure, and the legend's text size in points.
    private const int PhoneLegendLine = 20;
    private const float PhoneLegendSize = 12;

    // Axis title size in points on a phone figure.
    private const float PhoneLabelSize = 14;

    // Characters of 12 pt text one row of the legend below a 400 px figure holds.
    private const int PhoneLegendRowChars = 45;

    // How many rows the legend below a phone figure takes: its entries (those with a text) sit in columns as wide as the
    // longest one (symbol included), as many columns as fit in a row.
    private static int LegendRows(Plot plot)
    {
        var texts = plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText)
            .Concat(plot.Legend.ManualItems.Select(i => i.LabelText)).Where(t => !string.IsNullOrEmpty(t)).ToArray();
        if (texts.Length == 0) return 0;
        int perRow = Math.Max(1, PhoneLegendRowChars / (texts.Max(t => t.Length) + 5));
        return (texts.Length + perRow - 1) / perRow;
    }

    /// <summary>Hides the title drawn inside the figure (a page shows it as the caption instead) and returns the plot.</summary>
    public static Plot WithoutTitle(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Title.IsVisible = false;
        return plot;
    }

    /// <summary>
    /// Writes the figure to <c><paramref name="directory"/>/<paramref name="name"/>.png|svg</c> (creating the
    /// directory, replacing only that one file, whole: temporary file, then rename) and returns the file name.
    /// </summary>
    public static string Save(Plot plot, string directory, string name, FigureFormat format)
    {
        Directory.CreateDirectory(directory);
        string file = $"{name}.{format.Extension()}";
        Experiments.Presentation.AtomicFile.WriteAllBytes(Path.Combine(directory, file), Render(plot, format));
        return file;
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
