using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>Correct rounding and the ULP definition, on values whose answers follow from the IEEE rules alone.</summary>
public class RoundingTests
{
    private static double Round(ScaledValue v, NumberFormat f)
    {
        Assert.True(Rounding.TryRound(v, 0, f, out double r));
        return r;
    }

    [Fact]
    public void TiesGoToEvenAndTailsBreakThem()
    {
        double halfEps = Math.ScaleB(1.0, -150); // half the smallest float subnormal
        Assert.Equal(0.0, Round(new ScaledValue(halfEps), NumberFormat.Float));
        Assert.Equal(Math.ScaleB(1.0, -149), Round(new ScaledValue(halfEps, 0, +1), NumberFormat.Float));
        Assert.Equal(Math.ScaleB(1.0, -148), Round(new ScaledValue(3 * halfEps), NumberFormat.Float)); // tie → even
        Assert.Equal(1.0, Round(new ScaledValue(1 + Math.ScaleB(1.0, -24)), NumberFormat.Float));       // tie → even (1)
        Assert.Equal(1 + Math.ScaleB(1.0, -23), Round(new ScaledValue(1 + Math.ScaleB(1.0, -24), 0, 1), NumberFormat.Float));
        Assert.Equal(-0.0, Round(new ScaledValue(-halfEps), NumberFormat.Float));
        Assert.True(double.IsNegative(Round(new ScaledValue(-halfEps), NumberFormat.Float)));
    }

    [Fact]
    public void OverflowAndScaledValues()
    {
        Assert.Equal(double.PositiveInfinity, Round(new ScaledValue(1.0, 128), NumberFormat.Float));
        Assert.Equal((double)float.MaxValue, Round(new ScaledValue((double)float.MaxValue), NumberFormat.Float));
        Assert.Equal((double)Half.MaxValue, Round(new ScaledValue(65519.0), NumberFormat.Half));
        Assert.Equal(double.PositiveInfinity, Round(new ScaledValue(65520.0), NumberFormat.Half)); // Max + ½ ulp: tie to "even" = overflow
        Assert.Equal(Math.ScaleB(1.0, -1073), Round(new ScaledValue(0.75, -1073), NumberFormat.Double)); // 1.5 quanta: tie → 2
        Assert.Equal(0.0, Round(new ScaledValue(1.0, -2000), NumberFormat.Double));
    }

    [Fact]
    public void UlpIsTheSpacingOfTheExactValuesBinade()
    {
        // v just below 1: float spacing there is 2^-24; result 1 is 2^-30 away = 1/64 ULP
        var v = new ScaledValue(1 - Math.ScaleB(1.0, -30));
        Assert.Equal(1.0 / 64, Rounding.UlpError(1.0, v, NumberFormat.Float));
        // v just above 1: spacing 2^-23
        Assert.Equal(1.0 / 128, Rounding.UlpError(1.0, new ScaledValue(1 + Math.ScaleB(1.0, -30)), NumberFormat.Float));
        // subnormal: spacing 2^-149 for every value below 2^-126, zero included
        Assert.Equal(1.0, Rounding.UlpError(0.0, new ScaledValue(Math.ScaleB(1.0, -149)), NumberFormat.Float));
        Assert.Equal(0.5, Rounding.UlpError(Math.ScaleB(1.0, -149), new ScaledValue(Math.ScaleB(1.0, -150)), NumberFormat.Float));
        Assert.Equal(2.0, Rounding.UlpError(Math.ScaleB(1.0, -148), new ScaledValue(0.0), NumberFormat.Float));
        // exactly 1 with an infinitesimal tail below: the binade is the one below 1
        Assert.Equal(1.0, Rounding.UlpError(1 - Math.ScaleB(1.0, -53), new ScaledValue(1.0, 0, -1), NumberFormat.Double), 12);
        Assert.Equal(double.PositiveInfinity, Rounding.UlpError(double.NaN, new ScaledValue(1.0), NumberFormat.Float));
        Assert.Equal(0, Rounding.UlpError(double.NaN, ScaledValue.NaN, NumberFormat.Float));
    }

    [Fact]
    public void BigFloatRoundingAgreesWithScaledValueRounding()
    {
        var rng = new Random(11);
        for (int i = 0; i < 20_000; i++)
        {
            double hi = BitConverter.Int64BitsToDouble(rng.NextInt64(0x0010000000000000, 0x7FE0000000000000));
            double lo = hi * Math.ScaleB(rng.NextDouble() - 0.5, -53);
            int scale = rng.Next(-1200, 200);
            var v = new ScaledValue(DoubleDouble.TwoSum(hi, lo), scale);
            var b = (BigFloat.FromDouble(v.Mantissa.Hi) + BigFloat.FromDouble(v.Mantissa.Lo)).ScaleB(scale);
            foreach (var f in new[] { NumberFormat.Float, NumberFormat.Double, NumberFormat.Half })
            {
                Assert.True(Rounding.TryRound(v, 0, f, out double a));
                Assert.True(b.TryRoundTo(f, 0, out double c));
                Assert.True(Rounding.SameResult(a, c), $"{v} to {f.Name}: {a:R} vs {c:R}");
            }
        }
    }
}
