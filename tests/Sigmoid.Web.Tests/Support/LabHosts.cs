using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Sigmoid.Web;
using Sigmoid.Web.Training;

namespace Sigmoid.Web.Tests.Support;

/// <summary>Starts the live lab in process: on an in-memory <see cref="TestServer"/>, or on real Kestrel (127.0.0.1, port 0).</summary>
internal static class LabHosts
{
    /// <summary>The app on a TestServer; use <c>app.GetTestClient()</c>.</summary>
    public static async Task<WebApplication> StartInMemory(ILiveTrainer? trainer = null, int maxTrainings = 2,
        TimeSpan? maxDuration = null)
    {
        var app = LiveLab.Build(new LiveLabOptions
        {
            Port = 0,
            MaxConcurrentTrainings = maxTrainings,
            MaxTrainingDuration = maxDuration ?? TimeSpan.FromMinutes(10),
            Trainer = trainer,
            ConfigureBuilder = b => b.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>The app on real Kestrel, bound to 127.0.0.1 on a free port; <see cref="LiveLab.Url"/> gives its address.</summary>
    public static async Task<WebApplication> StartKestrel(ILiveTrainer? trainer = null, int maxTrainings = 2,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = LiveLab.Build(new LiveLabOptions
        {
            Port = 0, MaxConcurrentTrainings = maxTrainings, Trainer = trainer, ConfigureBuilder = configure,
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// A training request as the page sends it: POST with <c>Content-Type: application/json</c> (no body; the
    /// parameters are in the query string).
    /// </summary>
    public static HttpRequestMessage TrainingPost(string url) =>
        new(HttpMethod.Post, url) { Content = new StringContent("", System.Text.Encoding.UTF8, "application/json") };

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes (generous on slow CI).</summary>
    public static async Task<bool> Eventually(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            await Task.Delay(25);
        }
        return condition();
    }
}
