using Sigmoid.Web.Training;

namespace Sigmoid.Web.Tests.Support;

/// <summary>
/// A trainer whose behaviour the test controls: it reports <see cref="QuickEpochs"/> epochs with a falling loss, then
/// either returns (when <see cref="BlockAfter"/> is false) or blocks until cancelled. It counts what it saw.
/// </summary>
internal sealed class FakeTrainer : ILiveTrainer
{
    private int _started, _observedCancellation, _returned;

    public IReadOnlyList<string> Activations { get; } = ["sigmoid", "tanh", "relu"];
    public IReadOnlyList<string> Datasets { get; } = ["circles", "spirals"];

    /// <summary>Epochs reported before blocking or returning.</summary>
    public int QuickEpochs { get; init; } = 5;

    /// <summary>Block (until cancelled) after the quick epochs instead of returning.</summary>
    public bool BlockAfter { get; init; }

    /// <summary>Delay between quick epochs (lets the browser see the curve grow).</summary>
    public TimeSpan EpochDelay { get; init; } = TimeSpan.Zero;

    public int Started => Volatile.Read(ref _started);
    public int ObservedCancellation => Volatile.Read(ref _observedCancellation);
    public int Returned => Volatile.Read(ref _returned);
    public TrainingRequest? LastRequest { get; private set; }

    public TrainingOutcome Train(TrainingRequest request, Action<EpochProgress> onEpoch, CancellationToken cancellation)
    {
        Interlocked.Increment(ref _started);
        LastRequest = request;
        try
        {
            int epochs = Math.Min(QuickEpochs, request.Epochs);
            for (int e = 1; e <= epochs; e++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (EpochDelay > TimeSpan.Zero) Task.Delay(EpochDelay, cancellation).GetAwaiter().GetResult();
                var norms = Enumerable.Range(1, request.Depth).Select(l => Math.Pow(0.25, request.Depth - l) * e).ToArray();
                onEpoch(new EpochProgress(e, 1.0 / e, 0.5 + 0.4 * e / epochs, norms));
            }
            if (BlockAfter) Task.Delay(Timeout.Infinite, cancellation).GetAwaiter().GetResult();
            Interlocked.Increment(ref _returned);
            return new TrainingOutcome(Enumerable.Repeat(1.0, request.Depth).ToArray(), 1.0 / epochs, 0.9);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _observedCancellation);
            throw;
        }
    }
}
