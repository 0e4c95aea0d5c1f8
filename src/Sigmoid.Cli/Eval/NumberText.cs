using System.Globalization;
using System.Numerics;

namespace Sigmoid.Cli.Eval;

/// <summary>
/// How <c>sigmoid eval</c> reads and writes one number of type <typeparamref name="T"/> (float, double or Half).
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> Surrounding whitespace is ignored. Accepted: every form that <c>T.Parse</c> takes with
/// <see cref="NumberStyles.Float"/> in the invariant culture (<c>1</c>, <c>-2.5</c>, <c>.5</c>, <c>1e-3</c>,
/// <c>-0</c>, <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>; decimal point only, no thousands separators, so that
/// <c>1,5</c> is an error rather than silently fifteen), plus, case-insensitively, <c>nan</c>, <c>+nan</c>,
/// <c>-nan</c>, <c>inf</c>, <c>+inf</c>, <c>-inf</c>, <c>infinity</c>, <c>+infinity</c>, <c>-infinity</c>. The decimal
/// is rounded once, correctly (to nearest, ties to even), straight to <typeparamref name="T"/>: a float is never
/// parsed as a double first, which could round twice. Out-of-range magnitudes become ±∞ or ±0, as IEEE rounding
/// says.</para>
/// <para><b>Writing.</b> The shortest decimal that parses back to the same bits (the round-trip "R" form) in the
/// invariant culture: <c>-0</c> for negative zero, <c>Infinity</c> and <c>-Infinity</c>, <c>NaN</c> for every NaN
/// (sign and payload of a NaN are not kept).</para>
/// </remarks>
internal static class NumberText<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Enough characters for the longest round-trip form of a double ("-2.2250738585072014E-308").</summary>
    public const int MaxFormattedLength = 32;

    /// <summary>Parses one number; false if <paramref name="text"/> is not a number in an accepted form.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out T value)
    {
        text = text.Trim();
        if (TryParseSpecial(text, out value)) return true;
        return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Writes the round-trip form of <paramref name="value"/>; returns the number of characters written.</summary>
    public static int Format(T value, Span<char> destination)
    {
        if (!value.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture))
            throw new ArgumentException($"Buffer of {destination.Length} characters is too short.", nameof(destination));
        return written;
    }

    private static bool TryParseSpecial(ReadOnlySpan<char> s, out T value)
    {
        value = default;
        if (s.Length == 0 || s.Length > 9) return false;
        bool negative = false;
        if (s[0] is '+' or '-') { negative = s[0] == '-'; s = s[1..]; }
        if (s.Equals("nan", StringComparison.OrdinalIgnoreCase)) { value = T.NaN; return true; }
        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? T.NegativeInfinity : T.PositiveInfinity;
            return true;
        }
        return false;
    }
}
