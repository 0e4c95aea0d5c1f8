using Sigmoid.Lab.Localization;
using Sigmoid.Tests.Lab;

namespace Sigmoid.Tests.Localization;

/// <summary>The language codes are parsed in one place, and the command line turns a bad code into a usage error.</summary>
public class LanguageTests
{
    [Theory]
    [InlineData("en", Language.English)]
    [InlineData("ru", Language.Russian)]
    public void CodesParseAndRoundTrip(string code, Language expected)
    {
        Assert.Equal(expected, Languages.Parse(code));
        Assert.Equal(code, expected.Code());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EN")]
    [InlineData("de")]
    [InlineData("ru ")]
    public void AnythingElseIsRefusedWithTheCodeInTheMessage(string? code)
    {
        Assert.False(Languages.TryParse(code, out _));
        var e = Assert.Throws<ArgumentException>(() => Languages.Parse(code));
        Assert.Contains($"'{code}'", e.Message);
        Assert.Contains("en or ru", e.Message);
    }

    [Theory]
    [InlineData("zigzag")]
    [InlineData("vanishing")]
    [InlineData("plot")]
    [InlineData("report")]
    public void ABadLangIsAUsageErrorNamingTheOption(string command)
    {
        var (code, stdout, stderr) = CliRun.Run(command, "--lang", "de", "--out", CliRun.TempFolder("lang-" + command));
        Assert.Equal(2, code);
        Assert.Contains("--lang", stderr);
        Assert.Contains("'de'", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
        Assert.Equal("", stdout);
    }
}
