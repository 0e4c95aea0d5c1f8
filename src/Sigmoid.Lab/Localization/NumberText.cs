using System.Globalization;
using System.Text;

namespace Sigmoid.Lab.Localization;

/// <summary>
/// Numbers as a reader of one language writes them, decided in this one place. English: comma between thousands,
/// decimal point (81,921 and 0.25). Russian: no-break space U+00A0 between thousands, decimal comma (81 921 and 0,25).
/// Both: the minus sign U+2212, scientific notation as 2.5·10⁻⁸ (never <c>2.511E-008</c>), ∞ for infinity.
/// Machine-readable output (CSV, JSON) never goes through this class.
/// </summary>
public sealed class NumberText
{
    /// <summary>The minus sign written before negative numbers (U+2212).</summary>
    public const char Minus = '\u2212';

    /// <summary>The Russian thousands separator: no-break space U+00A0.</summary>
    public const char NoBreakSpace = '\u00A0';

    private static readonly NumberText EnglishText = new(Language.English, ',', '.');
    private static readonly NumberText RussianText = new(Language.Russian, NoBreakSpace, ',');

    private readonly char _group;
    private readonly char _decimal;

    private NumberText(Language language, char group, char decimalSeparator)
    {
        Language = language;
        _group = group;
        _decimal = decimalSeparator;
    }

    /// <summary>The number formats of <paramref name="language"/>.</summary>
    public static NumberText For(Language language) => language == Language.Russian ? RussianText : EnglishText;

    /// <summary>The language these formats belong to.</summary>
    public Language Language { get; }

    /// <summary>A whole number with thousands separators: 855,630,936 / 855 630 936; −12.</summary>
    public string Integer(long n) => n < 0
        ? Minus + Group(n == long.MinValue ? "9223372036854775808" : (-n).ToString(CultureInfo.InvariantCulture))
        : Group(n.ToString(CultureInfo.InvariantCulture));

    /// <summary><paramref name="x"/> with exactly <paramref name="decimals"/> digits after the separator, thousands
    /// grouped: 1,234.50 / 1 234,50. Non-finite values as ∞, −∞ and NaN.</summary>
    public string Fixed(double x, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 40);
        if (!double.IsFinite(x)) return NonFinite(x);
        string s = Math.Abs(x).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        bool negative = x < 0 && s.Any(c => c is >= '1' and <= '9');
        int dot = s.IndexOf('.');
        string whole = dot < 0 ? s : s[..dot];
        string text = dot < 0 ? Group(whole) : Group(whole) + _decimal + s[(dot + 1)..];
        return negative ? Minus + text : text;
    }

    /// <summary>
    /// <paramref name="x"/> to <paramref name="significant"/> significant digits, trailing zeros dropped: plain
    /// for 10⁻³ ≤ |x| &lt; 10⁶ (0.6931, 17.33), scientific otherwise (2.5·10⁻⁸); 0 as 0. A plain number keeps
    /// every digit before the separator (81,921 stays 81,921 at 4 significant digits).
    /// </summary>
    public string Number(double x, int significant = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significant, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significant, 17);
        if (!double.IsFinite(x)) return NonFinite(x);
        if (x == 0) return "0";
        double rounded = double.Parse(x.ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(rounded)));
        if (exponent is < -3 or >= 6) return Scientific(x, significant);
        return TrimZeros(Fixed(x, Math.Max(0, significant - 1 - exponent)));
    }

    /// <summary><paramref name="x"/> as m·10ᵉ with <paramref name="significant"/> significant digits in m, trailing
    /// zeros dropped: 2.5·10⁻⁸ / 2,5·10⁻⁸; 1·10¹²; 0 as 0.</summary>
    public string Scientific(double x, int significant = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significant, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significant, 17);
        if (!double.IsFinite(x)) return NonFinite(x);
        if (x == 0) return "0";
        string e = Math.Abs(x).ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int at = e.IndexOf('E');
        string mantissa = e[..at].Replace('.', _decimal);
        if (mantissa.Contains(_decimal)) mantissa = mantissa.TrimEnd('0').TrimEnd(_decimal);
        int exponent = int.Parse(e[(at + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return (x < 0 ? Minus.ToString() : "") + mantissa + "·10" + Superscript(exponent);
    }

    /// <summary>
    /// The shortest text that reads back as the same <c>float</c> (17.32868 / 17,32868; 1.4·10⁻⁴⁵): every digit
    /// that tells the value apart from its neighbours, in this language's separators, scientific as m·10ᵉ.
    /// </summary>
    public string Shortest(float x) => double.IsFinite(x) ? Localize(x.ToString("R", CultureInfo.InvariantCulture)) : NonFinite(x);

    /// <summary>The shortest text that reads back as the same <c>double</c> (37.42994775023705 / 37,42994775023705;
    /// 3.720075976020836·10⁻⁴⁴).</summary>
    public string Shortest(double x) => double.IsFinite(x) ? Localize(x.ToString("R", CultureInfo.InvariantCulture)) : NonFinite(x);

    /// <summary>What separates the numbers of a list or an interval: ", " in English, "; " in Russian (whose decimal
    /// comma would make (−1,5, 0) ambiguous): (−1.5, 0) / (−1,5; 0).</summary>
    public string ListSeparator => Language == Language.Russian ? "; " : ", ";

    /// <summary><paramref name="numbers"/> (already written) joined by <see cref="ListSeparator"/>.</summary>
    public string List(IEnumerable<string> numbers) => string.Join(ListSeparator, numbers);

    /// <summary>A fraction as a percentage with <paramref name="decimals"/> digits: 0.685 → 68.5% / 68,5 % (Russian
    /// puts a no-break space before the sign).</summary>
    public string Percent(double fraction, int decimals = 1)
    {
        if (!double.IsFinite(fraction)) return NonFinite(fraction);
        string number = Fixed(fraction * 100, decimals);
        return Language == Language.Russian ? number + NoBreakSpace + "%" : number + "%";
    }

    /// <summary>An integer exponent in superscript digits: −8 → ⁻⁸, 12 → ¹².</summary>
    public static string Superscript(int exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var sb = new StringBuilder();
        if (exponent < 0) sb.Append('⁻');
        foreach (char c in Math.Abs((long)exponent).ToString(CultureInfo.InvariantCulture)) sb.Append(digits[c - '0']);
        return sb.ToString();
    }

    private string Group(string digits)
    {
        if (digits.Length <= 3) return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / 3);
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(_group);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    // Invariant round-trip text ("-1.5", "4.5397868702434395E-05") in this language's writing.
    private string Localize(string invariant)
    {
        bool negative = invariant.StartsWith('-');
        string s = negative ? invariant[1..] : invariant;
        int e = s.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? s : s[..e];
        int dot = mantissa.IndexOf('.');
        string whole = dot < 0 ? mantissa : mantissa[..dot];
        string text = (e < 0 ? Group(whole) : whole) + (dot < 0 ? "" : _decimal + mantissa[(dot + 1)..]);
        if (e >= 0)
            text += "·10" + Superscript(int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        return negative ? Minus + text : text;
    }

    private string TrimZeros(string fixedText) =>
        fixedText.Contains(_decimal) ? fixedText.TrimEnd('0').TrimEnd(_decimal) : fixedText;

    private static string NonFinite(double x) => double.IsNaN(x) ? "NaN" : x > 0 ? "∞" : Minus + "∞";
}
