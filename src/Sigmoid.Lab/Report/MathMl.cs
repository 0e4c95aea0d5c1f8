using System.Net;
using System.Text;

namespace Sigmoid.Lab.Report;

/// <summary>A piece of MathML markup built by <see cref="MathMl"/> (already escaped; never user text).</summary>
/// <param name="Markup">The presentation-MathML elements.</param>
public sealed record MathNode(string Markup)
{
    /// <inheritdoc/>
    public override string ToString() => Markup;
}

/// <summary>
/// Builds presentation MathML (MathML Core: native in current Chromium, Firefox and Safari; no script, no CDN).
/// Plain strings are split into tokens — digits become <c>&lt;mn&gt;</c>, Latin and Greek letters <c>&lt;mi&gt;</c>
/// (a run such as <c>ln</c> or <c>logit</c> is one identifier), Cyrillic words <c>&lt;mtext&gt;</c>, everything
/// else <c>&lt;mo&gt;</c> — and structure (fractions, powers, indices, aligned derivations) is built with the
/// methods here, so a formula reads as its shape: <c>Frac("1", Row("1 + ", Sup("e", "−t")))</c>.
/// </summary>
public static class MathMl
{
    /// <summary>A row of parts: strings are tokenized, <see cref="MathNode"/>s are kept as they are.</summary>
    public static MathNode Row(params object[] parts)
    {
        var sb = new StringBuilder("<mrow>");
        foreach (var part in parts) sb.Append(Of(part).Markup);
        return new(sb.Append("</mrow>").ToString());
    }

    /// <summary>A fraction <paramref name="numerator"/> over <paramref name="denominator"/>.</summary>
    public static MathNode Frac(object numerator, object denominator) =>
        new($"<mfrac>{Of(numerator)}{Of(denominator)}</mfrac>");

    /// <summary><paramref name="b"/> raised to <paramref name="exponent"/>.</summary>
    public static MathNode Sup(object b, object exponent) => new($"<msup>{Of(b)}{Of(exponent)}</msup>");

    /// <summary><paramref name="b"/> with the index <paramref name="index"/> below.</summary>
    public static MathNode Sub(object b, object index) => new($"<msub>{Of(b)}{Of(index)}</msub>");

    /// <summary><paramref name="b"/> with an index below and an exponent above.</summary>
    public static MathNode SubSup(object b, object index, object exponent) =>
        new($"<msubsup>{Of(b)}{Of(index)}{Of(exponent)}</msubsup>");

    /// <summary>A big operator (∏, Σ) with limits under and over it (over may be null).</summary>
    public static MathNode Big(string op, object under, object? over = null) => over is null
        ? new($"<munder><mo largeop=\"true\" movablelimits=\"false\">{E(op)}</mo>{Of(under)}</munder>")
        : new($"<munderover><mo largeop=\"true\" movablelimits=\"false\">{E(op)}</mo>{Of(under)}{Of(over)}</munderover>");

    /// <summary><paramref name="b"/> with <paramref name="under"/> written below it, e.g. lim with k → ∞.</summary>
    public static MathNode Under(object b, object under) => new($"<munder>{Of(b)}{Of(under)}</munder>");

    /// <summary>A case distinction: a left brace before one line per (value, condition).</summary>
    public static MathNode Cases(params (object Value, object Condition)[] cases)
    {
        var sb = new StringBuilder("<mrow><mo stretchy=\"true\">{</mo><mtable class=\"cases\">");
        foreach (var (value, condition) in cases)
            sb.Append("<mtr><mtd>").Append(Row(value).Markup).Append("</mtd><mtd>").Append(Row(condition).Markup).Append("</mtd></mtr>");
        return new(sb.Append("</mtable></mrow>").ToString());
    }

    /// <summary>Parentheses that grow with their content.</summary>
    public static MathNode Paren(params object[] parts) => Fenced("(", ")", parts);

    /// <summary>|content|, bars that grow with their content.</summary>
    public static MathNode Abs(params object[] parts) => Fenced("|", "|", parts);

    /// <summary>‖content‖, a norm.</summary>
    public static MathNode Norm(params object[] parts) => Fenced("‖", "‖", parts);

    /// <summary>Words inside a formula (upright text, kept as one piece).</summary>
    public static MathNode Text(string text) => new($"<mtext>{E(text)}</mtext>");

    /// <summary>A gap of <paramref name="em"/> em between two parts of one line.</summary>
    public static MathNode Space(double em = 1) =>
        new($"<mspace width=\"{em.ToString(System.Globalization.CultureInfo.InvariantCulture)}em\"/>");

    /// <summary>A formula inside a sentence.</summary>
    public static MathNode Inline(params object[] parts) => new($"<math>{Row(parts)}</math>");

    /// <summary>A displayed formula on one line.</summary>
    public static MathNode Block(params object[] parts) => new($"<math display=\"block\">{Row(parts)}</math>");

    /// <summary>
    /// A displayed derivation, one step per line, aligned on the relation sign: each line is (left side, relation,
    /// right side); an empty left side continues the line above (<c>("", "=", …)</c>).
    /// </summary>
    public static MathNode Steps(params (object Left, string Relation, object Right)[] lines)
    {
        var sb = new StringBuilder("<math display=\"block\"><mtable class=\"steps\">");
        foreach (var (left, relation, right) in lines)
            sb.Append("<mtr><mtd class=\"lhs\">").Append(Row(left).Markup).Append("</mtd><mtd class=\"rhs\">")
              .Append(Row(relation, " ", right).Markup).Append("</mtd></mtr>");
        return new(sb.Append("</mtable></math>").ToString());
    }

    /// <summary>Several displayed formulas stacked one per line, left-aligned.</summary>
    public static MathNode Lines(params object[] lines)
    {
        var sb = new StringBuilder("<math display=\"block\"><mtable class=\"lines\">");
        foreach (var line in lines) sb.Append("<mtr><mtd>").Append(Row(line).Markup).Append("</mtd></mtr>");
        return new(sb.Append("</mtable></math>").ToString());
    }

    private static MathNode Fenced(string open, string close, object[] parts) =>
        new($"<mrow><mo stretchy=\"true\">{E(open)}</mo>{Row(parts)}<mo stretchy=\"true\">{E(close)}</mo></mrow>");

    private static MathNode Of(object part) => part switch
    {
        MathNode node => node,
        string text => new($"<mrow>{Tokens(text).Markup}</mrow>"),
        _ => throw new ArgumentException($"A formula part must be a string or a MathNode, not {part?.GetType().Name ?? "null"}.", nameof(part)),
    };

    /// <summary>Splits plain text into MathML tokens (see the class summary).</summary>
    private static MathNode Tokens(string text)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                // One number: digits with a decimal point or comma (0.99, 0,99) or a no-break space between thousands
                // inside, so that neither the Russian decimal comma nor the group separator splits it.
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])
                    && (text[i] == '.' || (text[i] is ',' or '\u00A0' && i > start && char.IsAsciiDigit(text[i - 1])))))) i++;
                sb.Append("<mn>").Append(E(text[start..i])).Append("</mn>");
            }
            else if (IsCyrillic(c))
            {
                while (i < text.Length && (IsCyrillic(text[i]) || (text[i] == ' ' && i + 1 < text.Length && IsCyrillic(text[i + 1])))) i++;
                sb.Append("<mtext>").Append(E(text[start..i])).Append("</mtext>");
            }
            else if (char.IsAsciiLetter(c))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                // A function name (ln, sign, diag) written with a space before or after it keeps a thin space there,
                // as in print (−q ln p), unless a relation or an operator already spaces it (= ln y).
                bool name = i - start > 1;
                if (name && start > 0 && char.IsWhiteSpace(text[start - 1]) && !AfterOperator(text, start)) sb.Append(ThinSpace);
                sb.Append("<mi>").Append(E(text[start..i])).Append("</mi>");
                if (name && i < text.Length && char.IsWhiteSpace(text[i])) sb.Append(ThinSpace);
            }
            else if (char.IsLetter(c) || c is '∞' or '∂' or 'ε')
            {
                i++;
                sb.Append("<mi>").Append(E(c.ToString())).Append("</mi>");
            }
            else if (c is '½' or '¼' or '⅔')
            {
                i++;
                sb.Append("<mn>").Append(c).Append("</mn>");
            }
            else if (c is '−' or '+' && PrecededByOpening(text, start) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                // A sign, not a subtraction: σ(−x), t → −∞ without the spaces of a binary minus.
                i++;
                sb.Append("<mo form=\"prefix\">").Append(c).Append("</mo>");
            }
            else if (c is '−' or '+' or '=' or '·' && ((start > 0 && char.IsWhiteSpace(text[start - 1])) || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                // Written with spaces around it: a binary operator, even first in its string (" + b" after ∑ wᵢxᵢ).
                i++;
                sb.Append("<mo form=\"infix\">").Append(c).Append("</mo>");
            }
            else
            {
                i++;
                sb.Append("<mo>").Append(E(c.ToString())).Append("</mo>");
            }
        }
        return new(sb.ToString());
    }

    private const string ThinSpace = "<mspace width=\"0.1667em\"/>";

    // Whether the last character before index that is not a space is an operator, a relation or an opening bracket.
    private static bool AfterOperator(string text, int index)
    {
        int j = index - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        return j >= 0 && !char.IsLetterOrDigit(text[j]) && text[j] is not (')' or ']' or '′' or '|');
    }

    // Whether the character at index comes first in the text or right after an opening bracket, a comma, a semicolon or a relation.
    private static bool PrecededByOpening(string text, int index)
    {
        int j = index - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        return j < 0 || text[j] is '(' or '[' or ',' or ';' or '=' or '≤' or '≥' or '<' or '>' or '≈' or '→' or '⇒' or '∈' or '·';
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
