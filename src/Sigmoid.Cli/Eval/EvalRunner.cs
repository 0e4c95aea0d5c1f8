using System.Numerics;

namespace Sigmoid.Cli.Eval;

/// <summary>What <see cref="EvalRunner"/> should do with its input.</summary>
/// <param name="Function">The function to apply.</param>
/// <param name="SkipInvalid">Skip malformed lines (and count them) instead of stopping at the first.</param>
/// <param name="Distribution">For the <c>logistic-*</c> functions: the distribution (location and scale) to evaluate.</param>
internal readonly record struct EvalOptions(FamilyFunction Function, bool SkipInvalid, LogisticDistribution? Distribution = null);

/// <summary>
/// The streaming core of <c>sigmoid eval</c>: reads one number (or two, for two-input functions) a line, runs the
/// numbers through the library's span overload in batches of <see cref="BatchSize"/>, and writes one result a line.
/// </summary>
/// <remarks>
/// <para>Memory is constant in the length of the input: one batch of numbers and results is kept, nothing else.</para>
/// <para>Blank (empty or all-whitespace) lines are skipped and give no output line, so output line k belongs to the
/// k-th non-blank input line; line numbers in messages count every physical line, blank ones included.</para>
/// <para>Two-input lines hold two numbers separated by whitespace, by a comma, or by a comma with whitespace around
/// it (<c>1.5 0</c>, <c>1.5,0</c>, <c>1.5, 0</c>); anything else (one number, three, an empty field) is malformed.</para>
/// <para>A malformed line stops the run with <c>line N: cannot parse "…"</c> on the error writer and exit code 2,
/// after the results of every earlier line have been written and flushed. With <see cref="EvalOptions.SkipInvalid"/>
/// such lines are skipped instead and, if there were any, <c>skipped K invalid line(s)</c> is reported on the error
/// writer at the end (exit code 0).</para>
/// </remarks>
internal static class EvalRunner
{
    /// <summary>Lines per batch handed to the span API.</summary>
    public const int BatchSize = 4096;

    /// <summary>Longest excerpt of a malformed line quoted in the error message.</summary>
    private const int MaxQuoted = 80;

    /// <summary>Runs the filter for element type <typeparamref name="T"/>; returns the exit code (0, or 2 for a malformed line).</summary>
    public static int Run<T>(EvalOptions options, TextReader input, TextWriter output, TextWriter error)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int arity = FamilyFunctions.Arity(options.Function);
        UnarySpanFunction<T>? unary = arity != 1 ? null
            : FamilyFunctions.IsDistribution(options.Function)
                ? (UnarySpanFunction<T>)(Delegate)DistributionSpans.For(options.Function, options.Distribution ?? new LogisticDistribution())
                : LibrarySpans<T>.Unary(options.Function);
        BinarySpanFunction<T>? binary = arity == 2 ? LibrarySpans<T>.Binary(options.Function) : null;

        var first = new T[BatchSize];
        var second = arity == 2 ? new T[BatchSize] : [];
        var results = new T[BatchSize];
        var text = new char[NumberText<T>.MaxFormattedLength];
        int pending = 0;
        long lineNumber = 0, skipped = 0;

        void WritePending()
        {
            if (pending == 0) return;
            if (unary is not null) unary(first.AsSpan(0, pending), results.AsSpan(0, pending));
            else binary!(first.AsSpan(0, pending), second.AsSpan(0, pending), results.AsSpan(0, pending));
            for (int i = 0; i < pending; i++)
            {
                int n = NumberText<T>.Format(results[i], text);
                output.Write(text, 0, n);
                output.Write('\n');
            }
            pending = 0;
        }

        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNumber++;
            ReadOnlySpan<char> s = line.AsSpan().Trim();
            if (s.IsEmpty) continue;
            bool ok = arity == 1
                ? NumberText<T>.TryParse(s, out first[pending])
                : TryParsePair(s, out first[pending], out second[pending]);
            if (!ok)
            {
                if (options.SkipInvalid) { skipped++; continue; }
                WritePending();
                output.Flush();
                error.WriteLine($"line {lineNumber}: cannot parse \"{Quote(line)}\"" + Expectation(options.Function, arity));
                error.Flush();
                return LabCommandLine.UsageError;
            }
            if (++pending == BatchSize) WritePending();
        }
        WritePending();
        output.Flush();
        if (skipped > 0) error.WriteLine($"skipped {skipped} invalid line(s)");
        return 0;
    }

    /// <summary>Parses "a b", "a,b" or "a , b" into two numbers; false for any other shape.</summary>
    internal static bool TryParsePair<T>(ReadOnlySpan<char> s, out T a, out T b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        a = b = default;
        int cut = s.IndexOfAny(", \t");
        if (cut <= 0) return false;
        ReadOnlySpan<char> rest = s[cut..].TrimStart(" \t");
        if (rest.Length > 0 && rest[0] == ',') rest = rest[1..].TrimStart(" \t");
        if (rest.IsEmpty || rest.IndexOfAny(", \t") >= 0) return false;
        return NumberText<T>.TryParse(s[..cut], out a) && NumberText<T>.TryParse(rest, out b);
    }

    private static string Quote(string line) =>
        line.Length <= MaxQuoted ? line : string.Concat(line.AsSpan(0, MaxQuoted), "…");

    private static string Expectation(FamilyFunction function, int arity)
    {
        var (a, b) = FamilyFunctions.ColumnNames(function);
        return arity == 1
            ? $" (expected one number, {a}, per line)"
            : $" (expected two numbers per line, {a} and {b}, separated by whitespace or a comma)";
    }
}
