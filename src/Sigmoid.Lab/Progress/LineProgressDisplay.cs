using System.Globalization;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Lab.Progress;

/// <summary>
/// Progress as plain text lines, for redirected output: <c>PREFIX: TASK  40% message</c>. A task writes a line when
/// it starts, when its message changes, when it crosses a multiple of 25%, and when it is done; nothing else, so
/// logs stay short.
/// </summary>
public sealed class LineProgressDisplay : ProgressDisplay
{
    private readonly TextWriter _writer;
    private readonly string _prefix;
    private readonly Lock _gate = new();

    /// <summary>Writes lines to <paramref name="writer"/> (usually stderr), each starting with <paramref name="prefix"/>.</summary>
    public LineProgressDisplay(TextWriter writer, string prefix)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _prefix = prefix ?? throw new ArgumentNullException(nameof(prefix));
    }

    /// <inheritdoc/>
    public override T Run<T>(Func<IProgressBoard, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(new Board(this));
    }

    private void Write(string task, double fraction, string message)
    {
        string percent = (Math.Clamp(fraction, 0, 1) * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3);
        lock (_gate)
        {
            _writer.WriteLine($"{_prefix}: {task} {percent}% {message}".TrimEnd());
            _writer.Flush();
        }
    }

    private sealed class Board(LineProgressDisplay display) : IProgressBoard
    {
        public IProgress<ExperimentProgress> AddTask(string name) => new Task(display, name);
    }

    private sealed class Task(LineProgressDisplay display, string name) : IProgress<ExperimentProgress>
    {
        private readonly Lock _gate = new();
        private string? _message;
        private int _quarter = -1;
        private bool _done;

        public void Report(ExperimentProgress value)
        {
            lock (_gate)
            {
                if (_done) return;
                int quarter = (int)Math.Floor(Math.Clamp(value.Fraction, 0, 1) * 4);
                bool done = value.Fraction >= 1;
                if (!done && quarter == _quarter && value.Message == _message) return;
                _quarter = quarter;
                _message = value.Message;
                _done = done;
                display.Write(name, value.Fraction, value.Message);
            }
        }
    }
}
