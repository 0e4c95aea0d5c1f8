namespace Sigmoid.Lab.Report;

/// <summary>One section of the report: a part of the sheet (or logistic regression), linkable by its id.</summary>
/// <param name="Id">HTML id: <c>part-а</c> … <c>part-к</c> (the sheet's Cyrillic letters) or <c>logistic-regression</c>.</param>
/// <param name="Heading">Heading in the report's language, e.g. <c>а) Limits at ±∞</c>.</param>
/// <param name="Question">The question of the part, in the project's own words (shown before the solution).</param>
/// <param name="Blocks">The solution in reading order: derivation, numbers, pictures, explanation, experiment; the
/// page shows it folded (<c>&lt;details&gt;</c>) so a reader can try the question first.</param>
public sealed record ReportSection(string Id, string Heading, string Question, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A piece of a section's content.</summary>
public abstract record ReportBlock;

/// <summary>A displayed formula or derivation, as MathML built by <see cref="MathMl"/>.</summary>
/// <param name="Math">The <c>&lt;math display="block"&gt;</c> element.</param>
public sealed record FormulaBlock(MathNode Math) : ReportBlock;

/// <summary>Text paragraphs (escaped when written; blank lines separate paragraphs; back-quoted spans become <c>&lt;code&gt;</c>, see <see cref="Localization.MarkedText"/>).</summary>
/// <param name="Text">The text.</param>
public sealed record TextBlock(string Text) : ReportBlock;

/// <summary>A plain notice, e.g. that an experiment is not built yet or failed.</summary>
/// <param name="Text">The notice.</param>
/// <param name="IsError">True for a failure (styled as an error), false for "not built yet".</param>
public sealed record NoticeBlock(string Text, bool IsError = false) : ReportBlock;

/// <summary>A table of computed numbers; every cell but the first of a row is a number.</summary>
/// <param name="Caption">What the table shows.</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">The rows, each as long as <paramref name="Header"/>.</param>
public sealed record TableBlock(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A picture embedded into the page as a data URI.</summary>
/// <param name="Caption">What the figure shows (also the alt text, without code marks); marked text like <see cref="TextBlock"/>; unique within the page.</param>
/// <param name="MimeType"><c>image/png</c> or <c>image/svg+xml</c>.</param>
/// <param name="Bytes">The image file's bytes.</param>
/// <param name="PhoneBytes">A PNG of the same figure laid out for narrow screens (shown below 600 px), or null.</param>
public sealed record FigureBlock(string Caption, string MimeType, byte[] Bytes, byte[]? PhoneBytes = null) : ReportBlock;

/// <summary>Links to raw data files written beside the page.</summary>
/// <param name="Caption">What the files are.</param>
/// <param name="Hrefs">Paths relative to the page.</param>
public sealed record DataFilesBlock(string Caption, IReadOnlyList<string> Hrefs) : ReportBlock;
