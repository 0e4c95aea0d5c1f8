using System.Globalization;
using System.Text;

namespace Sigmoid.Lab.Experiments;

/// <summary>Raw data of a run, written as CSV: a header, then rows of numbers and names (invariant culture,
/// doubles round-trip, empty cell for a missing value).</summary>
/// <param name="FileName">File name, e.g. <c>zigzag-paths.csv</c>.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Rows, each as long as <paramref name="Header"/>.</param>
public sealed record DataTable(string FileName, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A table from any sequence of rows.</summary>
    public static DataTable Of(string fileName, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows) =>
        new(fileName, header, rows.Select(r => (IReadOnlyList<object?>)r.ToArray()).ToArray());

    /// <summary>The CSV text (LF line ends).</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", Header)).Append('\n');
        foreach (var row in Rows)
            sb.Append(string.Join(",", row.Select(v => v switch
            {
                null => "",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                float f => f.ToString("R", CultureInfo.InvariantCulture),
                IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString() ?? "",
            }))).Append('\n');
        return sb.ToString();
    }
}
