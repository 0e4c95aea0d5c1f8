using Sigmoid.Kernels;

namespace Sigmoid.Tests.Core;

/// <summary>The pieces the correct-rounding scheme rests on, checked against facts independent of the kernels.</summary>
public class CorrectRoundingTests
{
    [Fact]
    public void DoubleToHalfRoundsOnceAtEveryMidpoint()
    {
        // For each pair of adjacent finite Halves: the midpoint ties to the even one, one double ulp either side
        // rounds to the nearer one.
        for (int b = 0; b < 0x7BFF; b++)
        {
            Half lo = BitConverter.UInt16BitsToHalf((ushort)b), hi = BitConverter.UInt16BitsToHalf((ushort)(b + 1));
            double mid = ((double)lo + (double)hi) / 2;
            Assert.Equal(lo, CorrectRounding.RoundToHalf(Math.BitDecrement(mid)));
            Assert.Equal(hi, CorrectRounding.RoundToHalf(Math.BitIncrement(mid)));
            Assert.Equal((b & 1) == 0 ? lo : hi, CorrectRounding.RoundToHalf(mid));
            Assert.Equal(-(double)lo, (double)CorrectRounding.RoundToHalf(-Math.BitDecrement(mid)));
        }
        Assert.Equal(Half.PositiveInfinity, CorrectRounding.RoundToHalf(65520.0));
        Assert.Equal((ushort)0x8000, BitConverter.HalfToUInt16Bits(CorrectRounding.RoundToHalf(-0.0)));
        Assert.Equal((ushort)0x8000, BitConverter.HalfToUInt16Bits(CorrectRounding.RoundToHalf(-1e-30)));
        Assert.Equal(Half.MaxValue, CorrectRounding.RoundToHalf(Math.BitDecrement(65520.0)));
    }

    [Fact]
    public void DoubleDoubleRoundingUsesTheLowPartOnlyAtMidpoints()
    {
        float a = 1.0f, b = MathF.BitIncrement(1.0f);
        double mid = ((double)a + b) / 2;
        Assert.Equal(b, CorrectRounding.ToFloat(new DoubleDouble(mid, 1e-30)));
        Assert.Equal(a, CorrectRounding.ToFloat(new DoubleDouble(mid, -1e-30)));
        Assert.Equal(a, CorrectRounding.ToFloat(new DoubleDouble(Math.BitDecrement(mid), 1e-30)));
        Assert.Equal(a, CorrectRounding.ToFloat(new DoubleDouble(mid, 0)));   // a tie: 1.0 has the even mantissa
    }

    [Fact]
    public void Ln2InDoubleDoubleMatchesItsKnownDigits()
    {
        // ln 2 = 0.693147180559945309417232121458176568…; its double is 0x3FE62E42FEFA39EF and the remainder
        // is 2.3190468138462996e-17.
        Assert.Equal(0x3FE62E42FEFA39EFL, BitConverter.DoubleToInt64Bits(AccurateMath.Ln2.Hi));
        Assert.Equal(2.3190468138462996e-17, AccurateMath.Ln2.Lo, 1e-31);
    }

    [Fact]
    public void MidpointDetectorFlagsResultsNearAFloatMidpointOnly()
    {
        double mid = ((double)1.5f + MathF.BitIncrement(1.5f)) / 2;
        Assert.True(Flag(mid));
        Assert.True(Flag(Math.BitIncrement(mid)));
        Assert.False(Flag(1.5));
        Assert.False(Flag(Math.BitIncrement(1.5)));
        // subnormal float range: midpoint between 0 and the smallest subnormal, 2^-150
        Assert.True(Flag(Math.ScaleB(1, -150)));
        Assert.False(Flag(Math.ScaleB(1, -149)));
    }

    private static bool Flag(double r)
    {
        float stored = 0;
        return !Sigmoid.Lanes.ScalarLanes.StoreNarrowingIfSame(new(r * CorrectRounding.BracketUp), new(r * CorrectRounding.BracketDown), ref stored);
    }
}
