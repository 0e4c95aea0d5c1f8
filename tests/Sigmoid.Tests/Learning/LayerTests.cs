using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>Layers and kernels against naive loops and closed forms.</summary>
public class LayerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    [InlineData(100)]
    public void VectorKernelsMatchScalarLoops(int n)
    {
        var rng = new SplitMix64((ulong)n + 1);
        var a = Enumerable.Range(0, n).Select(_ => rng.NextUniform(-1, 1)).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => rng.NextUniform(-1, 1)).ToArray();
        double dot = 0;
        for (int i = 0; i < n; i++) dot += a[i] * b[i];
        Assert.Equal(dot, VectorMath.Dot<double>(a, b), 1e-13);
        float dotF = VectorMath.Dot<float>(a.Select(v => (float)v).ToArray(), b.Select(v => (float)v).ToArray());
        Assert.Equal(dot, dotF, 1e-5);

        var y = (double[])b.Clone();
        VectorMath.AddScaled<double>(y, 0.75, a);
        for (int i = 0; i < n; i++) Assert.Equal(b[i] + 0.75 * a[i], y[i], 1e-15); // every element exactly once, none twice
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 2, 5)]
    [InlineData(2, 9, 4)]
    [InlineData(4, 64, 64)]
    public void DenseForwardAndBackwardMatchNaiveLoops(int batch, int inputs, int outputs)
    {
        var layer = new Dense<double>(inputs, outputs);
        var rng = new SplitMix64(7);
        WeightInit.Fill(layer, WeightInitKind.He, ref rng);
        for (int o = 0; o < outputs; o++) layer.Bias.Value[o] = rng.NextUniform(-1, 1);
        var x = Enumerable.Range(0, batch * inputs).Select(_ => rng.NextUniform(-2, 2)).ToArray();
        var dy = Enumerable.Range(0, batch * outputs).Select(_ => rng.NextUniform(-1, 1)).ToArray();
        var y = new double[batch * outputs];
        layer.Forward(x, y);
        var dx = new double[x.Length];
        layer.Backward(x, dy, dx);
        var W = layer.Weight.Value;
        for (int b = 0; b < batch; b++)
            for (int o = 0; o < outputs; o++)
            {
                double s = layer.Bias.Value[o];
                for (int i = 0; i < inputs; i++) s += W[o * inputs + i] * x[b * inputs + i];
                Assert.Equal(s, y[b * outputs + o], 1e-12);
            }
        for (int o = 0; o < outputs; o++)
        {
            double db = 0;
            for (int b = 0; b < batch; b++) db += dy[b * outputs + o];
            Assert.Equal(db, layer.Bias.Gradient[o], 1e-12);
            for (int i = 0; i < inputs; i++)
            {
                double dw = 0;
                for (int b = 0; b < batch; b++) dw += dy[b * outputs + o] * x[b * inputs + i];
                Assert.Equal(dw, layer.Weight.Gradient[o * inputs + i], 1e-12);
            }
        }
        for (int b = 0; b < batch; b++)
            for (int i = 0; i < inputs; i++)
            {
                double s = 0;
                for (int o = 0; o < outputs; o++) s += dy[b * outputs + o] * W[o * inputs + i];
                Assert.Equal(s, dx[b * inputs + i], 1e-12);
            }
    }

    [Fact]
    public void DenseGradientsAccumulateAcrossCalls()
    {
        var layer = new Dense<float>(3, 2);
        layer.Weight.Value.AsSpan().Fill(0.5f);
        float[] x = [1, 2, 3];
        float[] dy = [1, -1];
        layer.Backward(x, dy, Span<float>.Empty);
        layer.Backward(x, dy, Span<float>.Empty);
        Assert.Equal([2f, 4f, 6f, -2f, -4f, -6f], layer.Weight.Gradient);
        Assert.Equal([2f, -2f], layer.Bias.Gradient);
    }

    [Fact]
    public void SigmoidLayerBackwardFromInputKeepsTheGradientWhereTheOutputFormLosesIt()
    {
        var layer = new SigmoidLayer<float>(1);
        float[] h = [20f];
        float[] o = new float[1];
        layer.Forward(h, o);
        Assert.Equal(1f, o[0]); // σ(20) = 1 − 2.06e-9 rounds to 1 in float
        float[] fromOutput = new float[1], fromInput = new float[1];
        layer.BackwardFromOutput(o, [1f], fromOutput);
        layer.Backward(h, [1f], fromInput);
        Assert.Equal(0f, fromOutput[0]);
        double truth = Math.Exp(-20) / ((1 + Math.Exp(-20)) * (1 + Math.Exp(-20))); // σ′(h) = e^-h/(1+e^-h)²
        Assert.Equal(truth, fromInput[0], truth * 1e-6);
    }

    [Fact]
    public void ActivationsForwardAndBackwardMatchClosedForms()
    {
        double[] x = [-3, -0.5, 0, 0.25, 2];
        double[] dy = [1, -2, 0.5, 3, -1];
        var y = new double[5];
        var dx = new double[5];
        var tanh = new TanhLayer<double>(5);
        tanh.Forward(x, y);
        tanh.Backward(y, dy, dx);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(Math.Tanh(x[i]), y[i], 1e-15);
            double c = Math.Cosh(x[i]);
            Assert.Equal(dy[i] / (c * c), dx[i], 1e-14);
        }
        var relu = new ReluLayer<double>(5);
        relu.Forward(x, y);
        relu.Backward(x, dy, dx);
        Assert.Equal([0, 0, 0, 0.25, 2], y);
        Assert.Equal([0, 0, 0, 3, -1], dx);
        var sigmoid = new SigmoidLayer<double>(5);
        sigmoid.Forward(x, y);
        sigmoid.Backward(x, dy, dx);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(1 / (1 + Math.Exp(-x[i])), y[i], 1e-15);
            Assert.Equal(dy[i] * y[i] * (1 - y[i]), dx[i], 1e-14);
        }
    }

    [Fact]
    public void ShapeErrorsAreArgumentExceptionsThatSayWhy()
    {
        var dense = new Dense<double>(3, 2);
        var e = Assert.Throws<ArgumentException>(() => dense.Forward(new double[7], new double[4]));
        Assert.Contains("whole number of rows", e.Message);
        e = Assert.Throws<ArgumentException>(() => dense.Forward(new double[6], new double[5]));
        Assert.Contains("2×2", e.Message);
        Assert.Throws<ArgumentException>(() => dense.Backward(new double[6], new double[4], new double[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Dense<double>(0, 2));
        Assert.Throws<ArgumentException>(() => new MseLoss<double>().Forward(new double[2], new double[3]));
        Assert.Throws<ArgumentException>(() => Activations.Parse("softmax"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd<double>([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd<double>([], 0.1, 1.0));
    }

    [Fact]
    public void LossesMatchTheirFormulas()
    {
        double[] z = [-2, 0.5, 3];
        double[] t = [0, 1, 1];
        double bce = z.Select((v, i) => -(t[i] * Math.Log(1 / (1 + Math.Exp(-v))) + (1 - t[i]) * Math.Log(1 - 1 / (1 + Math.Exp(-v))))).Average();
        Assert.Equal(bce, new BceWithLogitsLoss<double>().Forward(z, t), 1e-14);
        var dz = new double[3];
        new BceWithLogitsLoss<double>().Backward(z, t, dz);
        for (int i = 0; i < 3; i++) Assert.Equal((1 / (1 + Math.Exp(-z[i])) - t[i]) / 3, dz[i], 1e-15);
        Assert.Equal((4 + 0.25 + 4) / 3.0, new MseLoss<double>().Forward(z, t), 1e-15);
    }

    [Fact]
    public void SgdWithMomentumFollowsTheHeavyBallRecurrence()
    {
        var p = new Parameter<double>("w", 1);
        p.Value[0] = 1;
        var sgd = new Sgd<double>([p], 0.1, 0.5);
        // minimise w²/2: g = w. v₁ = −0.1·1 = −0.1, w₁ = 0.9; v₂ = 0.5·(−0.1) − 0.1·0.9 = −0.14, w₂ = 0.76
        p.Gradient[0] = p.Value[0]; sgd.Step(); sgd.ZeroGradients();
        Assert.Equal(0.9, p.Value[0], 1e-15);
        p.Gradient[0] = p.Value[0]; sgd.Step();
        Assert.Equal(0.76, p.Value[0], 1e-15);
    }

    [Fact]
    public void ClippingScalesTheGlobalNormDownOnly()
    {
        var a = new Parameter<double>("a", 2);
        var b = new Parameter<double>("b", 1);
        a.Gradient[0] = 3; a.Gradient[1] = 0; b.Gradient[0] = 4; // ‖g‖ = 5
        var sgd = new Sgd<double>([a, b], 0.1);
        Assert.Equal(5, sgd.ClipGradients(1), 1e-15);
        Assert.Equal(0.6, a.Gradient[0], 1e-15);
        Assert.Equal(0.8, b.Gradient[0], 1e-15);
        Assert.Equal(1, sgd.ClipGradients(10), 1e-15);
        Assert.Equal(0.6, a.Gradient[0], 1e-15); // unchanged below the threshold
    }

    [Fact]
    public void InitialisationBoundsAreGlorotAndHe()
    {
        Assert.Equal(Math.Sqrt(6.0 / 96), WeightInit.Bound(WeightInitKind.Xavier, 64, 32), 1e-15);
        Assert.Equal(Math.Sqrt(6.0 / 64), WeightInit.Bound(WeightInitKind.He, 64, 32), 1e-15);
        var layer = new Dense<double>(200, 100);
        var rng = new SplitMix64(3);
        WeightInit.Fill(layer, WeightInitKind.He, ref rng);
        double a = Math.Sqrt(6.0 / 200);
        Assert.All(layer.Weight.Value, w => Assert.InRange(w, -a, a));
        double variance = layer.Weight.Value.Select(w => w * w).Average();
        Assert.Equal(2.0 / 200, variance, 0.001); // He: Var = 2/n_in (20 000 draws, standard error ≈ 0.00009)
    }
}
