using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Progress;
using Sigmoid.Lab.Report;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Tests.Lab;

/// <summary>The progress abstraction: plain lines when redirected, few of them, and nothing on stdout.</summary>
public class ProgressDisplayTests
{
    [Fact]
    public void RedirectedOutputGetsPlainLinesOnStderrOnly()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var display = ProgressDisplay.For(stdout, stderr, "accuracy");
        Assert.IsType<LineProgressDisplay>(display);
        int result = display.Run(board =>
        {
            var task = board.AddTask("float");
            for (int i = 0; i <= 100; i++) task.Report(new ExperimentProgress(i / 100.0, "sweeping"));
            task.Report(new ExperimentProgress(1, "done again")); // after done: ignored
            return 42;
        });
        Assert.Equal(42, result);
        Assert.Equal("", stdout.ToString());
        string[] lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.StartsWith("accuracy: float ", l));
        Assert.InRange(lines.Length, 2, 6); // start, the quarters, done — not one line per report
        Assert.Contains("100% sweeping", lines[^1]);
    }

    [Fact]
    public void TasksMayReportFromOtherThreads()
    {
        var stderr = new StringWriter();
        new LineProgressDisplay(stderr, "t").Run(board =>
        {
            var tasks = Enumerable.Range(0, 4).Select(i => board.AddTask($"task{i}")).ToArray();
            Parallel.For(0, 4, i => { for (int k = 0; k <= 10; k++) tasks[i].Report(new(k / 10.0, "")); });
            return 0;
        });
        for (int i = 0; i < 4; i++) Assert.Contains($"t: task{i} 100%", stderr.ToString());
    }

    [Fact]
    public void MissingExperimentBecomesANotBuiltNotice()
    {
        var outcome = ExperimentBlocks.Run("part-none", Language.Russian, null);
        Assert.Null(outcome.Failure);
        var notice = Assert.IsType<NoticeBlock>(Assert.Single(outcome.Blocks));
        Assert.False(notice.IsError);
        Assert.Contains("Ещё не сделано", notice.Text);
    }
}
