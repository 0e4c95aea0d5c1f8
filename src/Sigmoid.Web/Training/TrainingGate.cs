namespace Sigmoid.Web.Training;

/// <summary>
/// Admits at most <see cref="Capacity"/> trainings at once and counts what happened to them. A slot is held until the
/// training's thread has really returned (not merely until its page went away), so the limit bounds CPU use.
/// </summary>
internal sealed class TrainingGate(int capacity)
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);
    private int _running, _started, _completed, _cancelled, _failed;

    /// <summary>How many trainings may run at once.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Trainings running now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Trainings ever admitted.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>Trainings that ran to their last epoch.</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Trainings stopped early (Stop, page closed, time limit, server shutting down).</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    /// <summary>Trainings that ended with an error.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Takes a slot if one is free, without waiting.</summary>
    public bool TryEnter()
    {
        if (!_slots.Wait(0)) return false;
        Interlocked.Increment(ref _running);
        Interlocked.Increment(ref _started);
        return true;
    }

    /// <summary>Gives the slot back and records how the training ended.</summary>
    public void Exit(TrainingEnd end)
    {
        switch (end)
        {
            case TrainingEnd.Completed: Interlocked.Increment(ref _completed); break;
            case TrainingEnd.Cancelled: Interlocked.Increment(ref _cancelled); break;
            default: Interlocked.Increment(ref _failed); break;
        }
        Interlocked.Decrement(ref _running);
        _slots.Release();
    }
}

/// <summary>How a training ended.</summary>
internal enum TrainingEnd
{
    /// <summary>Ran every epoch.</summary>
    Completed,

    /// <summary>Stopped early by cancellation.</summary>
    Cancelled,

    /// <summary>Threw an error.</summary>
    Failed,
}
