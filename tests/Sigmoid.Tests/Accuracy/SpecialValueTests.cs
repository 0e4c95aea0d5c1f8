using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>Special values as the library's contract lists them, for every type, through the scalar and the span overloads.</summary>
public class SpecialValueTests
{
    private static readonly float Nan = float.NaN, Inf = float.PositiveInfinity;

    [Fact]
    public void SigmoidFamilyAtInfinitiesZeroAndNaN()
    {
        foreach (var (f, x, expected) in new (SigmoidFunction, double, double)[]
        {
            (SigmoidFunction.Sigmoid, Inf, 1), (SigmoidFunction.Sigmoid, -Inf, 0), (SigmoidFunction.Sigmoid, -0.0, 0.5),
            (SigmoidFunction.Sigmoid, 0.0, 0.5), (SigmoidFunction.Sigmoid, Nan, Nan),
            (SigmoidFunction.Logit, 0.0, -Inf), (SigmoidFunction.Logit, 1.0, Inf), (SigmoidFunction.Logit, -0.5, Nan),
            (SigmoidFunction.Logit, 1.5, Nan), (SigmoidFunction.Logit, -Inf, Nan), (SigmoidFunction.Logit, Inf, Nan),
            (SigmoidFunction.Logit, Nan, Nan), (SigmoidFunction.Logit, 0.5, 0.0),
            (SigmoidFunction.LogSigmoid, -Inf, -Inf), (SigmoidFunction.LogSigmoid, Nan, Nan),
            (SigmoidFunction.Softplus, Inf, Inf), (SigmoidFunction.Softplus, -Inf, 0), (SigmoidFunction.Softplus, Nan, Nan),
            (SigmoidFunction.SigmoidDerivative, 0.0, 0.25), (SigmoidFunction.SigmoidDerivative, Inf, 0),
            (SigmoidFunction.SigmoidDerivative, -Inf, 0), (SigmoidFunction.SigmoidDerivative, Nan, Nan),
            (SigmoidFunction.Silu, Inf, Inf), (SigmoidFunction.Silu, -Inf, -0.0), (SigmoidFunction.Silu, 0.0, 0.0),
            (SigmoidFunction.Silu, -0.0, -0.0), (SigmoidFunction.Silu, Nan, Nan), (SigmoidFunction.Silu, -1e30, -0.0),
            (SigmoidFunction.SiluDerivative, Inf, 1), (SigmoidFunction.SiluDerivative, -Inf, -0.0),
            (SigmoidFunction.SiluDerivative, 0.0, 0.5), (SigmoidFunction.SiluDerivative, -0.0, 0.5),
            (SigmoidFunction.SiluDerivative, Nan, Nan), (SigmoidFunction.SiluDerivative, 1e30, 1),
        })
            foreach (var format in new[] { NumberFormat.Float, NumberFormat.Double, NumberFormat.Half })
            {
                var (scalar, span) = Evaluate(f, format, x, 0);
                Assert.True(Rounding.SameResult(expected, scalar), $"{f}({x}) {format.Name} scalar: {scalar:R}, expected {expected:R}");
                Assert.True(Rounding.SameResult(expected, span), $"{f}({x}) {format.Name} span: {span:R}, expected {expected:R}");
            }
    }

    [Theory]
    [InlineData(SigmoidFunction.Sigmoid)]
    [InlineData(SigmoidFunction.SigmoidDerivative)]
    [InlineData(SigmoidFunction.Logit)]
    [InlineData(SigmoidFunction.LogSigmoid)]
    [InlineData(SigmoidFunction.Softplus)]
    [InlineData(SigmoidFunction.BceWithLogits)]
    [InlineData(SigmoidFunction.Silu)]
    [InlineData(SigmoidFunction.SiluDerivative)]
    [InlineData(SigmoidFunction.SiluBackward)]
    [InlineData(SigmoidFunction.SoftplusBeta)]
    [InlineData(SigmoidFunction.LogitEps)]
    public void EverySpecialInputMatchesTheReference(SigmoidFunction f)
    {
        foreach (var format in new[] { NumberFormat.Float, NumberFormat.Double, NumberFormat.Half })
            foreach (double x in SpecialInputs.For(format))
                foreach (float value in f.HasLabel() ? LabelSet.ValuesFor(f) : [0f])
                {
                    double label = SpecialInputs.Quantize(value, format);   // the second argument as the type holds it
                    double expected = ReferenceFunctions.CorrectlyRounded(f, x, label, format, out ScaledValue exact, out _);
                    var (scalar, span) = Evaluate(f, format, x, label);
                    Assert.True(Rounding.SameResult(scalar, span), $"{f}({x:R}) {format.Name}: scalar {scalar:R} ≠ span {span:R}");
                    double ulp = Rounding.UlpError(span, exact, format);
                    double bound = format == NumberFormat.Double || !AccuracyContract.IsCorrectlyRounded(f)
                        ? Tolerances.DoubleMaxUlp
                        : Tolerances.AllowedNotCorrectlyRounded(f, format) == 0 ? Tolerances.CorrectlyRoundedUlp : 1.0;
                    Assert.True(ulp <= bound, $"{f}({x:R}, y={label}) {format.Name}: {span:R}, correctly rounded {expected:R} ({ulp} ULP)");
                    Assert.True(ErrorTally.InRange(f, span, exact.IsNaN), $"{f}({x:R}) {format.Name} = {span:R} out of range");
                }
    }

    /// <summary>f through the scalar overload and through a one-element span.</summary>
    internal static (double Scalar, double Span) Evaluate(SigmoidFunction f, NumberFormat format, double x, double y)
    {
        var c = Candidates.Library(f);
        if (format == NumberFormat.Float)
        {
            float[] r = new float[1];
            c.Float!([(float)x], [(float)y], r);
            return (ScalarFloat(f, (float)x, (float)y), r[0]);
        }
        if (format == NumberFormat.Half)
        {
            Half[] r = new Half[1];
            c.Half!([(Half)x], [(Half)y], r);
            return ((double)ScalarHalf(f, (Half)x, (Half)y), (double)r[0]);
        }
        double[] d = new double[1];
        c.Double!([x], [y], d);
        return (ScalarDouble(f, x, y), d[0]);
    }

    internal static float ScalarFloat(SigmoidFunction f, float x, float y) => f switch
    {
        SigmoidFunction.Sigmoid => Logistic.Sigmoid(x),
        SigmoidFunction.SigmoidDerivative => Logistic.SigmoidDerivative(x),
        SigmoidFunction.Logit => Logistic.Logit(x),
        SigmoidFunction.LogSigmoid => Logistic.LogSigmoid(x),
        SigmoidFunction.Softplus => Logistic.Softplus(x),
        SigmoidFunction.Silu => Logistic.Silu(x),
        SigmoidFunction.SiluDerivative => Logistic.SiluDerivative(x),
        SigmoidFunction.SiluBackward => Logistic.SiluBackward(x, y),
        SigmoidFunction.SoftplusBeta => Logistic.Softplus(x, y),
        SigmoidFunction.LogitEps => Logistic.Logit(x, y),
        SigmoidFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits(x, y),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    internal static double ScalarDouble(SigmoidFunction f, double x, double y) => f switch
    {
        SigmoidFunction.Sigmoid => Logistic.Sigmoid(x),
        SigmoidFunction.SigmoidDerivative => Logistic.SigmoidDerivative(x),
        SigmoidFunction.Logit => Logistic.Logit(x),
        SigmoidFunction.LogSigmoid => Logistic.LogSigmoid(x),
        SigmoidFunction.Softplus => Logistic.Softplus(x),
        SigmoidFunction.Silu => Logistic.Silu(x),
        SigmoidFunction.SiluDerivative => Logistic.SiluDerivative(x),
        SigmoidFunction.SiluBackward => Logistic.SiluBackward(x, y),
        SigmoidFunction.SoftplusBeta => Logistic.Softplus(x, y),
        SigmoidFunction.LogitEps => Logistic.Logit(x, y),
        SigmoidFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits(x, y),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    internal static Half ScalarHalf(SigmoidFunction f, Half x, Half y) => f switch
    {
        SigmoidFunction.Sigmoid => Logistic.Sigmoid(x),
        SigmoidFunction.SigmoidDerivative => Logistic.SigmoidDerivative(x),
        SigmoidFunction.Logit => Logistic.Logit(x),
        SigmoidFunction.LogSigmoid => Logistic.LogSigmoid(x),
        SigmoidFunction.Softplus => Logistic.Softplus(x),
        SigmoidFunction.Silu => Logistic.Silu(x),
        SigmoidFunction.SiluDerivative => Logistic.SiluDerivative(x),
        SigmoidFunction.SiluBackward => Logistic.SiluBackward(x, y),
        SigmoidFunction.SoftplusBeta => Logistic.Softplus(x, y),
        SigmoidFunction.LogitEps => Logistic.Logit(x, y),
        SigmoidFunction.BceWithLogits => Logistic.BinaryCrossEntropyWithLogits(x, y),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };
}
