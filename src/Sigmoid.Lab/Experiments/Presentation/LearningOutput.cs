using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>JSON settings and plot helpers shared by the learning experiments (layer, vanishing, zigzag, logreg).</summary>
public static class LearningOutput
{
    /// <summary>How every learning experiment serialises JSON: camelCase, indented, NaN/∞ as strings rather than a crash.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A new plot in the lab style whose tick labels are written as <paramref name="text"/>'s language writes numbers.</summary>
    public static Plot NewPlot(TextCatalog text, string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LabStyle.NewPlot(text.Numbers, title, xLabel, yLabel);
    }

    /// <summary>Makes the left axis read as a log scale for data already given as log10 values (ticks 10ᵏ).</summary>
    public static void Log10Y(Plot plot, NumberText numbers)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(numbers);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => "10" + NumberText.Superscript((int)Math.Round(y)),
        };
    }

    /// <summary>log10 of a positive value; zero or negative values map to <paramref name="floor"/>.</summary>
    public static double Log10(double value, double floor = -30) => value > 0 ? Math.Max(Math.Log10(value), floor) : floor;
}
