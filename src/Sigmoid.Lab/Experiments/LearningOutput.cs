using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScottPlot;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments;

/// <summary>Files, text and figures shared by the learning experiments (layer, vanishing, zigzag, logreg).</summary>
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

    /// <summary><paramref name="en"/> or <paramref name="ru"/> by language.</summary>
    public static string Text(Language language, string en, string ru) => language == Language.Russian ? ru : en;

    /// <summary>Invariant-culture formatting with a .NET format string.</summary>
    public static string F(double value, string format = "G4") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Creates the output directory (never deletes anything in it) and returns its full path.</summary>
    public static string Directory(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dir = Path.GetFullPath(context.OutputDirectory);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Writes <paramref name="value"/> as JSON to dir/name and returns name.</summary>
    public static string WriteJson(string dir, string name, object value)
    {
        File.WriteAllText(Path.Combine(dir, name), JsonSerializer.Serialize(value, value.GetType(), Json) + "\n");
        return name;
    }

    /// <summary>Writes a CSV (header then rows; values written invariantly, round-trip for doubles) and returns name.</summary>
    public static string WriteCsv(string dir, string name, IEnumerable<string> header, IEnumerable<IEnumerable<object>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", header));
        foreach (var row in rows)
            sb.AppendLine(string.Join(",", row.Select(v => v switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                float f => f.ToString("R", CultureInfo.InvariantCulture),
                IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
                _ => v?.ToString() ?? "",
            })));
        File.WriteAllText(Path.Combine(dir, name), sb.ToString());
        return name;
    }

    /// <summary>A new plot in the lab style with a title and axis labels.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel) => LabStyle.NewPlot(title, xLabel, yLabel);

    /// <summary>Makes the left axis read as a log scale for data already given as log10 values (ticks 10^k).</summary>
    public static void Log10Y(Plot plot)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => "1e" + y.ToString("0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Saves <paramref name="plot"/> as dir/name at the lab's size (800×500) and returns name.</summary>
    public static string Save(Plot plot, string dir, string name)
    {
        plot.SavePng(Path.Combine(dir, name), LabStyle.Width, LabStyle.Height);
        return name;
    }

    /// <summary>log10 of a positive value; zero or negative values map to <paramref name="floor"/>.</summary>
    public static double Log10(double value, double floor = -30) => value > 0 ? Math.Max(Math.Log10(value), floor) : floor;
}
