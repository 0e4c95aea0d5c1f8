using System.Globalization;

namespace Sigmoid.Lab.Experiments;

/// <summary>A CSV that cannot be used as a two-class data set; the message names the file, the line and the column.</summary>
public sealed class CsvDataException : FormatException
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public CsvDataException(string message) : base(message) { }
}

/// <summary>
/// Reads a two-class data set from CSV: a header row of column names, then one row per example, comma-separated.
/// Every column but the label is a numeric feature. Labels must be 0/1, or exactly two distinct numbers (the smaller
/// becomes 0, the larger 1, and a note says so). Blank lines are skipped; lines are numbered from 1 (the header).
/// </summary>
public static class LabeledCsv
{
    /// <summary>Parses <paramref name="path"/>; <paramref name="notes"/> receives remarks such as a label mapping.</summary>
    /// <exception cref="CsvDataException">Missing file, no header, unknown label column, a row with too few or too many
    /// fields, a missing or non-numeric (or non-finite) value, a third label value, one class only, no rows.</exception>
    public static LabeledDataset Read(string path, string labelColumn, out IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new CsvDataException($"{path}: file not found.");
        return Parse(File.ReadLines(path), labelColumn, Path.GetFileName(path), out notes);
    }

    /// <summary>Parses CSV lines; <paramref name="source"/> names them in messages.</summary>
    /// <exception cref="CsvDataException">See <see cref="Read"/>.</exception>
    public static LabeledDataset Parse(IEnumerable<string> lines, string labelColumn, string source, out IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (string.IsNullOrWhiteSpace(labelColumn)) throw new CsvDataException("No label column given (use --label COLUMN).");
        string[]? header = null;
        int labelIndex = -1;
        var features = new List<double>();
        var rawLabels = new List<double>();
        var firstLineOf = new Dictionary<double, int>();
        int lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (header is null)
            {
                header = fields;
                labelIndex = Array.FindIndex(header, h => string.Equals(h, labelColumn.Trim(), StringComparison.Ordinal));
                if (labelIndex < 0)
                    throw new CsvDataException($"{source}: line {lineNumber}: the header has no column '{labelColumn}'; its columns are: {string.Join(", ", header)}.");
                if (header.Length < 2)
                    throw new CsvDataException($"{source}: line {lineNumber}: the header has only the label column; at least one feature column is needed.");
                var empty = Array.FindIndex(header, string.IsNullOrEmpty);
                if (empty >= 0) throw new CsvDataException($"{source}: line {lineNumber}: column {empty + 1} of the header has no name.");
                continue;
            }
            if (fields.Length != header.Length)
                throw new CsvDataException($"{source}: line {lineNumber}: expected {header.Length} fields as in the header, found {fields.Length}.");
            for (int j = 0; j < fields.Length; j++)
            {
                if (fields[j].Length == 0)
                    throw new CsvDataException($"{source}: line {lineNumber}, column '{header[j]}': missing value.");
                if (!double.TryParse(fields[j], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                    throw new CsvDataException($"{source}: line {lineNumber}, column '{header[j]}': '{fields[j]}' is not a number.");
                if (!double.IsFinite(v))
                    throw new CsvDataException($"{source}: line {lineNumber}, column '{header[j]}': '{fields[j]}' is not a finite number.");
                if (j == labelIndex)
                {
                    if (!firstLineOf.ContainsKey(v))
                    {
                        if (firstLineOf.Count == 2)
                            throw new CsvDataException($"{source}: line {lineNumber}, column '{header[j]}': a third label value {fields[j]} " +
                                $"(after {string.Join(" and ", firstLineOf.Keys.Order().Select(k => k.ToString(CultureInfo.InvariantCulture)))}); the label must have exactly two classes, e.g. 0 and 1.");
                        firstLineOf[v] = lineNumber;
                    }
                    rawLabels.Add(v);
                }
                else features.Add(v);
            }
        }
        if (header is null) throw new CsvDataException($"{source}: the file is empty; it needs a header row and data rows.");
        if (rawLabels.Count == 0) throw new CsvDataException($"{source}: there are no data rows after the header.");
        if (firstLineOf.Count == 1)
            throw new CsvDataException($"{source}: column '{header[labelIndex]}' has only one class ({firstLineOf.Keys.Single().ToString(CultureInfo.InvariantCulture)}) " +
                $"in all {rawLabels.Count} rows; logistic regression needs examples of both classes.");
        var classes = firstLineOf.Keys.Order().ToArray();
        var result = new List<string>();
        if (!(classes[0] == 0 && classes[1] == 1))
            result.Add($"label values {classes[0].ToString(CultureInfo.InvariantCulture)} and {classes[1].ToString(CultureInfo.InvariantCulture)} " +
                "are read as classes 0 and 1.");
        notes = result;
        var labels = rawLabels.Select(v => v == classes[1] ? 1.0 : 0.0).ToArray();
        var names = header.Where((_, j) => j != labelIndex).ToArray();
        return new LabeledDataset(source, names, features.ToArray(), labels);
    }
}
