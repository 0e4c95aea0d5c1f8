using Sigmoid.Lab.Experiments;
using Sigmoid.Learning;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// The objective after each Newton step, as reported during one fit, is the objective of a fit stopped after that
/// many steps — bit for bit, so recording it once gives the same history as re-running the fit per step count.
/// </summary>
public class NewtonHistoryTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void ReportedObjectiveEqualsTheObjectiveOfAFitStoppedThere(double l2)
    {
        var data = LogisticRegressionExperiment.DefaultData(seed: 5, rows: 300);
        int d = data.Dimension;
        var history = new List<(int Step, double J)>();
        var fit = LogisticRegression.FitNewton(data.Features, data.Labels, d, l2, 100, afterStep: (k, J) => history.Add((k, J)));
        Assert.Equal(Enumerable.Range(0, fit.Iterations + 1), history.Select(h => h.Step));
        foreach (var (k, J) in history)
        {
            var stopped = LogisticRegression.FitNewton(data.Features, data.Labels, d, l2, maxIterations: k);
            double expected = LogisticRegression.Objective(data.Features, data.Labels, d, l2, [stopped.Intercept, .. stopped.Coefficients]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(J));
        }
    }
}
