using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Sigmoid.Lab.Experiments;
using Sigmoid.Web.Http;

namespace Sigmoid.Web.Training;

/// <summary>
/// The Vanishing-gradients panel's endpoints.
/// <list type="bullet">
/// <item><c>GET /api/training/options</c>: activations, datasets (and the default one) and every parameter's range.</item>
/// <item><c>GET /api/training/status</c>: the limit and the running/started/completed/cancelled/failed counts.</item>
/// <item><c>POST /api/training?activation&amp;depth&amp;width&amp;learningRate&amp;epochs&amp;dataset&amp;seed</c>:
/// sent by the page itself with <c>Content-Type: application/json</c> and no body (HTTP 403 from another origin, 415
/// with another content type: see <see cref="CrossSiteGuard"/>), validates (HTTP 400), takes a slot (HTTP 429 when all are busy), then streams server-sent events:
/// <c>start</c> (the request), <c>epochs</c> (an array of the epochs finished since the last event),
/// then one of <c>done</c> (final loss/accuracy and gradient norms at initialisation), <c>stopped</c> (time limit)
/// or <c>error</c>. Closing the request (the page's Stop, or the page going away) cancels the training.</item>
/// </list>
/// </summary>
internal static class TrainingApi
{
    /// <summary>Parameter ranges (inclusive, except the learning rate's lower bound), shared with the experiment's own checks.</summary>
    public const int MaxDepth = VanishingTraining.MaxDepth, MaxWidth = VanishingTraining.MaxWidth,
        MaxEpochs = VanishingTraining.MaxEpochs, MaxSeed = 1_000_000;

    /// <summary>Largest learning rate; the smallest is anything above 0.</summary>
    public const double MaxLearningRate = 10;

    /// <summary>
    /// The data set the page starts with: the vanishing experiment's default, <c>moons</c>, on which the page's default
    /// network (10 hidden layers of 16, step 0.1, 200 epochs) stays at chance with sigmoid (loss ln 2, 50%) while tanh
    /// and ReLU reach 100% — the paralysis is the sigmoid's alone. (On <c>spirals</c>, the first in the list, tanh fails
    /// too, which blurs that contrast.)
    /// </summary>
    public static readonly string DefaultDataset = new VanishingOptions().Dataset;

    /// <summary>Least time between two progress events, so a fast training does not flood the page.</summary>
    private static readonly TimeSpan EventInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Maps the endpoints onto <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, ILiveTrainer trainer, TrainingGate gate, LiveLabOptions options)
    {
        app.MapGet("/api/training/options", (HttpRequest request) =>
        {
            _ = new QueryReader(request.Query);
            return Results.Json(new
            {
                activations = trainer.Activations,
                datasets = trainer.Datasets,
                defaultDataset = trainer.Datasets.Contains(DefaultDataset) ? DefaultDataset : trainer.Datasets[0],
                depth = new { min = 1, max = MaxDepth },
                width = new { min = 1, max = MaxWidth },
                epochs = new { min = 1, max = MaxEpochs },
                learningRate = new { above = 0, max = MaxLearningRate },
                maxConcurrentTrainings = gate.Capacity,
                maxTrainingSeconds = options.MaxTrainingDuration.TotalSeconds,
            }, LiveLabJson.Options);
        });

        app.MapGet("/api/training/status", (HttpRequest request) =>
        {
            _ = new QueryReader(request.Query);
            return Results.Json(new
            {
                limit = gate.Capacity,
                running = gate.Running,
                started = gate.Started,
                completed = gate.Completed,
                cancelled = gate.Cancelled,
                failed = gate.Failed,
            }, LiveLabJson.Options);
        });

        app.MapPost("/api/training", async (HttpContext context, IHostApplicationLifetime lifetime) =>
        {
            var request = Read(new QueryReader(context.Request.Query,
                "activation", "depth", "width", "learningRate", "epochs", "dataset", "seed"), trainer);
            if (!gate.TryEnter())
            {
                await ApiErrors.Json(StatusCodes.Status429TooManyRequests,
                        new ApiMessage(gate.Capacity == 1 ? "errBusyTrainingOne" : "errBusyTraining", ("limit", gate.Capacity)))
                    .ExecuteAsync(context);
                return;
            }
            TrainingEnd end = TrainingEnd.Failed;
            try
            {
                end = await Stream(context, request, trainer, options, lifetime.ApplicationStopping);
            }
            finally
            {
                gate.Exit(end);
            }
        }).WithMetadata(RequestLimiter.Exempt); // a stream that lasts minutes; the gate bounds these
    }

    private static TrainingRequest Read(QueryReader q, ILiveTrainer trainer) => new(
        Activation: q.OneOf("activation", null, trainer.Activations),
        Depth: q.Int("depth", null, 1, MaxDepth),
        Width: q.Int("width", null, 1, MaxWidth),
        LearningRate: q.Double("learningRate", null, 0, MaxLearningRate, minExclusive: true),
        Epochs: q.Int("epochs", null, 1, MaxEpochs),
        Dataset: q.OneOf("dataset", null, trainer.Datasets),
        Seed: q.Int("seed", 1, 0, MaxSeed));

    // Runs the training on a worker thread and relays its epochs as server-sent events. Returns only after the
    // training thread has finished, so the caller's slot really is free when it is released.
    private static async Task<TrainingEnd> Stream(HttpContext context, TrainingRequest request, ILiveTrainer trainer,
        LiveLabOptions options, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        cancel.CancelAfter(options.MaxTrainingDuration);
        var token = cancel.Token;

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var epochs = Channel.CreateUnbounded<EpochProgress>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var training = Task.Run(() =>
        {
            try { return trainer.Train(request, e => epochs.Writer.TryWrite(e), token); }
            finally { epochs.Writer.TryComplete(); }
        }, CancellationToken.None);

        try
        {
            await Send(response, "start", request, token);
            var batch = new List<EpochProgress>();
            while (await epochs.Reader.WaitToReadAsync(token))
            {
                while (epochs.Reader.TryRead(out var epoch)) batch.Add(epoch);
                await Send(response, "epochs", batch, token);
                batch.Clear();
                await Task.Delay(EventInterval, token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            cancel.Cancel(); // the page went away or the limit hit: make sure the training stops too
        }

        TrainingOutcome outcome;
        try
        {
            outcome = await training;
        }
        catch (OperationCanceledException)
        {
            if (!context.RequestAborted.IsCancellationRequested && !stopping.IsCancellationRequested)
                await TrySend(response, "stopped", StoppedBody(new ApiMessage("reasonTimeLimit", ("seconds", Math.Round(options.MaxTrainingDuration.TotalSeconds)))));
            return TrainingEnd.Cancelled;
        }
        catch (Exception e)
        {
            await TrySend(response, "error", new ApiMessage("errTrainingFailed", ("why", e.Message)).Body());
            return TrainingEnd.Failed;
        }

        var rest = new List<EpochProgress>();
        while (epochs.Reader.TryRead(out var epoch)) rest.Add(epoch);
        if (rest.Count > 0) await TrySend(response, "epochs", rest);
        await TrySend(response, "done", outcome);
        return TrainingEnd.Completed;
    }

    // The "stopped" event: {"reason": English, "code": key, "args": {…}}, said by the page in the reader's language.
    private static object StoppedBody(ApiMessage why) => new { reason = why.English, code = why.Key, args = why.Args };

    private static async Task Send(HttpResponse response, string name, object data, CancellationToken token)
    {
        string json = JsonSerializer.Serialize(data, data.GetType(), LiveLabJson.Options);
        await response.WriteAsync($"event: {name}\ndata: {json}\n\n", token);
        await response.Body.FlushAsync(token);
    }

    private static async Task TrySend(HttpResponse response, string name, object data)
    {
        try { await Send(response, name, data, CancellationToken.None); }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException) { /* page gone */ }
    }
}
