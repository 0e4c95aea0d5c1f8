using System.Text.RegularExpressions;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Localization;

/// <summary>
/// The two resource files say the same things: the same keys, the same placeholders in each text, every plural form,
/// balanced code marks; and the Russian one is Russian: no Latin word of four or more letters outside code marks
/// (<c>`float`</c>) and placeholders.
/// </summary>
public partial class ResourceTests
{
    private static readonly TextCatalog En = TextCatalog.For(Language.English);
    private static readonly TextCatalog Ru = TextCatalog.For(Language.Russian);

    public static TheoryData<string> Keys() => [.. En.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void BothLanguagesHaveTheSameKeys()
    {
        Assert.NotEmpty(En.Keys);
        Assert.Equal(En.Keys.Order(StringComparer.Ordinal), Ru.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryTextHasTheSamePlaceholdersInBothLanguages(string key)
    {
        Assert.Equal(En.IsPlural(key), Ru.IsPlural(key));
        foreach (var (en, ru) in Texts(key))
        {
            Assert.Equal(TextCatalog.Placeholders(en).Order(), TextCatalog.Placeholders(ru).Order());
            Assert.True(en.Count(c => c == '`') % 2 == 0, $"{key} (en): unbalanced code marks");
            Assert.True(ru.Count(c => c == '`') % 2 == 0, $"{key} (ru): unbalanced code marks");
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void RussianTextsHoldNoLatinWordsOutsideCode(string key)
    {
        foreach (var (_, ru) in Texts(key))
        {
            string prose = Placeholder().Replace(CodeSpan().Replace(ru, " "), " ");
            var latin = LatinWord().Matches(prose).Select(m => m.Value).ToArray();
            Assert.True(latin.Length == 0, $"{key}: Latin word(s) {string.Join(", ", latin)} in \"{ru}\"");
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void RussianTextsWriteDecimalsWithACommaAndListsWithASemicolon(string key)
    {
        foreach (var (_, ru) in Texts(key))
        {
            string prose = CodeSpan().Replace(ru, " ");
            Assert.False(DecimalPoint().IsMatch(prose), $"{key}: a decimal point in \"{ru}\" (Russian writes 0,25)");
            Assert.False(CommaPair().IsMatch(prose), $"{key}: a pair of numbers separated by a comma in \"{ru}\" (Russian writes (0; 1))");
        }
    }

    [Fact]
    public void TheLatinWordCheckCatchesWhatItShould()
    {
        string Clean(string s) => Placeholder().Replace(CodeSpan().Replace(s, " "), " ");
        Assert.Matches(LatinWord(), Clean("входы centred"));
        Assert.Matches(LatinWord(), Clean("Диаграмма надёжности (generated)"));
        Assert.DoesNotMatch(LatinWord(), Clean("во `float` при {steps} шагах, ln σ, max σ′"));
    }

    [Fact]
    public void PlainTextDropsCodeMarksAndHtmlMakesThemCode()
    {
        Assert.Equal("ε float = 2⁻²³", Ru["figure.layerBound.epsilon"]);
        Assert.Equal("ε <code>float</code> = 2⁻²³", Ru.Html("figure.layerBound.epsilon"));
    }

    [Fact]
    public void MissingKeysAndPlaceholdersAreNamedInTheError()
    {
        var missing = Assert.Throws<KeyNotFoundException>(() => Ru["no.such.key"]);
        Assert.Contains("no.such.key", missing.Message);
        Assert.Contains("ru", missing.Message);
        var unfilled = Assert.Throws<FormatException>(() => En.Format("experiment.failed"));
        Assert.Contains("{why}", unfilled.Message);
    }

    [Fact]
    public void PlaceholderValuesAreEscapedInHtml() =>
        Assert.Equal("The experiment failed — a &lt;b&gt; &amp; c", En.Html("experiment.failed", ("why", "a <b> & c")));

    private static IEnumerable<(string En, string Ru)> Texts(string key) => En.IsPlural(key)
        ? En.PluralForms(key).Values.SelectMany(e => Ru.PluralForms(key).Values.Select(r => (e, r)))
        : [(En.Raw(key), Ru.Raw(key))];

    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"[\(\[]−?[\d½¼]+, −?[\d½¼]+[\)\]]")]
    private static partial Regex CommaPair();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{4,}(?![\p{L}])")]
    private static partial Regex LatinWord();
}
