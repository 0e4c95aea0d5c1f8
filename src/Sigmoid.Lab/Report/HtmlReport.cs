using System.Net;
using System.Text;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Lab.Report;

/// <summary>
/// Writes report sections as one self-contained HTML page: inline CSS, pictures as data URIs, formulas as MathML, no
/// scripts and no network references, so the page opens offline from disk. Each section is a
/// <c>&lt;section id="…"&gt;</c>: heading, the question, then the solution folded in
/// <c>&lt;details class="solution"&gt;</c>; a "show all solutions" checkbox unfolds every one by CSS alone
/// (<c>:has()</c> and <c>::details-content</c>), and printing shows them all. Computed numbers are in table cells of
/// class <c>num</c>. Below 600 px the layout goes to one column and figures switch to their phone-sized variant.
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; background: #fff; margin: 0; line-height: 1.5; overflow-wrap: break-word; }
        header, main, footer { max-width: 920px; margin: 0 auto; padding: 0 20px; }
        header { border-bottom: 2px solid #1f77b4; padding-bottom: 8px; }
        h1 { font-size: 1.8em; line-height: 1.25; margin: 0.8em 0 0.3em; }
        h2 { font-size: 1.35em; margin: 0 0 0.3em; color: #1f77b4; }
        nav ol { columns: 2; column-gap: 2em; padding-left: 1.8em; margin: 0.5em 0; }
        nav li { break-inside: avoid; }
        .show-all { margin: 0.6em 0 0.2em; font-weight: bold; }
        .show-all input { width: 1.1em; height: 1.1em; vertical-align: -0.15em; }
        section { border-bottom: 1px solid #ddd; padding: 1.2em 0; }
        .question { margin: 0.2em 0 0.6em; }
        details.solution { border: 1px solid #d7e3f0; border-radius: 6px; padding: 0 12px; background: #fcfdff; }
        details.solution > summary { cursor: pointer; font-weight: bold; color: #1f77b4; padding: 6px 0; }
        details.solution[open] > summary { border-bottom: 1px solid #d7e3f0; margin-bottom: 0.4em; }
        body:has(#show-all:checked) details.solution::details-content { content-visibility: visible; }
        body:has(#show-all:checked) details.solution > summary { list-style-type: disclosure-open; }
        @media print { details.solution::details-content { content-visibility: visible; } }
        .formula { background: #f4f7fb; border-left: 4px solid #1f77b4; padding: 6px 12px; margin: 0.6em 0; overflow-x: auto; }
        math { font-size: 1.1em; font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
        math[display="block"] { margin: 0.3em 0; }
        mtable { math-style: normal; }
        mtable.steps mtd, mtable.lines mtd { padding: 0.25em 0; }
        mtable.steps mtd.lhs { text-align: right; padding-right: 0.3em; }
        mtable.steps mtd.rhs, mtable.lines mtd, mtable.cases mtd { text-align: left; }
        mtable.cases mtd { padding: 0.1em 0.4em 0.1em 0.2em; }
        table { border-collapse: collapse; font-size: 0.92em; }
        .table { margin: 0.8em 0; overflow-x: auto; }
        .table .caption { font-weight: bold; margin: 0 0 4px; }
        th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        td.num { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
        figure { margin: 0.8em 0; }
        figure img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 0.9em; color: #444; margin-top: 0.3em; }
        .notice { background: #fff8e1; border-left: 4px solid #ff7f0e; padding: 8px 12px; }
        .notice.error { background: #fdecea; border-left-color: #d62728; }
        footer { color: #666; font-size: 0.85em; padding: 1em 20px 2em; }
        @media (max-width: 600px) {
          header, main, footer { padding-left: 12px; padding-right: 12px; }
          h1 { font-size: 1.35em; }
          h2 { font-size: 1.15em; }
          nav ol { columns: 1; }
          details.solution { padding: 0 8px; }
          .formula { padding: 4px 6px; }
          math { font-size: 0.85em; }
          th, td { padding: 2px 3px; }
          table { font-size: 0.8em; }
          td.num { font-size: 0.8em; white-space: normal; }
        }
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
          .Append(MarkedText.Html(text.Raw("report.intro")))
          .Append("</p>\n<nav><ol>\n");
        foreach (var s in sections)
            sb.Append("<li><a href=\"#").Append(E(s.Id)).Append("\">").Append(MarkedText.Html(s.Heading)).Append("</a></li>\n");
        sb.Append("</ol></nav>\n<p class=\"show-all\"><label><input type=\"checkbox\" id=\"show-all\"> ")
          .Append(E(text["report.showAll"])).Append("</label></p>\n")
          .Append("</header>\n<main>\n");
        string summary = text["report.solution"];
        foreach (var s in sections) AppendSection(sb, s, summary);
        sb.Append("</main>\n<footer>")
          .Append(text.Html("report.footer", ("version", LibraryVersion)))
          .Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string LibraryVersion =>
        typeof(Logistic).Assembly.GetName().Version?.ToString(3) ?? "?";

    private static void AppendSection(StringBuilder sb, ReportSection s, string summary)
    {
        sb.Append("<section id=\"").Append(E(s.Id)).Append("\">\n<h2>").Append(MarkedText.Html(s.Heading)).Append("</h2>\n")
          .Append("<p class=\"question\">").Append(MarkedText.Html(s.Question)).Append("</p>\n")
          .Append("<details class=\"solution\"><summary>").Append(E(summary)).Append("</summary>\n");
        foreach (var block in s.Blocks)
        {
            switch (block)
            {
                case FormulaBlock f:
                    sb.Append("<div class=\"formula\">").Append(f.Math.Markup).Append("</div>\n");
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
                    sb.Append("<figure><picture>");
                    if (fig.PhoneBytes is not null)
                        sb.Append("<source media=\"(max-width: 600px)\" srcset=\"data:image/png;base64,").Append(Convert.ToBase64String(fig.PhoneBytes)).Append("\">");
                    sb.Append("<img src=\"data:").Append(fig.MimeType).Append(";base64,").Append(Convert.ToBase64String(fig.Bytes))
                      .Append("\" alt=\"").Append(E(MarkedText.Plain(fig.Caption))).Append("\"></picture><figcaption>").Append(MarkedText.Html(fig.Caption)).Append("</figcaption></figure>\n");
                    break;
                case DataFilesBlock d:
                    sb.Append("<p>").Append(E(d.Caption)).Append(": ");
                    sb.AppendJoin(", ", d.Hrefs.Select(h => $"<a href=\"{E(Uri.EscapeDataString(h).Replace("%2F", "/"))}\"><code>{E(h)}</code></a>"));
                    sb.Append("</p>\n");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown report block {block.GetType().Name}.");
            }
        }
        sb.Append("</details>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

}
