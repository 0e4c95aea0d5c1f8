using Sigmoid.Lab.Reference;
using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// The SiLU layer rounds once: its forward pass is the correctly rounded SiLU in float (against the project's
/// reference), not x times a rounded σ(x), and its backward pass is the library's SiluBackward bit for bit, not a
/// slope composed from a rounded σ. Each test first shows that its inputs tell the two apart.
/// </summary>
public class SiluLayerTests
{
    private const int Batch = 4, Features = 2500;

    private static float[] Inputs(ulong seed, double low, double high)
    {
        var rng = new SplitMix64(seed);
        return Enumerable.Range(0, Batch * Features).Select(_ => (float)rng.NextUniform(low, high)).ToArray();
    }

    [Fact]
    public void FloatForwardIsCorrectlyRoundedWhereXTimesSigmoidRoundsTwice()
    {
        float[] x = Inputs(21, -30, 30);
        float[] twice = x.Select(v => v * Logistic.Sigmoid(v)).ToArray();
        float[] exact = x.Select(v => (float)ReferenceFunctions.CorrectlyRounded(SigmoidFunction.Silu, v, 0, NumberFormat.Float, out _, out _)).ToArray();
        int differ = Enumerable.Range(0, x.Length).Count(i => BitConverter.SingleToInt32Bits(twice[i]) != BitConverter.SingleToInt32Bits(exact[i]));
        Assert.True(differ > x.Length / 100, $"only {differ} of {x.Length} inputs round differently through x·σ(x): the test could not fail");

        var y = new float[x.Length];
        new SiluLayer<float>(Features).Forward(x, y);
        for (int i = 0; i < x.Length; i++)
            Assert.True(BitConverter.SingleToInt32Bits(exact[i]) == BitConverter.SingleToInt32Bits(y[i]),
                $"SiLU({x[i]:R}) = {y[i]:R}, correctly rounded {exact[i]:R}");
    }

    [Fact]
    public void DoubleForwardGivesTheLibrarysBits()
    {
        var rng = new SplitMix64(22);
        double[] x = Enumerable.Range(0, Batch * Features).Select(_ => rng.NextUniform(-40, 40)).ToArray();
        int differ = x.Count(v => BitConverter.DoubleToInt64Bits(v * Logistic.Sigmoid(v)) != BitConverter.DoubleToInt64Bits(Logistic.Silu(v)));
        Assert.True(differ > x.Length / 100, $"only {differ} of {x.Length} inputs differ between x·σ(x) and Silu(x): the test could not fail");

        var y = new double[x.Length];
        new SiluLayer<double>(Features).Forward(x, y);
        for (int i = 0; i < x.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(Logistic.Silu(x[i])) == BitConverter.DoubleToInt64Bits(y[i]), $"x = {x[i]:R}: {y[i]:R}");
    }

    [Fact]
    public void BackwardIsTheLibrarysSiluBackwardAlsoAroundTheSlopesZero()
    {
        // inputs around the slope's zero x₀ ≈ -1.2785, where 1 + x·(1 - σ(x)) cancels, and across the whole range
        float[] x = Inputs(23, -1.4, -1.15).Concat(Inputs(24, -30, 30)).ToArray();
        var rng = new SplitMix64(25);
        float[] dy = x.Select(_ => (float)rng.NextUniform(-2, 2)).ToArray();
        float[] expected = x.Select((v, i) => Logistic.SiluBackward(v, dy[i])).ToArray();
        float[] composed = x.Select((v, i) => { float s = Logistic.Sigmoid(v); return s * (1f + v * (1f - s)) * dy[i]; }).ToArray();
        int differ = Enumerable.Range(0, x.Length).Count(i => BitConverter.SingleToInt32Bits(composed[i]) != BitConverter.SingleToInt32Bits(expected[i]));
        Assert.True(differ > x.Length / 100, $"only {differ} of {x.Length} gradients differ from the composed slope: the test could not fail");

        var dx = new float[x.Length];
        new SiluLayer<float>(2 * Features).Backward(x, dy, dx);
        for (int i = 0; i < x.Length; i++)
            Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(dx[i]),
                $"x = {x[i]:R}, dy = {dy[i]:R}: dx = {dx[i]:R}, SiluBackward {expected[i]:R}");

        double[] xd = x.Select(v => (double)v).ToArray(), dyd = dy.Select(v => (double)v).ToArray();
        var dxd = new double[xd.Length];
        new SiluLayer<double>(2 * Features).Backward(xd, dyd, dxd);
        for (int i = 0; i < xd.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(Logistic.SiluBackward(xd[i], dyd[i])) == BitConverter.DoubleToInt64Bits(dxd[i]), $"x = {xd[i]:R}");
    }

    [Fact]
    public void BackwardWithoutDestinationSkipsTheInputGradient()
    {
        var layer = new SiluLayer<float>(3);
        layer.Backward([1f, 2f, 3f], [1f, 1f, 1f], Span<float>.Empty);
        Assert.Throws<ArgumentException>(() => layer.Backward([1f, 2f, 3f], [1f, 1f, 1f], new float[2]));
    }
}
