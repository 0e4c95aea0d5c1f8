using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// A cancellable forward/backward pass works in blocks of rows so that it can stop part-way; it must give the same
/// bits as one uncancellable pass over the whole batch, and stop when cancelled.
/// </summary>
public class MlpCancellationTests
{
    private const int Rows = 3 * Mlp<double>.RowsPerCancellationCheck + 5; // several blocks and a partial one

    private static (double[] Out, double[] Dx, double[][] Grads) Pass(Activation activation, CancellationToken cancellation)
    {
        var net = Mlp.Create<double>(3, [17, 9], 2, activation, 7);
        var rng = new SplitMix64(11);
        var x = Enumerable.Range(0, Rows * 3).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var dOut = Enumerable.Range(0, Rows * 2).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var output = net.Forward(x, cancellation).ToArray();
        var dx = new double[x.Length];
        net.Backward(x, dOut, dx, cancellation);
        return (output, dx, net.Parameters.Select(p => p.Gradient.ToArray()).ToArray());
    }

    [Theory]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Relu)]
    public void BlocksOfRowsGiveTheSameBitsAsOnePass(Activation activation)
    {
        var whole = Pass(activation, CancellationToken.None);
        using var never = new CancellationTokenSource();
        var blocks = Pass(activation, never.Token);
        Assert.Equal(whole.Out.Select(BitConverter.DoubleToInt64Bits), blocks.Out.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(whole.Dx.Select(BitConverter.DoubleToInt64Bits), blocks.Dx.Select(BitConverter.DoubleToInt64Bits));
        for (int p = 0; p < whole.Grads.Length; p++)
            Assert.Equal(whole.Grads[p].Select(BitConverter.DoubleToInt64Bits), blocks.Grads[p].Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(whole.Grads[0], g => g != 0); // the comparison is not between zeros
    }

    [Fact]
    public void ACancelledTokenStopsForwardAndBackward()
    {
        var net = Mlp.Create<double>(3, [8], 1, Activation.Sigmoid, 1);
        var x = new double[Rows * 3];
        net.Forward(x);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => net.Forward(x, cancelled.Token));
        net.Forward(x);
        Assert.Throws<OperationCanceledException>(() => net.Backward(x, new double[Rows], default, cancelled.Token));
    }
}
