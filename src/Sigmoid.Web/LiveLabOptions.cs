using Microsoft.AspNetCore.Builder;
using Sigmoid.Web.Training;

namespace Sigmoid.Web;

/// <summary>Settings of the live lab server.</summary>
public sealed class LiveLabOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 lets the system pick a free one. Default <see cref="LiveLab.DefaultPort"/>.</summary>
    /// <remarks>Must be in [0, 65535] (<see cref="ArgumentOutOfRangeException"/> from <see cref="LiveLab.Build"/>).</remarks>
    public int Port { get; init; } = LiveLab.DefaultPort;

    /// <summary>
    /// Most trainings running at once; one more gets HTTP 429. Default 2 (the lab targets 2-core machines, and one
    /// training keeps one core busy). Must be at least 1.
    /// </summary>
    public int MaxConcurrentTrainings { get; init; } = 2;

    /// <summary>A training still running after this long is stopped (the page gets a <c>stopped</c> event). Default 10 minutes.</summary>
    public TimeSpan MaxTrainingDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Replaces the trainer (tests); null means the lab's vanishing-gradient experiment.</summary>
    internal ILiveTrainer? Trainer { get; init; }

    /// <summary>Extra set-up of the builder before the app is built (tests: an in-memory test server).</summary>
    internal Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
