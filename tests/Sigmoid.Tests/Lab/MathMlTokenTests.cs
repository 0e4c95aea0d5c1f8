using Sigmoid.Lab.Report;

namespace Sigmoid.Tests.Lab;

/// <summary>How plain text becomes MathML tokens: a number stays one <c>&lt;mn&gt;</c> in either language's writing.</summary>
public class MathMlTokenTests
{
    [Theory]
    [InlineData("0.99", "<mn>0.99</mn>")]
    [InlineData("0,99", "<mn>0,99</mn>")]
    [InlineData("81\u00A0921", "<mn>81&#160;921</mn>")]
    [InlineData(".5", "<mn>.5</mn>")]
    public void ANumberInEitherLanguagesWritingIsOneToken(string text, string expected) =>
        Assert.Equal("<mrow><mrow>" + expected + "</mrow></mrow>", MathMl.Row(text).Markup);

    [Fact]
    public void ACommaBetweenItemsStaysAnOperator() =>
        Assert.Equal("<mrow><mrow><mi>x</mi><mo>,</mo><mn>1</mn><mo>;</mo><mn>2</mn></mrow></mrow>", MathMl.Row("x, 1; 2").Markup);

    [Fact]
    public void AMinusAfterAnOpeningBracketIsASignAndBetweenTermsASubtraction() =>
        Assert.Equal("<mrow><mrow><mi>σ</mi><mo>(</mo><mo form=\"prefix\">−</mo><mi>x</mi><mo>)</mo><mo form=\"infix\">−</mo><mn>1</mn></mrow></mrow>", MathMl.Row("σ(−x) − 1").Markup);

    [Fact]
    public void AnOperatorWrittenWithSpacesIsBinaryEvenFirstInItsString() =>
        Assert.Equal("<mrow><mrow><mo form=\"infix\">+</mo><mi>b</mi></mrow></mrow>", MathMl.Row(" + b").Markup);

    [Fact]
    public void AFunctionNameWrittenBetweenSpacesKeepsThinSpacesAroundIt() =>
        Assert.Equal("<mrow><mrow><mo form=\"prefix\">−</mo><mi>q</mi><mspace width=\"0.1667em\"/><mi>ln</mi><mspace width=\"0.1667em\"/><mi>p</mi></mrow></mrow>",
            MathMl.Row("−q ln p").Markup);

    [Fact]
    public void AFunctionNameAfterARelationOrBeforeABracketGetsNoExtraSpace() =>
        Assert.Equal("<mrow><mrow><mo form=\"infix\">=</mo><mi>ln</mi><mo>(</mo><mi>y</mi><mo>)</mo></mrow></mrow>", MathMl.Row(" = ln(y)").Markup);
}
