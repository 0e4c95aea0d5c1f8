using Sigmoid.Lab.Experiments;
using Spectre.Console;

namespace Sigmoid.Lab.Progress;

/// <summary>Progress as a live Spectre.Console bar per task, for a terminal (one row: name, bar, percent, message).</summary>
public sealed class SpectreProgressDisplay : ProgressDisplay
{
    /// <inheritdoc/>
    public override T Run<T>(Func<IProgressBoard, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(),
                new PercentageColumn(), new SpinnerColumn())
            .Start(context => work(new Board(context)));
    }

    private sealed class Board(ProgressContext context) : IProgressBoard
    {
        public IProgress<ExperimentProgress> AddTask(string name) =>
            new Task(context.AddTask(Markup.Escape(name), autoStart: true, maxValue: 1.0), name);
    }

    private sealed class Task(ProgressTask task, string name) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value)
        {
            task.Value = Math.Clamp(value.Fraction, 0, 1);
            task.Description = Markup.Escape(string.IsNullOrEmpty(value.Message) ? name : $"{name}: {value.Message}");
            if (value.Fraction >= 1) task.StopTask();
        }
    }
}
