using System.Text;

namespace Sigmoid.Lab.Localization;

/// <summary>
/// Text whose code and identifiers are marked with back-quotes (<c>`float`</c>, <c>`moons`</c>), as the resource
/// files write them and <see cref="TextCatalog.Marked"/> returns them: a plain reader (terminal, figure, alt text) gets
/// it without the marks, an HTML page gets <c>&lt;code&gt;</c> elements, so Russian prose keeps Latin words only inside code.
/// </summary>
public static class MarkedText
{
    /// <summary><paramref name="marked"/> without its back-quotes.</summary>
    public static string Plain(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        return marked.Replace("`", "", StringComparison.Ordinal);
    }

    /// <summary><paramref name="marked"/> as an HTML fragment: escaped (<see cref="TextCatalog.Escape"/>), each
    /// back-quoted span as <c>&lt;code&gt;</c> (an unpaired last back-quote is dropped).</summary>
    public static string Html(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var parts = marked.Split('`');
        var sb = new StringBuilder(marked.Length + 16);
        for (int i = 0; i < parts.Length; i++)
        {
            bool code = i % 2 == 1 && i < parts.Length - 1;
            if (code) sb.Append("<code>").Append(TextCatalog.Escape(parts[i])).Append("</code>");
            else sb.Append(TextCatalog.Escape(parts[i]));
        }
        return sb.ToString();
    }

    /// <summary><paramref name="identifier"/> marked as code: <c>moons</c> → <c>`moons`</c> (back-quotes inside are dropped).</summary>
    public static string Code(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return "`" + identifier.Replace("`", "", StringComparison.Ordinal) + "`";
    }
}
