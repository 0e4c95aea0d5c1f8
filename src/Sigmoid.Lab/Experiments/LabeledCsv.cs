using System.Globalization;
using nietras.SeparatedValues;
using Sigmoid.Lab.Input;

namespace Sigmoid.Lab.Experiments;

/// <summary>A CSV that cannot be used as a two-class data set; the message names the file, the line and the column.</summary>
public sealed class CsvDataException : FormatException
{
    /// <summary>Creates the exception with a complete, user-facing message.</summary>
    public CsvDataException(string message) : base(message) { }
}

/// <summary>
/// Reads a two-class data set from CSV (RFC 4180, parsed by the Sep library): a header row of column names, then one
/// row per example. Fields may be quoted (<c>"height, cm"</c>, with <c>""</c> for a quote inside); whitespace around
/// fields is ignored. The delimiter is a comma, a semicolon or a tab: given, or detected from the header (the one
/// that occurs most often outside quotes; a comma on a tie or when none occurs). Every column but the label is a
/// numeric feature, in the invariant culture (decimal point). Labels must be 0/1, or exactly two distinct numbers (the
/// smaller becomes 0, the larger 1, and a note says so). Blank lines are skipped; lines are numbered from 1 (the
/// header), counting every physical line, so that a message points at the line an editor shows.
/// </summary>
public static class LabeledCsv
{
    /// <summary>The delimiters that can be detected or given.</summary>
    public static IReadOnlyList<char> Delimiters { get; } = [',', ';', '\t'];

    /// <summary>Parses <paramref name="path"/>; <paramref name="notes"/> receives remarks such as a label mapping.</summary>
    /// <param name="path">The file.</param>
    /// <param name="labelColumn">The label column's name.</param>
    /// <param name="notes">Remarks for the user (label mapping, detected delimiter).</param>
    /// <param name="delimiter">One of <see cref="Delimiters"/>, or null to detect it from the header.</param>
    /// <exception cref="CsvDataException">Missing file, no header, an unnamed or twice-named column, unknown label
    /// column, a row with too few or too many fields, a missing or non-numeric (or non-finite) value, a third label
    /// value, one class only, no rows.</exception>
    public static LabeledDataset Read(string path, string labelColumn, out IReadOnlyList<string> notes, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new CsvDataException($"{path}: file not found.");
        string source = Path.GetFileName(path);
        char separator = delimiter ?? Detect(File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "");
        using var reader = Open(separator).FromFile(path);
        var data = Parse(reader, labelColumn, source, out notes);
        notes = WithDelimiterNote(notes, delimiter, separator);
        return data;
    }

    /// <summary>Parses CSV lines; <paramref name="source"/> names them in messages.</summary>
    /// <exception cref="CsvDataException">See <see cref="Read"/>.</exception>
    public static LabeledDataset Parse(IEnumerable<string> lines, string labelColumn, string source, out IReadOnlyList<string> notes, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines as IReadOnlyList<string> ?? lines.ToList();
        char separator = delimiter ?? Detect(list.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "");
        using var reader = Open(separator).FromText(string.Join("\n", list));
        var data = Parse(reader, labelColumn, source, out notes);
        notes = WithDelimiterNote(notes, delimiter, separator);
        return data;
    }

    /// <summary>The delimiter of a header line: of <see cref="Delimiters"/>, the most frequent outside double quotes; a comma on a tie or when none occurs.</summary>
    public static char Detect(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var counts = new int[Delimiters.Count];
        bool quoted = false;
        foreach (char c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted)
                for (int k = 0; k < counts.Length; k++)
                    if (c == Delimiters[k]) counts[k]++;
        }
        int best = 0;
        for (int k = 1; k < counts.Length; k++)
            if (counts[k] > counts[best]) best = k;
        return Delimiters[best];
    }

    /// <summary>A name for <paramref name="delimiter"/> in messages: <c>comma</c>, <c>semicolon</c> or <c>tab</c>.</summary>
    public static string Name(char delimiter) => delimiter switch { ',' => "comma", ';' => "semicolon", '\t' => "tab", _ => $"'{delimiter}'" };

    /// <summary>A detected delimiter other than the comma is worth a note: a wrong guess then shows at once.</summary>
    private static IReadOnlyList<string> WithDelimiterNote(IReadOnlyList<string> notes, char? given, char used) =>
        given is null && used != ',' ? [$"fields are separated by a {Name(used)} (detected from the header; --delimiter sets it).", .. notes] : notes;

    private static SepReaderOptions Open(char separator)
    {
        if (!Delimiters.Contains(separator))
            throw new CsvDataException($"The delimiter must be a comma, a semicolon or a tab, not '{UserText.Escape(separator.ToString())}'.");
        return Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,               // the first non-blank row is the header; blank lines before it are skipped
            Unescape = true,                 // "a ""b""" → a "b"
            Trim = SepTrim.All,              // spaces around and inside the quotes
            DisableColCountCheck = true,     // checked here, with the line number and both counts
            CultureInfo = CultureInfo.InvariantCulture,
        });
    }

    private static LabeledDataset Parse(SepReader reader, string labelColumn, string source, out IReadOnlyList<string> notes)
    {
        if (string.IsNullOrWhiteSpace(labelColumn)) throw new CsvDataException("No label column given (use --label COLUMN).");
        string[]? header = null;
        int labelIndex = -1;
        var features = new List<double>();
        var rawLabels = new List<double>();
        var firstLineOf = new Dictionary<double, int>();
        string Field(string text) => UserText.Escape(text, 80);
        try
        {
            int nextLine = 1; // a row starts where the previous one ended (Sep's own start number is off for the first row)
            foreach (var row in reader)
            {
                int lineNumber = nextLine;
                nextLine = row.LineNumberToExcl;
                int count = row.ColCount;
                if (count == 1 && row[0].Span.IsWhiteSpace()) continue; // blank line
                if (header is null)
                {
                    header = new string[count];
                    for (int j = 0; j < count; j++) header[j] = row[j].ToString();
                    CheckHeader(header, labelColumn, source, lineNumber, out labelIndex);
                    continue;
                }
                if (count != header.Length)
                    throw new CsvDataException($"{source}: line {lineNumber}: expected {header.Length} fields as in the header, found {count}.");
                for (int j = 0; j < count; j++)
                {
                    var text = row[j].Span;
                    if (text.IsEmpty)
                        throw new CsvDataException($"{source}: line {lineNumber}, column '{Field(header[j])}': missing value.");
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                        throw new CsvDataException($"{source}: line {lineNumber}, column '{Field(header[j])}': '{Field(text.ToString())}' is not a number.");
                    if (!double.IsFinite(v))
                        throw new CsvDataException($"{source}: line {lineNumber}, column '{Field(header[j])}': '{Field(text.ToString())}' is not a finite number.");
                    if (j == labelIndex)
                    {
                        if (!firstLineOf.ContainsKey(v))
                        {
                            if (firstLineOf.Count == 2)
                                throw new CsvDataException($"{source}: line {lineNumber}, column '{Field(header[j])}': a third label value {Field(text.ToString())} " +
                                    $"(after {string.Join(" and ", firstLineOf.Keys.Order().Select(k => k.ToString(CultureInfo.InvariantCulture)))}); the label must have exactly two classes, e.g. 0 and 1.");
                            firstLineOf[v] = lineNumber;
                        }
                        rawLabels.Add(v);
                    }
                    else features.Add(v);
                }
            }
        }
        catch (InvalidDataException e) // Sep: e.g. a quote that never closes
        {
            throw new CsvDataException($"{source}: {e.Message}");
        }
        if (header is null) throw new CsvDataException($"{source}: the file is empty; it needs a header row and data rows.");
        if (rawLabels.Count == 0) throw new CsvDataException($"{source}: there are no data rows after the header.");
        if (firstLineOf.Count == 1)
            throw new CsvDataException($"{source}: column '{Field(header[labelIndex])}' has only one class ({firstLineOf.Keys.Single().ToString(CultureInfo.InvariantCulture)}) " +
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

    private static void CheckHeader(string[] header, string labelColumn, string source, int lineNumber, out int labelIndex)
    {
        string Field(string text) => UserText.Escape(text, 80);
        labelIndex = Array.FindIndex(header, h => string.Equals(h, labelColumn.Trim(), StringComparison.Ordinal));
        if (labelIndex < 0)
            throw new CsvDataException($"{source}: line {lineNumber}: the header has no column '{Field(labelColumn)}'; its columns are: {string.Join(", ", header.Select(Field))}.");
        if (header.Length < 2)
            throw new CsvDataException($"{source}: line {lineNumber}: the header has only the label column; at least one feature column is needed.");
        var empty = Array.FindIndex(header, string.IsNullOrEmpty);
        if (empty >= 0) throw new CsvDataException($"{source}: line {lineNumber}: column {empty + 1} of the header has no name.");
        var twice = header.Select((name, j) => (name, column: j + 1)).GroupBy(c => c.name, StringComparer.Ordinal).Where(g => g.Count() > 1).ToArray();
        if (twice.Length > 0)
            throw new CsvDataException($"{source}: line {lineNumber}: " + string.Join("; ", twice.Select(g =>
                $"column '{Field(g.Key)}' appears {g.Count()} times (columns {string.Join(", ", g.Select(c => c.column))})")) +
                ". Every column needs its own name, or one coefficient would hide another.");
    }
}
