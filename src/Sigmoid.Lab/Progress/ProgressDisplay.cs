using Sigmoid.Lab.Experiments;

namespace Sigmoid.Lab.Progress;

/// <summary>A board of named tasks that long work reports to while it runs.</summary>
public interface IProgressBoard
{
    /// <summary>
    /// Adds a task shown as <paramref name="name"/> and returns its reporter: report fractions in [0, 1] with a short
    /// message; a fraction of 1 marks the task done. Reporters may be called from any thread.
    /// </summary>
    IProgress<ExperimentProgress> AddTask(string name);
}

/// <summary>
/// How a command shows progress on long work. <see cref="For"/> picks a Spectre.Console progress bar when standard
/// output is a terminal, and plain lines on standard error when it is redirected (the bar then prints nothing, so
/// stdout stays clean for results and JSON). Use it from any command:
/// <code>
/// var display = ProgressDisplay.For(stdout, stderr, "accuracy");
/// var result = display.Run(board =&gt; { var p = board.AddTask("float"); …; p.Report(new(1, "done")); return …; });
/// </code>
/// </summary>
public abstract class ProgressDisplay
{
    /// <summary>The display for a command writing to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    /// <param name="stdout">The command's standard output.</param>
    /// <param name="stderr">The command's standard error: receives the plain lines when stdout is not a terminal.</param>
    /// <param name="prefix">Prefix of each plain line, usually the command's name.</param>
    public static ProgressDisplay For(TextWriter stdout, TextWriter stderr, string prefix) =>
        Terminal.IsInteractive(stdout) ? new SpectreProgressDisplay() : new LineProgressDisplay(stderr, prefix);

    /// <summary>A display that shows nothing (tests, embedding).</summary>
    public static ProgressDisplay Silent { get; } = new SilentProgressDisplay();

    /// <summary>Runs <paramref name="work"/> on the calling thread while the display shows its tasks, and returns its result.</summary>
    public abstract T Run<T>(Func<IProgressBoard, T> work);

    private sealed class SilentProgressDisplay : ProgressDisplay, IProgressBoard
    {
        public override T Run<T>(Func<IProgressBoard, T> work) => work(this);

        public IProgress<ExperimentProgress> AddTask(string name) => new Progress<ExperimentProgress>();
    }
}
