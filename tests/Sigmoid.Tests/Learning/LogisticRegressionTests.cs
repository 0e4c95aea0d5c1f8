using MathNet.Numerics.LinearAlgebra;
using Sigmoid.Lab.Experiments;
using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>Newton/IRLS against an independent Newton solve written with MathNet's linear algebra.</summary>
public class LogisticRegressionTests
{
    /// <summary>The required agreement with the independent solve.</summary>
    private const double Agreement = 1e-6;

    /// <summary>Plain textbook Newton iterations, dense MathNet matrices and LU solves; shares no code with the library.</summary>
    private static double[] IndependentNewton(double[] x, double[] y, int d, double l2)
    {
        int n = y.Length;
        var X = Matrix<double>.Build.Dense(n, d + 1, (i, j) => j == 0 ? 1.0 : x[i * d + j - 1]);
        var Y = Vector<double>.Build.DenseOfArray(y);
        var penalty = Matrix<double>.Build.DiagonalOfDiagonalArray(Enumerable.Range(0, d + 1).Select(j => j == 0 ? 0 : l2).ToArray());
        var theta = Vector<double>.Build.Dense(d + 1);
        for (int iteration = 0; iteration < 40; iteration++)
        {
            var p = (X * theta).Map(z => 1 / (1 + Math.Exp(-z)));
            var gradient = X.TransposeThisAndMultiply(p - Y) + penalty * theta;
            var weighted = Matrix<double>.Build.Dense(n, d + 1, (i, j) => p[i] * (1 - p[i]) * X[i, j]); // S·X
            var hessian = X.TransposeThisAndMultiply(weighted) + penalty;
            var step = hessian.LU().Solve(gradient);
            theta -= step;
            if (step.AbsoluteMaximum() < 1e-15 * (1 + theta.AbsoluteMaximum())) break;
        }
        return theta.ToArray();
    }

    private static LabeledDataset ThreeFeatures()
    {
        var rng = new SplitMix64(17);
        int n = 400;
        var x = new double[n * 3];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[3 * i] = rng.NextUniform(-2, 2);
            x[3 * i + 1] = rng.NextUniform(0, 5);
            x[3 * i + 2] = x[3 * i] * 0.5 + rng.NextUniform(-1, 1);
            double p = 1 / (1 + Math.Exp(-(-1 + 1.5 * x[3 * i] - 0.4 * x[3 * i + 1] + 0.8 * x[3 * i + 2])));
            y[i] = rng.NextDouble() < p ? 1 : 0;
        }
        return new LabeledDataset("three", ["a", "b", "c"], x, y);
    }

    public static TheoryData<string, double> Cases() => new() { { "default", 0 }, { "three", 0 }, { "default", 2.5 }, { "three", 10 } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NewtonAgreesWithAnIndependentSolve(string dataset, double l2)
    {
        var data = dataset == "default" ? LogisticRegressionExperiment.DefaultData(1) : ThreeFeatures();
        var fit = LogisticRegression.FitNewton(data.Features, data.Labels, data.Dimension, l2);
        Assert.True(fit.Converged);
        Assert.False(fit.Separable);
        var reference = IndependentNewton(data.Features, data.Labels, data.Dimension, l2);
        Assert.Equal(reference[0], fit.Intercept, Agreement);
        for (int j = 0; j < data.Dimension; j++) Assert.Equal(reference[j + 1], fit.Coefficients[j], Agreement);
    }

    [Fact]
    public void RecoversTheGeneratingModelWithinSamplingError()
    {
        var data = LogisticRegressionExperiment.DefaultData(1, rows: 20_000);
        var fit = LogisticRegression.FitNewton(data.Features, data.Labels, 2);
        Assert.Equal(LogisticRegressionExperiment.TrueModel.Intercept, fit.Intercept, 0.1);
        Assert.Equal(LogisticRegressionExperiment.TrueModel.W1, fit.Coefficients[0], 0.15);
        Assert.Equal(LogisticRegressionExperiment.TrueModel.W2, fit.Coefficients[1], 0.1);
    }

    [Fact]
    public void GradientDescentApproachesTheNewtonOptimum()
    {
        var data = LogisticRegressionExperiment.DefaultData(2);
        var newton = LogisticRegression.FitNewton(data.Features, data.Labels, 2);
        var (gd, history) = LogisticRegression.FitGradientDescent(data.Features, data.Labels, 2, 0, 1.0, 2000);
        Assert.Equal(newton.Intercept, gd.Intercept, 1e-6);
        Assert.Equal(newton.Coefficients[0], gd.Coefficients[0], 1e-6);
        for (int k = 1; k < history.Length; k++) Assert.True(history[k] <= history[k - 1] + 1e-12, $"step {k}: {history[k]} > {history[k - 1]}"); // up to summation rounding
    }

    [Fact]
    public void SeparableDataAreFlaggedAndAPenaltyGivesAFiniteFit()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        double[] y = [0, 0, 0, 1, 1, 1];
        var fit = LogisticRegression.FitNewton(x, y, 1);
        Assert.True(fit.Separable);
        var penalised = LogisticRegression.FitNewton(x, y, 1, l2: 1);
        Assert.False(penalised.Separable);
        Assert.True(penalised.Converged);
        Assert.True(penalised.Coefficients[0] > 0 && penalised.Coefficients[0] < 10);
        var reference = IndependentNewton(x, y, 1, 1);
        Assert.Equal(reference[1], penalised.Coefficients[0], Agreement);
    }

    [Fact]
    public void BadInputsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => LogisticRegression.FitNewton([1, 2], [0, 2], 1));
        Assert.Throws<ArgumentException>(() => LogisticRegression.FitNewton([1, 2, 3], [0, 1], 1));
        Assert.Throws<ArgumentException>(() => LogisticRegression.FitNewton([1, 2], [0, 1], 1, l2: -1));
        // a constant feature makes the unpenalised Newton system singular
        Assert.Throws<InvalidOperationException>(() => LogisticRegression.FitNewton([1, 1, 1, 1], [0, 1, 0, 1], 1));
    }

    [Fact]
    public void ReliabilityBinsCountEveryRow()
    {
        double[] p = [0.05, 0.07, 0.55, 0.95, 1.0];
        double[] y = [0, 1, 1, 1, 1];
        var bins = LogisticRegressionExperiment.Reliability(p, y);
        Assert.Equal(5, bins.Sum(b => b.Count));
        Assert.Equal(0.5, bins[0].ObservedFrequency);
        Assert.Equal(0.06, bins[0].MeanPredicted, 1e-15);
        Assert.Equal(2, bins[^1].Count); // 1.0 falls in the last bin
    }
}
