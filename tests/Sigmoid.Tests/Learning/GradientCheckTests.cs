using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>Every analytic gradient against fourth-order central differences in double.</summary>
public class GradientCheckTests
{
    /// <summary>The required bar: relative error below 1e-6 in double.</summary>
    private const double Tolerance = 1e-6;

    private static double[] Uniform(int n, double scale, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.NextUniform(-scale, scale);
        return v;
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 5, 4)]
    [InlineData(4, 9, 7)] // widths that cross a vector's length and need the masked last vector
    [InlineData(2, 17, 3)]
    public void DenseLayer(int batch, int inputs, int outputs)
    {
        var layer = new Dense<double>(inputs, outputs);
        var rng = new SplitMix64(11);
        WeightInit.Fill(layer, WeightInitKind.Xavier, ref rng);
        for (int i = 0; i < outputs; i++) layer.Bias.Value[i] = rng.NextUniform(-1, 1);
        var result = GradientCheck.Layer(layer, Uniform(batch * inputs, 1, 5));
        Assert.True(result.Passed(Tolerance), result.ToString());
        Assert.Equal(outputs * inputs + outputs + batch * inputs, result.Compared);
    }

    [Theory]
    [InlineData("sigmoid", 6.0)]
    [InlineData("tanh", 3.0)]
    [InlineData("relu", 3.0)]
    [InlineData("silu", 6.0)]
    public void ActivationLayer(string name, double scale)
    {
        var layer = Activations.Create<double>(Activations.Parse(name), 7);
        var result = GradientCheck.Layer(layer, Uniform(3 * 7, scale, 21));
        Assert.True(result.Passed(Tolerance), result.ToString());
    }

    public static TheoryData<Activation, bool> Networks() => new()
    {
        { Activation.Sigmoid, true }, { Activation.Tanh, true }, { Activation.Relu, true }, { Activation.Silu, true },
        { Activation.Sigmoid, false }, { Activation.Tanh, false }, { Activation.Relu, false }, { Activation.Silu, false },
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void WholeNetwork(Activation activation, bool bce)
    {
        var net = Mlp.Create<double>(3, [8, 6, 5], 2, activation, 3);
        // non-zero biases so every bias gradient path is exercised
        var rng = new SplitMix64(99);
        foreach (var d in net.DenseLayers) for (int i = 0; i < d.Bias.Value.Length; i++) d.Bias.Value[i] = rng.NextUniform(-0.3, 0.3);
        var x = Uniform(5 * 3, 1.5, 8);
        var target = Enumerable.Range(0, 10).Select(i => bce ? i % 3 == 0 ? 1.0 : 0.0 : Math.Sin(i)).ToArray();
        ILoss<double> loss = bce ? new BceWithLogitsLoss<double>() : new MseLoss<double>();
        var result = GradientCheck.Network(net, loss, x, target);
        Assert.True(result.Passed(Tolerance), result.ToString());
        Assert.Equal(net.Parameters.Sum(p => p.Value.Length) + x.Length, result.Compared);
    }

    /// <summary>The check must be able to fail: a layer whose backward pass is off by 1% is caught.</summary>
    [Fact]
    public void CatchesAWrongGradient()
    {
        var result = GradientCheck.Layer(new SlightlyWrongSquare(4), Uniform(8, 1, 2));
        Assert.False(result.Passed(Tolerance));
        Assert.InRange(result.MaxRelativeError, 0.005, 0.02);
    }

    /// <summary>y = x², with dx = 2.02·x·dy instead of 2·x·dy.</summary>
    private sealed class SlightlyWrongSquare(int size) : ILayer<double>
    {
        public int InputSize => size;
        public int OutputSize => size;
        public IReadOnlyList<Parameter<double>> Parameters => [];
        public void Forward(ReadOnlySpan<double> x, Span<double> y) { for (int i = 0; i < x.Length; i++) y[i] = x[i] * x[i]; }
        public void Backward(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx)
        {
            for (int i = 0; i < x.Length; i++) dx[i] = 2.02 * x[i] * dy[i];
        }
    }
}
