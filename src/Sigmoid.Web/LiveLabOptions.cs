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

    /// <summary>
    /// Requests answered at once (the training stream excepted, which <see cref="MaxConcurrentTrainings"/> bounds).
    /// Default 8: a browser sends at most 6 requests at a time to one server, so one page never waits. Must be at least 1.
    /// </summary>
    public int MaxConcurrentRequests { get; init; } = 8;

    /// <summary>
    /// Requests that may wait for a turn when <see cref="MaxConcurrentRequests"/> are running; the next one gets HTTP 503
    /// with <c>Retry-After: 1</c> at once. Default 64. Must be at least 0.
    /// </summary>
    public int RequestQueueLimit { get; init; } = 64;

    /// <summary>
    /// Open TCP connections at most; Kestrel closes any connection beyond it at once. Default 512: far above what a
    /// browser opens (6 per server), and half of the common 1024 open-file limit. Must be at least 1.
    /// </summary>
    public int MaxConnections { get; init; } = 512;

    /// <summary>Replaces the trainer (tests); null means the lab's vanishing-gradient experiment.</summary>
    internal ILiveTrainer? Trainer { get; init; }

    /// <summary>Extra set-up of the builder before the app is built (tests: an in-memory test server).</summary>
    internal Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
