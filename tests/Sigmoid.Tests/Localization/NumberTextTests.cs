using System.Globalization;
using CsCheck;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Localization;

/// <summary>Numbers as each language writes them: Russian groups thousands with a no-break space and uses a decimal
/// comma, English uses commas and a point; scientific notation is m·10ᵉ, never 2.511E-008.</summary>
public class NumberTextTests
{
    private const char Nbsp = '\u00A0';
    private static readonly NumberText En = NumberText.For(Language.English);
    private static readonly NumberText Ru = NumberText.For(Language.Russian);

    [Theory]
    [InlineData(0, "0", "0")]
    [InlineData(999, "999", "999")]
    [InlineData(81921, "81,921", "81\u00A0921")]
    [InlineData(855630936, "855,630,936", "855\u00A0630\u00A0936")]
    [InlineData(-4363981589264989696, "−4,363,981,589,264,989,696", "−4\u00A0363\u00A0981\u00A0589\u00A0264\u00A0989\u00A0696")]
    [InlineData(long.MinValue, "−9,223,372,036,854,775,808", "−9\u00A0223\u00A0372\u00A0036\u00A0854\u00A0775\u00A0808")]
    public void IntegersAreGroupedByThousands(long n, string en, string ru)
    {
        Assert.Equal(en, En.Integer(n));
        Assert.Equal(ru, Ru.Integer(n));
    }

    [Theory]
    [InlineData(0.25, 2, "0.25", "0,25")]
    [InlineData(17.328679, 2, "17.33", "17,33")]
    [InlineData(1234.5, 1, "1,234.5", "1\u00A0234,5")]
    [InlineData(-1234.56, 1, "−1,234.6", "−1\u00A0234,6")]
    public void FixedDecimals(double x, int decimals, string en, string ru)
    {
        Assert.Equal(en, En.Fixed(x, decimals));
        Assert.Equal(ru, Ru.Fixed(x, decimals));
    }

    [Fact]
    public void ANegativeValueThatRoundsToZeroHasNoMinus()
    {
        Assert.Equal("0.00", En.Fixed(-0.001, 2));
        Assert.Equal("0", En.Fixed(-0.0, 0));
    }

    [Theory]
    [InlineData(2.511e-8, "2.511·10⁻⁸", "2,511·10⁻⁸")]
    [InlineData(6.5e-6, "6.5·10⁻⁶", "6,5·10⁻⁶")]
    [InlineData(1e12, "1·10¹²", "1·10¹²")]
    [InlineData(-3.25e7, "−3.25·10⁷", "−3,25·10⁷")]
    [InlineData(0.6931471805599453, "0.6931", "0,6931")]
    [InlineData(17.5, "17.5", "17,5")]
    [InlineData(81921, "81,921", "81\u00A0921")]
    [InlineData(0.001, "0.001", "0,001")]
    [InlineData(0.00099999, "0.001", "0,001")]
    [InlineData(0.00099949, "9.995·10⁻⁴", "9,995·10⁻⁴")]
    [InlineData(999999.7, "1·10⁶", "1·10⁶")]
    [InlineData(123456.7, "123,457", "123\u00A0457")]
    [InlineData(0, "0", "0")]
    [InlineData(double.PositiveInfinity, "∞", "∞")]
    [InlineData(double.NegativeInfinity, "−∞", "−∞")]
    public void NumbersChoosePlainOrScientific(double x, string en, string ru)
    {
        Assert.Equal(en, En.Number(x));
        Assert.Equal(ru, Ru.Number(x));
    }

    [Theory]
    [InlineData(0.685, 1, "68.5%", "68,5\u00A0%")]
    [InlineData(1, 0, "100%", "100\u00A0%")]
    public void Percentages(double fraction, int decimals, string en, string ru)
    {
        Assert.Equal(en, En.Percent(fraction, decimals));
        Assert.Equal(ru, Ru.Percent(fraction, decimals));
    }

    [Fact]
    public void RussianIsEnglishWithTheSeparatorsSwappedAndNeverUsesE() =>
        Gen.Double.Sample(x =>
        {
            if (!double.IsFinite(x)) return;
            foreach (int digits in new[] { 1, 4, 17 })
            {
                string en = En.Number(x, digits), ru = Ru.Number(x, digits);
                Assert.Equal(en.Replace(',', Nbsp).Replace('.', ','), ru);
                Assert.DoesNotContain("E", en);
                Assert.DoesNotContain("e", en);
            }
        }, seed: "0000000000NN", iter: 20_000, threads: 1);

    [Fact]
    public void SeventeenDigitsReadBackAsTheSameDouble() =>
        Gen.Double.Sample(x =>
        {
            if (!double.IsFinite(x) || x == 0) return;
            Assert.Equal(x, Parse(En.Number(x, 17)));
        }, seed: "0000000000NN", iter: 20_000, threads: 1);

    [Theory]
    [InlineData(17.32868f, "17.32868", "17,32868")]
    [InlineData(-103.972084f, "−103.972084", "−103,972084")]
    [InlineData(2.0611537E-09f, "2.0611537·10⁻⁹", "2,0611537·10⁻⁹")]
    [InlineData(0.5f, "0.5", "0,5")]
    public void ShortestFloatsKeepEveryDigitInTheLanguagesSeparators(float x, string en, string ru)
    {
        Assert.Equal(en, En.Shortest(x));
        Assert.Equal(ru, Ru.Shortest(x));
    }

    [Theory]
    [InlineData(37.42994775023705, "37.42994775023705", "37,42994775023705")]
    [InlineData(3.720075976020836E-44, "3.720075976020836·10⁻⁴⁴", "3,720075976020836·10⁻⁴⁴")]
    [InlineData(-745.1332191019412, "−745.1332191019412", "−745,1332191019412")]
    [InlineData(1e300, "1·10³⁰⁰", "1·10³⁰⁰")]
    public void ShortestDoublesKeepEveryDigitInTheLanguagesSeparators(double x, string en, string ru)
    {
        Assert.Equal(en, En.Shortest(x));
        Assert.Equal(ru, Ru.Shortest(x));
    }

    [Fact]
    public void ShortestTextReadsBackAsTheSameValueInBothFormats() =>
        Gen.Double.Sample(x =>
        {
            if (!double.IsFinite(x)) return;
            float f = (float)x;
            string en = En.Shortest(x), ru = Ru.Shortest(x);
            Assert.Equal(x, Parse(en));
            Assert.Equal(en.Replace(',', Nbsp).Replace('.', ','), ru);
            if (float.IsFinite(f)) Assert.Equal(f, (float)Parse(En.Shortest(f)));
            Assert.DoesNotContain("E", en + ru);
        }, seed: "0000000000NN", iter: 20_000, threads: 1);

    [Fact]
    public void ListsUseASemicolonWhereTheDecimalSeparatorIsAComma()
    {
        Assert.Equal("(−1.5, 0)", "(" + En.List([En.Number(-1.5), En.Number(0)]) + ")");
        Assert.Equal("(−1,5; 0)", "(" + Ru.List([Ru.Number(-1.5), Ru.Number(0)]) + ")");
    }

    // Reads English text back: "−1,234.5" or "−2.5·10⁻⁸".
    private static double Parse(string text)
    {
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        text = text.Replace(",", "").Replace('−', '-');
        int dot = text.IndexOf("·10", StringComparison.Ordinal);
        if (dot < 0) return double.Parse(text, CultureInfo.InvariantCulture);
        string exponent = new(text[(dot + 3)..].Select(c => c == '⁻' ? '-' : (char)('0' + superscripts.IndexOf(c))).ToArray());
        return double.Parse(text[..dot] + "E" + exponent, CultureInfo.InvariantCulture);
    }
}
