using System.Diagnostics;
using System.Globalization;
using Sigmoid.Lab.Experiments;

namespace Sigmoid.Cli.Experiments;

/// <summary>
/// Progress of a long experiment run as plain lines on stderr (never stdout, which may carry <c>--json</c>): silent
/// for the first <see cref="Quiet"/> so that short runs print nothing, then at most one line per
/// <see cref="Quiet"/>, e.g. <c>sigmoid logreg: 35% Newton step 7: J/N = 0.4312</c>. Thread-safe.
/// </summary>
internal sealed class StderrProgress(TextWriter error, string invocation) : IProgress<ExperimentProgress>
{
    /// <summary>How long a run goes unreported, and the least time between two lines.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private TimeSpan _last = TimeSpan.Zero;

    /// <inheritdoc/>
    public void Report(ExperimentProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now - _last < Quiet) return;
            _last = now;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{invocation}: {value.Fraction * 100:0}% {value.Message}"));
        }
    }
}
