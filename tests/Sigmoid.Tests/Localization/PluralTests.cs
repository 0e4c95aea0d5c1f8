using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Localization;

/// <summary>Counted phrases take the form the language needs (expected forms written out by hand, from grammar).</summary>
public class PluralTests
{
    [Theory]
    [InlineData(0, "0 шагов")]
    [InlineData(1, "1 шаг")]
    [InlineData(2, "2 шага")]
    [InlineData(4, "4 шага")]
    [InlineData(5, "5 шагов")]
    [InlineData(11, "11 шагов")]
    [InlineData(12, "12 шагов")]
    [InlineData(14, "14 шагов")]
    [InlineData(21, "21 шаг")]
    [InlineData(22, "22 шага")]
    [InlineData(34, "34 шага")]
    [InlineData(101, "101 шаг")]
    [InlineData(111, "111 шагов")]
    [InlineData(112, "112 шагов")]
    [InlineData(1001, "1\u00A0001 шаг")]
    public void RussianStepsTakeOneFewOrMany(long n, string expected) =>
        Assert.Equal(expected, TextCatalog.For(Language.Russian).Count("unit.step", n));

    [Theory]
    [InlineData(0, "0 steps")]
    [InlineData(1, "1 step")]
    [InlineData(2, "2 steps")]
    [InlineData(21, "21 steps")]
    [InlineData(81921, "81,921 steps")]
    public void EnglishStepsAreSingularOnlyForOne(long n, string expected) =>
        Assert.Equal(expected, TextCatalog.For(Language.English).Count("unit.step", n));

    [Fact]
    public void RussianRuleMatchesItsDefinitionForEveryCountUpTo10000()
    {
        for (long n = 0; n <= 10_000; n++)
        {
            long last = n % 10, lastTwo = n % 100;
            var expected = lastTwo is >= 11 and <= 14 ? PluralForm.Many
                : last == 1 ? PluralForm.One
                : last is >= 2 and <= 4 ? PluralForm.Few
                : PluralForm.Many;
            Assert.Equal(expected, PluralRules.For(Language.Russian, n));
            Assert.Equal(expected, PluralRules.For(Language.Russian, -n));
        }
    }
}
