using ScottPlot;
using Sigmoid.Lab.Plotting;

namespace Sigmoid.Lab.Experiments.Presentation;

/// <summary>An experiment's result as a reader sees it, in one language. Every text is marked text (code in
/// back-quotes, see <see cref="Localization.MarkedText"/>): plain readers drop the marks, HTML makes them <c>&lt;code&gt;</c>.</summary>
/// <param name="Title">The experiment's title.</param>
/// <param name="KeyNumbers">Headline numbers, in display order.</param>
/// <param name="Paragraph">What the numbers show (plain text; blank lines separate paragraphs).</param>
/// <param name="Figures">The figures, each with a caption of its own.</param>
public sealed record ExperimentView(string Title, IReadOnlyList<KeyNumber> KeyNumbers, string Paragraph, IReadOnlyList<ExperimentFigure> Figures);

/// <summary>One headline number: what it is and its value, both written for the reader.</summary>
/// <param name="Label">What the number is.</param>
/// <param name="Value">The value, formatted in the view's language.</param>
public sealed record KeyNumber(string Label, string Value);

/// <summary>A figure of an experiment, drawn on demand (in memory; nothing touches the disk).</summary>
/// <param name="Name">File name without extension (ASCII), e.g. <c>zigzag-signs</c>.</param>
/// <param name="Caption">What the figure shows, in a sentence or two.</param>
/// <param name="Draw">Builds a fresh plot in the lab style.</param>
public sealed record ExperimentFigure(string Name, string Caption, Func<Plot> Draw)
{
    /// <summary>The figure's file bytes in <paramref name="format"/> (<see cref="LabStyle.Width"/> × <see cref="LabStyle.Height"/>).</summary>
    public byte[] Render(FigureFormat format) => LabStyle.Render(Draw(), format);
}
