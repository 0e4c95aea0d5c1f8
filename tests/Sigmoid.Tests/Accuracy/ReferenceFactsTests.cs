using System.Numerics;
using Sigmoid.Lab.Reference;
using DD = Sigmoid.Lab.Reference.DoubleDouble;

namespace Sigmoid.Tests.Accuracy;

/// <summary>The references against independent mathematical facts.</summary>
public class ReferenceFactsTests
{
    /// <summary>e = Σ 1/n! in 400-bit fixed point, by integer arithmetic only.</summary>
    private static BigInteger EFixedPoint(int bits)
    {
        BigInteger one = BigInteger.One << bits, term = one, sum = BigInteger.Zero;
        for (int n = 1; !term.IsZero; n++) { sum += term; term /= n; }
        return sum;
    }

    /// <summary>ln 2 = Σ 1/(n·2^n) in fixed point.</summary>
    private static BigInteger Ln2FixedPoint(int bits)
    {
        BigInteger sum = BigInteger.Zero;
        for (int n = 1; n < bits + 20; n++) sum += (BigInteger.One << (bits - n)) / n;
        return sum;
    }

    private static BigInteger ToFixed(BigFloat x, int bits) =>
        x.Exponent + bits >= 0 ? x.Mantissa << (int)(x.Exponent + bits) : x.Mantissa >> (int)-(x.Exponent + bits);

    [Fact]
    public void BigFloatExpOfOneMatchesTheSeriesForE()
    {
        BigInteger e = EFixedPoint(400);
        BigInteger ours = ToFixed(BigMath.Exp(BigFloat.One), 400);
        Assert.True(BigInteger.Abs(e - ours) < BigInteger.One << (400 - 280), "exp(1) differs from Σ1/n! beyond 2^-280");
    }

    [Fact]
    public void BigFloatLn2MatchesAnIndependentSeries()
    {
        BigInteger ln2 = Ln2FixedPoint(400);
        BigInteger ours = ToFixed(BigMath.Ln2, 400);
        Assert.True(BigInteger.Abs(ln2 - ours) < BigInteger.One << (400 - 300));
    }

    [Fact]
    public void DoubleDoubleExpAndLogMatchTheFixedPointSeries()
    {
        var (m, k) = DoubleDoubleMath.Exp(DD.One);
        DD e = m.ScaleB(k);
        BigInteger reference = EFixedPoint(200);
        BigInteger ours = ToFixed(BigFloat.FromDouble(e.Hi) + BigFloat.FromDouble(e.Lo), 200);
        Assert.True(BigInteger.Abs(reference - ours) < BigInteger.One << (200 - 100), "double-double e is off beyond 2^-100");
        BigInteger ln2 = ToFixed(BigFloat.FromDouble(DoubleDoubleMath.Ln2.Hi) + BigFloat.FromDouble(DoubleDoubleMath.Ln2.Lo), 200);
        Assert.True(BigInteger.Abs(Ln2FixedPoint(200) - ln2) < BigInteger.One << (200 - 104));
        DD logE = DoubleDoubleMath.Log(e);
        Assert.True(Math.Abs((logE - DD.One).ToDouble()) < Math.ScaleB(1.0, -100));
        DD log2 = DoubleDoubleMath.Log(2.0);
        Assert.True(Math.Abs((log2 - DoubleDoubleMath.Ln2).ToDouble()) < Math.ScaleB(1.0, -104));
    }

    [Fact]
    public void SigmoidAtZeroIsHalfAndDerivativeAQuarterExactly()
    {
        var s = ReferenceFunctions.Evaluate(SigmoidFunction.Sigmoid, 0.0, 0, out bool exact);
        Assert.True(exact);
        Assert.Equal(0.5, s.ToDouble());
        Assert.Equal(0.25, ReferenceFunctions.Evaluate(SigmoidFunction.SigmoidDerivative, -0.0).ToDouble());
        Assert.Equal(0.0, ReferenceFunctions.Evaluate(SigmoidFunction.Logit, 0.5).ToDouble());
        Assert.Equal(0.5, BigReference.Evaluate(SigmoidFunction.Sigmoid, 0.0)!.Value.ToDouble());
    }

    [Fact]
    public void SigmoidIsSymmetricToTwoToTheMinus100()
    {
        var rng = new Random(5);
        for (int i = 0; i < 2000; i++)
        {
            double x = (rng.NextDouble() - 0.5) * 80;
            ScaledValue a = ReferenceFunctions.Evaluate(SigmoidFunction.Sigmoid, x);
            ScaledValue b = ReferenceFunctions.Evaluate(SigmoidFunction.Sigmoid, -x);
            DD sum = a.Mantissa.ScaleB(a.Scale) + b.Mantissa.ScaleB(b.Scale);
            Assert.True(Math.Abs((sum - DD.One).ToDouble()) <= Tolerances.SymmetryInDoubleDouble, $"σ({x:R}) + σ(-x) - 1 = {(sum - DD.One).ToDouble():E3}");
        }
    }

    [Fact]
    public void LogitInvertsSigmoidInDoubleDouble()
    {
        var rng = new Random(6);
        for (int i = 0; i < 2000; i++)
        {
            double x = (rng.NextDouble() - 0.5) * 60;
            ScaledValue s = ReferenceFunctions.Evaluate(SigmoidFunction.Sigmoid, x);
            ScaledValue t = ReferenceFunctions.Evaluate(SigmoidFunction.Sigmoid, -x); // 1 - σ(x), without cancellation
            DD back = DoubleDoubleMath.Log(s.Mantissa.ScaleB(s.Scale)) - DoubleDoubleMath.Log(t.Mantissa.ScaleB(t.Scale));
            Assert.True(Math.Abs((back - x).ToDouble()) <= Tolerances.RoundTripInDoubleDouble * Math.Max(1, Math.Abs(x)),
                $"logit(σ({x:R})) - x = {(back - x).ToDouble():E3}");
        }
    }

    [Fact]
    public void SubnormalSigmoidIsExpForVeryNegativeInputs()
    {
        // σ(x) = e^x/(1+e^x) and e^x < 2^-1000 there, so σ(x) and e^x agree to 2^-1000 relative: same double
        foreach (double x in new[] { -709.8, -720.0, -740.5, -745.0 })
        {
            double s = ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Sigmoid, x, 0, NumberFormat.Double, out _, out _);
            Assert.True(s > 0 && s < double.Epsilon * Math.ScaleB(1.0, 52) * 2, $"σ({x}) = {s:R} should be subnormal");
            Assert.True(BigMath.Exp(BigFloat.FromDouble(x)).TryRoundTo(NumberFormat.Double, BigReference.RelativeError, out double ex));
            Assert.Equal(ex, s);
        }
    }
}
