using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sigmoid.Web.Tests.Support;
using Sigmoid.Web.Training;

namespace Sigmoid.Web.Tests.Api;

/// <summary>The training stream, the concurrency limit and cancellation, with a trainer the test controls.</summary>
public sealed class TrainingApiTests
{
    private const string Query = "/api/training?activation=tanh&depth=4&width=8&learningRate=0.5&epochs=3&dataset=spirals&seed=7";

    [Fact]
    public async Task OptionsListActivationsDatasetsAndLimits()
    {
        await using var app = await LabHosts.StartInMemory(new FakeTrainer(), maxTrainings: 3);
        var body = await app.GetTestClient().GetFromJsonAsync<JsonElement>("/api/training/options");
        Assert.Equal(["sigmoid", "tanh", "relu"], body.GetProperty("activations").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["circles", "spirals"], body.GetProperty("datasets").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(64, body.GetProperty("depth").GetProperty("max").GetInt32());
        Assert.Equal(512, body.GetProperty("width").GetProperty("max").GetInt32());
        Assert.Equal(10_000, body.GetProperty("epochs").GetProperty("max").GetInt32());
        Assert.Equal(3, body.GetProperty("maxConcurrentTrainings").GetInt32());
    }

    [Fact]
    public async Task TrainingStreamsStartEpochsAndDone()
    {
        var trainer = new FakeTrainer { QuickEpochs = 3 };
        await using var app = await LabHosts.StartInMemory(trainer);
        var response = await app.GetTestClient().SendAsync(LabHosts.TrainingPost(Query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await new SseReader(await response.Content.ReadAsStreamAsync()).ReadAll();

        Assert.Equal("start", events[0].Name);
        Assert.Equal("tanh", events[0].Data.GetProperty("activation").GetString());
        Assert.Equal("done", events[^1].Name);
        var epochs = events.Where(e => e.Name == "epochs").SelectMany(e => e.Data.EnumerateArray()).ToList();
        Assert.Equal([1, 2, 3], epochs.Select(e => e.GetProperty("epoch").GetInt32()));
        Assert.All(epochs, e => Assert.Equal(4, e.GetProperty("gradNorms").GetArrayLength()));
        Assert.Equal(new TrainingRequest("tanh", 4, 8, 0.5, 3, "spirals", 7), trainer.LastRequest);
        var gate = app.Services.GetRequiredService<TrainingGate>();
        Assert.True(await LabHosts.Eventually(() => gate.Completed == 1 && gate.Running == 0));
    }

    [Fact]
    public async Task OneTrainingMoreThanTheLimitGets429()
    {
        var trainer = new FakeTrainer { QuickEpochs = 1, BlockAfter = true };
        await using var app = await LabHosts.StartInMemory(trainer, maxTrainings: 2);
        var client = app.GetTestClient();
        using var cancel = new CancellationTokenSource();
        var open = new List<HttpResponseMessage>();
        for (int i = 0; i < 2; i++)
        {
            var r = await client.SendAsync(LabHosts.TrainingPost(Query), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            open.Add(r);
        }
        Assert.True(await LabHosts.Eventually(() => trainer.Started == 2));

        var third = await client.SendAsync(LabHosts.TrainingPost(Query));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var body = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already running its limit of 2 trainings", body.GetProperty("error").GetString());
        Assert.Equal(2, trainer.Started);

        // Free the slots: closing the requests cancels both trainings; then a new one is admitted again.
        cancel.Cancel();
        foreach (var r in open) r.Dispose();
        var gate = app.Services.GetRequiredService<TrainingGate>();
        Assert.True(await LabHosts.Eventually(() => gate.Running == 0), "trainings still running after their requests closed");
        Assert.Equal(2, trainer.ObservedCancellation);
        var fourth = await client.SendAsync(LabHosts.TrainingPost(Query), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        fourth.Dispose();
    }

    [Fact]
    public async Task ClosingTheStreamOverRealHttpCancelsTheTrainingOnTheServer()
    {
        var trainer = new FakeTrainer { QuickEpochs = 2, BlockAfter = true };
        await using var app = await LabHosts.StartKestrel(trainer);
        using var client = new HttpClient { BaseAddress = new Uri(LiveLab.Url(app)) };
        var response = await client.SendAsync(LabHosts.TrainingPost(Query), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("start", (await reader.Next())!.Name);
        Assert.Equal("epochs", (await reader.Next())!.Name); // the training is running and blocked now
        var gate = app.Services.GetRequiredService<TrainingGate>();
        Assert.Equal(1, gate.Running);

        response.Dispose(); // the page goes away: the connection closes
        client.Dispose();

        Assert.True(await LabHosts.Eventually(() => trainer.ObservedCancellation == 1),
            "the training did not see its cancellation after the client disconnected");
        Assert.True(await LabHosts.Eventually(() => gate.Running == 0 && gate.Cancelled == 1));
        Assert.Equal(0, trainer.Returned);
        var status = await new HttpClient().GetFromJsonAsync<JsonElement>(LiveLab.Url(app) + "api/training/status");
        Assert.Equal(0, status.GetProperty("running").GetInt32());
        Assert.Equal(1, status.GetProperty("cancelled").GetInt32());
    }

    [Fact]
    public async Task ATrainingPastTheTimeLimitIsStoppedWithAnEvent()
    {
        var trainer = new FakeTrainer { QuickEpochs = 1, BlockAfter = true };
        await using var app = await LabHosts.StartInMemory(trainer, maxDuration: TimeSpan.FromMilliseconds(300));
        var response = await app.GetTestClient().SendAsync(LabHosts.TrainingPost(Query));
        var events = await new SseReader(await response.Content.ReadAsStreamAsync()).ReadAll();
        Assert.Equal("stopped", events[^1].Name);
        Assert.Contains("time limit", events[^1].Data.GetProperty("reason").GetString());
        Assert.Equal(1, trainer.ObservedCancellation);
    }
}
