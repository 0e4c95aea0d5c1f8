using Sigmoid.Lab.Experiments;
using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>The public training API the live page calls, and the claims of parts и and к.</summary>
public class TrainingApiTests
{
    private static readonly TrainingConfig Small = new("tanh", 2, 8, 0.05, 3, "circles", Samples: 64, BatchSize: 16);

    public static TheoryData<TrainingConfig, string> BadConfigs() => new()
    {
        { Small with { Activation = "softmax" }, "Activation" },
        { Small with { Depth = 0 }, "Depth" },
        { Small with { Depth = 65 }, "Depth" },
        { Small with { Width = 513 }, "Width" },
        { Small with { LearningRate = double.NaN }, "LearningRate" },
        { Small with { LearningRate = -0.1 }, "LearningRate" },
        { Small with { Epochs = 0 }, "Epochs" },
        { Small with { Dataset = "mnist" }, "Dataset" },
        { Small with { Samples = 2 }, "Samples" },
        { Small with { BatchSize = 0 }, "BatchSize" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void InvalidConfigsAreRejectedNamingTheField(TrainingConfig config, string field)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => VanishingTraining.Train(config));
        Assert.Equal(field, e.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void ReportsEveryEpochWithOneNormPerDenseLayer()
    {
        var seen = new List<EpochReport>();
        var summary = VanishingTraining.Train(Small, seen.Add);
        Assert.Equal(3, seen.Count);
        Assert.Equal([1, 2, 3], seen.Select(e => e.Epoch));
        Assert.All(seen, e => Assert.Equal(Small.Depth + 1, e.GradNorms.Length));
        Assert.Equal(Small.Depth + 1, summary.GradNormsAtInit.Length);
        Assert.Equal(seen[^1].Loss, summary.FinalLoss);
        Assert.Contains("spirals", VanishingTraining.Datasets);
        Assert.Contains("circles", VanishingTraining.Datasets);
    }

    [Fact]
    public void CancellationStopsTheRunPromptly()
    {
        using var cts = new CancellationTokenSource();
        int epochs = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
            VanishingTraining.Train(Small with { Epochs = 1000 }, _ => { if (++epochs == 2) cts.Cancel(); }, cts.Token));
        Assert.Equal(2, epochs);
        Assert.ThrowsAny<OperationCanceledException>(() => VanishingTraining.Train(Small, null, new CancellationToken(true)));
    }

    /// <summary>Part и: at depth 10, σ′ ≤ ¼ per layer leaves the first layer a gradient orders of magnitude below tanh's and ReLU's.</summary>
    [Fact]
    public void DeepSigmoidFirstLayerGradientIsFarBelowTanhAndRelu()
    {
        double FirstLayer(string activation) =>
            VanishingTraining.Train(new TrainingConfig(activation, 10, 16, 0.01, 1, "circles", Samples: 64, BatchSize: 64)).GradNormsAtInit[0];
        double sigmoid = FirstLayer("sigmoid"), tanh = FirstLayer("tanh"), relu = FirstLayer("relu");
        Assert.True(sigmoid < 1e-3 * tanh, $"sigmoid {sigmoid:E2} vs tanh {tanh:E2}");
        Assert.True(sigmoid < 1e-3 * relu, $"sigmoid {sigmoid:E2} vs relu {relu:E2}");
        Assert.True(sigmoid < Math.Pow(0.25, 5), $"sigmoid {sigmoid:E2}"); // at least five factors of ¼ below a unit-size signal
    }

    [Fact]
    public void ShallowReluLearnsCirclesWhileDeepSigmoidStaysAtChance()
    {
        var relu = VanishingTraining.Train(new TrainingConfig("relu", 2, 16, 0.05, 25, "circles", Samples: 200));
        Assert.True(relu.FinalAccuracy > 0.9, $"relu accuracy {relu.FinalAccuracy}");
        var sigmoid = VanishingTraining.Train(new TrainingConfig("sigmoid", 10, 16, 0.02, 10, "circles", Samples: 128));
        Assert.InRange(sigmoid.FinalAccuracy, 0.4, 0.6);
        Assert.InRange(sigmoid.FinalLoss, Math.Log(2) - 0.01, Math.Log(2) + 0.02);
    }

    /// <summary>
    /// Part и, the contrast of the default run in small: the same activation, step and data; 2 sigmoid layers learn the
    /// moons well above chance, 20 sigmoid layers stay at chance with the loss flat at ln 2 (the constant prediction ½).
    /// </summary>
    [Fact]
    public void ShallowSigmoidLearnsMoonsWhileDeepSigmoidStaysAtChance()
    {
        var shallow = VanishingTraining.Train(new TrainingConfig("sigmoid", 2, 16, 0.02, 40, "moons", Samples: 200));
        Assert.True(shallow.FinalAccuracy > 0.75, $"2-layer sigmoid accuracy {shallow.FinalAccuracy}");
        Assert.True(shallow.FinalLoss < Math.Log(2) - 0.15, $"2-layer sigmoid loss {shallow.FinalLoss}");
        var deep = VanishingTraining.Train(new TrainingConfig("sigmoid", 20, 16, 0.02, 40, "moons", Samples: 200));
        Assert.InRange(deep.FinalAccuracy, 0.4, 0.6);
        Assert.All(deep.Epochs, e => Assert.InRange(e.Loss, Math.Log(2) - 0.01, Math.Log(2) + 0.02));
        Assert.True(deep.GradNormsAtInit[0] < 1e-6 * shallow.GradNormsAtInit[0],
            $"first-layer gradient: depth 20 {deep.GradNormsAtInit[0]:E2}, depth 2 {shallow.GradNormsAtInit[0]:E2}");
    }

    /// <summary>The straight-boundary yardstick: no line splits the XOR quadrants better than 3 of 4; the moons are nearly linear.</summary>
    [Fact]
    public void StraightBoundaryAccuracyIsLogisticRegressions()
    {
        Assert.True(VanishingExperiment.StraightBoundaryAccuracy(GeneratedDatasets.Create("xor", 400, 1)) < 0.8); // 3/4 plus sampling slack
        Assert.InRange(VanishingExperiment.StraightBoundaryAccuracy(GeneratedDatasets.Create("moons", 400, 1)), 0.8, 0.95);
    }

    [Fact]
    public void ZigZagLossIsTheDataLossAndVanishesAtTheOptimum()
    {
        foreach (bool centred in new[] { false, true })
        {
            var x = ZigZagDescent.Inputs(centred);
            var (o1, o2) = ZigZagDescent.Optimum(centred);
            Assert.Equal(0, ZigZagDescent.Loss(o1, o2, centred), 1e-15);
            // independent: (1/2N)·Σ (w·x − w*·x)² summed over the rows
            double w1 = 0.3, w2 = 1.7, sum = 0;
            for (int i = 0; i < ZigZagDescent.Rows; i++)
            {
                double r = (w1 - o1) * x[2 * i] + (w2 - o2) * x[2 * i + 1];
                sum += r * r;
            }
            Assert.Equal(sum / (2 * ZigZagDescent.Rows), ZigZagDescent.Loss(w1, w2, centred), 1e-12);
            if (!centred) Assert.All(x, v => Assert.True(v > 0 && v < 1));
            else Assert.Contains(x, v => v < 0);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void PositiveInputsNeedMoreStepsThanCentred(double learningRate)
    {
        var positive = ZigZagDescent.Run(-1.5, 0, false, learningRate, 1e-3, 10_000);
        var centred = ZigZagDescent.Run(-1.5, 0, true, learningRate, 1e-3, 10_000);
        Assert.True(centred.StepsToTolerance > 0);
        Assert.True(positive.StepsToTolerance > 2 * centred.StepsToTolerance, $"positive {positive.StepsToTolerance}, centred {centred.StepsToTolerance}");
        Assert.Equal(positive.StepsToTolerance + 1, positive.Points.Count);
        var (w1, w2) = positive.Points[^1];
        Assert.True(Math.Sqrt((w1 - 2) * (w1 - 2) + (w2 + 1) * (w2 + 1)) <= 1e-3);
    }

    /// <summary>The README's picture: from (−1.5, 0) the first positive-input step raises w₂ although w₂ must fall to −1.</summary>
    [Fact]
    public void FirstPositiveStepMovesBothWeightsTheSameWay()
    {
        var positive = ZigZagDescent.Run(-1.5, 0, false, 3, 1e-3, 10_000);
        double d1 = positive.Points[1].W1 - positive.Points[0].W1, d2 = positive.Points[1].W2 - positive.Points[0].W2;
        Assert.True(d1 > 0 && d2 > 0, $"first step ({d1}, {d2})");
        var centred = ZigZagDescent.Run(-1.5, 0, true, 3, 1e-3, 10_000);
        Assert.True(centred.Points[1].W2 < centred.Points[0].W2, "centred: w₂ heads down at once");
    }

    [Fact]
    public void ZigZagRejectsBadArgumentsAndReportsDivergence()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ZigZagDescent.Run(double.NaN, 0, false, 1, 1e-3, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ZigZagDescent.Run(0, 0, false, 0, 1e-3, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ZigZagDescent.Run(0, 0, false, 1, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ZigZagDescent.Run(0, 0, false, 1, 1e-3, 0));
        double tooBig = 1.05 * ZigZagDescent.LargestStableLearningRate(false);
        Assert.Equal(-1, ZigZagDescent.Run(0, 0, false, tooBig, 1e-3, 100_000).StepsToTolerance);
        Assert.Equal(-1, ZigZagDescent.Run(0, 0, false, 0.01, 1e-3, 5).StepsToTolerance);
    }

    /// <summary>Part к (a): ∂L/∂W_ij = δ_i·x_j; with x = σ(h) &gt; 0 each row has δ_i's sign — all neurons, every sample.</summary>
    [Fact]
    public void SigmoidFedLayerHasOneSignedGradientRowsForEverySingleSample()
    {
        Assert.Equal(1.0, ZigZagExperiment.SameSignShare("sigmoid", 1, 200, 3));
        Assert.True(ZigZagExperiment.SameSignShare("tanh", 1, 200, 3) < 0.01);
        Assert.True(ZigZagExperiment.SameSignShare("centred", 1, 200, 3) < 0.01);
        // directly on the layer: one positive input row, any upstream gradient
        var layer = new Dense<double>(5, 4);
        double[] x = [0.1, 0.9, 0.5, 0.01, 0.7];
        double[] dy = [0.3, -2, 1e-3, -0.4];
        layer.Backward(x, dy, Span<double>.Empty);
        for (int o = 0; o < 4; o++)
            Assert.All(layer.Weight.Gradient.AsSpan(o * 5, 5).ToArray(), g => Assert.Equal(Math.Sign(dy[o]), Math.Sign(g)));
    }
}
