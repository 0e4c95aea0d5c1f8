using System.Globalization;
using System.Text;

namespace Sigmoid.Lab.Input;

/// <summary>
/// Shows a piece of untrusted input (a line of a file, a CSV field, an argument) inside a message on a terminal
/// without letting it act on the terminal: control characters (C0, DEL, C1 — escape sequences start with ESC) and
/// invisible format characters (bidirectional overrides, zero-width characters) are written as escapes.
/// </summary>
public static class UserText
{
    /// <summary>
    /// <paramref name="text"/> with <c>\t</c>, <c>\r</c>, <c>\n</c>, <c>\\</c> and <c>\"</c> escaped as in C, every other
    /// control or format character as <c>\u001B</c> (four hex digits), and — when longer than
    /// <paramref name="maxLength"/> characters — cut to that many followed by <c>…</c>. Printable text, Cyrillic
    /// included, is kept as it is. Meant to be put between double quotes.
    /// </summary>
    public static string Escape(ReadOnlySpan<char> text, int maxLength = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        bool cut = text.Length > maxLength;
        if (cut) text = text[..maxLength];
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\t': sb.Append(@"\t"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\n': sb.Append(@"\n"); break;
                default:
                    if (IsHidden(c))
                        sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        if (cut) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>
    /// A whole message that may contain untrusted pieces, made safe for a terminal: line breaks and tabs stay, every
    /// other control or format character becomes <c>\u001B</c> (four hex digits); nothing else changes.
    /// </summary>
    public static string Sanitize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!NeedsEscape(message)) return message;
        var sb = new StringBuilder(message.Length + 8);
        foreach (char c in message)
        {
            if (c is '\n' or '\t' || !IsHidden(c)) sb.Append(c);
            else sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(string message)
    {
        foreach (char c in message)
            if (c is not ('\n' or '\t') && IsHidden(c)) return true;
        return false;
    }

    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
