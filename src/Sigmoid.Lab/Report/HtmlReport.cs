using System.Net;
using System.Text;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Writes report sections as one self-contained HTML page: inline CSS, pictures as data URIs, no scripts and no
/// network references, so the page opens offline from disk. Each section is a <c>&lt;section id="…"&gt;</c>; computed
/// numbers are in table cells of class <c>num</c>.
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; background: #fff; margin: 0; line-height: 1.5; }
        header, main, footer { max-width: 920px; margin: 0 auto; padding: 0 20px; }
        header { border-bottom: 2px solid #1f77b4; padding-bottom: 8px; }
        h1 { font-size: 1.8em; margin: 0.8em 0 0.2em; }
        h2 { font-size: 1.35em; margin: 0 0 0.3em; color: #1f77b4; }
        nav ol { columns: 2; padding-left: 1.2em; }
        section { border-bottom: 1px solid #ddd; padding: 1.2em 0; }
        .question { font-style: italic; margin: 0.2em 0 0.6em; }
        .formula { background: #f4f7fb; border-left: 4px solid #1f77b4; padding: 8px 12px; margin: 0.6em 0; font-size: 1.08em; overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.92em; }
        .table { margin: 0.8em 0; overflow-x: auto; }
        .table .caption { font-weight: bold; margin: 0 0 4px; }
        th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        td.num { font-family: "DejaVu Sans Mono", Consolas, monospace; text-align: right; white-space: nowrap; }
        figure { margin: 0.8em 0; }
        figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 0.9em; color: #555; }
        .notice { background: #fff8e1; border-left: 4px solid #ff7f0e; padding: 8px 12px; }
        .notice.error { background: #fdecea; border-left-color: #d62728; }
        footer { color: #666; font-size: 0.85em; padding: 1em 20px 2em; }
        """;

    /// <summary>The whole page for <paramref name="sections"/> in <paramref name="language"/>.</summary>
    public static string Render(IReadOnlyList<ReportSection> sections, Language language)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var text = TextCatalog.For(language);
        var title = text["report.title"];
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<header>\n")
          .Append("<h1>").Append(E(title)).Append("</h1>\n<p>")
          .Append(text.Html("report.intro"))
          .Append("</p>\n<nav><ol>\n");
        foreach (var s in sections)
            sb.Append("<li><a href=\"#").Append(E(s.Id)).Append("\">").Append(E(s.Heading)).Append("</a></li>\n");
        sb.Append("</ol></nav>\n</header>\n<main>\n");
        foreach (var s in sections) AppendSection(sb, s);
        sb.Append("</main>\n<footer>")
          .Append(text.Html("report.footer", ("version", LibraryVersion)))
          .Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string LibraryVersion =>
        typeof(Logistic).Assembly.GetName().Version?.ToString(3) ?? "?";

    private static void AppendSection(StringBuilder sb, ReportSection s)
    {
        sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(E(s.Heading)).Append("</h2>\n")
          .Append("<p class=\"question\">").Append(E(s.Question)).Append("</p>\n");
        foreach (var block in s.Blocks)
        {
            switch (block)
            {
                case FormulaBlock f:
                    sb.Append("<div class=\"formula\">").Append(f.Html).Append("</div>\n");
                    break;
                case TextBlock t:
                    foreach (var para in t.Text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries))
                        sb.Append("<p>").Append(MarkedText.Html(para.Trim())).Append("</p>\n");
                    break;
                case NoticeBlock n:
                    sb.Append(n.IsError ? "<p class=\"notice error\">" : "<p class=\"notice\">").Append(MarkedText.Html(n.Text)).Append("</p>\n");
                    break;
                case TableBlock tb:
                    sb.Append("<div class=\"table\">\n<p class=\"caption\">").Append(MarkedText.Html(tb.Caption)).Append("</p>\n<table>\n<tr>");
                    foreach (var h in tb.Header) sb.Append("<th>").Append(MarkedText.Html(h)).Append("</th>");
                    sb.Append("</tr>\n");
                    foreach (var row in tb.Rows)
                    {
                        sb.Append("<tr>");
                        for (int i = 0; i < row.Count; i++)
                            sb.Append(i == 0 ? "<td>" : "<td class=\"num\">").Append(MarkedText.Html(row[i])).Append("</td>");
                        sb.Append("</tr>\n");
                    }
                    sb.Append("</table>\n</div>\n");
                    break;
                case FigureBlock fig:
                    sb.Append("<figure><img src=\"data:").Append(fig.MimeType).Append(";base64,").Append(Convert.ToBase64String(fig.Bytes))
                      .Append("\" alt=\"").Append(E(MarkedText.Plain(fig.Caption))).Append("\"><figcaption>").Append(MarkedText.Html(fig.Caption)).Append("</figcaption></figure>\n");
                    break;
                case DataFilesBlock d:
                    sb.Append("<p>").Append(E(d.Caption)).Append(": ");
                    sb.AppendJoin(", ", d.Hrefs.Select(h => $"<a href=\"{E(Uri.EscapeDataString(h).Replace("%2F", "/"))}\">{E(h)}</a>"));
                    sb.Append("</p>\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown report block {block.GetType().Name}.");
            }
        }
        sb.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
