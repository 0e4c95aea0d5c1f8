using Sigmoid.Lab.Experiments;

namespace Sigmoid.Tests.Learning;

/// <summary>
/// The logistic-regression experiment fits once: its convergence history is recorded during the one Newton fit (it
/// once re-ran the fit for every step count, quadratic in the steps), and each step is reported as progress.
/// </summary>
public class LogisticRegressionProgressTests
{
    private sealed class Collect : IProgress<ExperimentProgress>
    {
        public List<ExperimentProgress> Reports { get; } = [];
        public void Report(ExperimentProgress value)
        {
            lock (Reports) Reports.Add(value);
        }
    }

    [Fact]
    public void EveryNewtonStepIsReportedOnce()
    {
        var progress = new Collect();
        var result = new LogisticRegressionExperiment().Run(new ExperimentContext(Seed: 3, Progress: progress));
        var summary = (LogisticRegressionSummary)result.Summary;
        var steps = progress.Reports.Where(r => r.Message.StartsWith("Newton step", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(steps);
        Assert.Equal(Enumerable.Range(1, steps.Length).Select(k => $"Newton step {k}:"), steps.Select(r => r.Message[..r.Message.IndexOf(':')] + ":"));
        Assert.All(steps, r => Assert.InRange(r.Fraction, 0, 1));
        Assert.True(double.IsFinite(summary.LogLoss));
    }

    [Fact]
    public void CancellationStopsTheFitBetweenSteps()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new LogisticRegressionExperiment().Run(new ExperimentContext(Cancellation: cancel.Token)));
    }
}
