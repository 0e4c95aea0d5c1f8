using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Sigmoid.Lab.Experiments;
using Sigmoid.Lab.Experiments.Presentation;
using Sigmoid.Lab.Localization;
using Sigmoid.Lab.Plotting;
using Sigmoid.Web.Http;
using Sigmoid.Web.Training;

namespace Sigmoid.Web.Experiments;

/// <summary>
/// The lab's experiments on the page, through the same <see cref="IExperiment"/> and <see cref="IExperimentPresenter"/>
/// as the command line and the report.
/// <list type="bullet">
/// <item><c>GET /api/experiments?lang</c>: every experiment's name, title and report section.</item>
/// <item><c>GET /api/experiments/{name}?lang&amp;seed</c>: runs it with its defaults and returns the title, the
/// headline numbers, the paragraph (plain and as HTML with <c>&lt;code&gt;</c>), each figure as SVG with its caption, and
/// the JSON summary. A run takes one slot
/// of the training limit (HTTP 429 when all are busy); closing the request cancels it.</item>
/// </list>
/// <c>lang</c> is <c>en</c> (default) or <c>ru</c>.
/// </summary>
internal static class ExperimentApi
{
    /// <summary>Largest seed accepted.</summary>
    public const int MaxSeed = 1_000_000;

    /// <summary>Maps the endpoints onto <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, TrainingGate gate)
    {
        app.MapGet("/api/experiments", (HttpRequest request) =>
        {
            var language = LanguageOf(new QueryReader(request.Query, "lang"));
            return Results.Json(ExperimentCatalog.All.Select(e => new { name = e.Name, title = e.Title(language), section = e.ReportSection }).ToArray(),
                LiveLabJson.Options);
        });

        app.MapGet("/api/experiments/{name}", async (HttpContext context, string name, IHostApplicationLifetime lifetime) =>
        {
            var q = new QueryReader(context.Request.Query, "lang", "seed");
            var language = LanguageOf(q);
            int seed = q.Int("seed", 1, 0, MaxSeed);
            var experiment = ExperimentCatalog.ByName(name);
            if (experiment is null)
            {
                await ApiErrors.Json(StatusCodes.Status404NotFound, new ApiMessage("errNoExperiment",
                    ("name", name), ("names", string.Join(", ", ExperimentCatalog.All.Select(e => e.Name))))).ExecuteAsync(context);
                return;
            }
            if (!gate.TryEnter())
            {
                await ApiErrors.Json(StatusCodes.Status429TooManyRequests, new ApiMessage(gate.Capacity == 1 ? "errBusyExperimentOne" : "errBusyExperiment",
                    ("limit", gate.Capacity))).ExecuteAsync(context);
                return;
            }
            var end = TrainingEnd.Failed;
            try
            {
                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
                var body = await Task.Run(() => Run(experiment, language, seed, cancel.Token), cancel.Token);
                end = TrainingEnd.Completed;
                await Results.Json(body, LiveLabJson.Options).ExecuteAsync(context);
            }
            catch (OperationCanceledException)
            {
                end = TrainingEnd.Cancelled;
            }
            finally
            {
                gate.Exit(end);
            }
        });
    }

    private static object Run(IExperiment experiment, Language language, int seed, CancellationToken cancellation)
    {
        var result = experiment.Run(new ExperimentContext(seed, null, cancellation));
        var view = ExperimentPresenters.For(experiment.Name).Present(result, language);
        return new
        {
            name = experiment.Name,
            language = language.Code(),
            title = MarkedText.Plain(view.Title),
            keyNumbers = view.KeyNumbers.Select(k => new { label = MarkedText.Plain(k.Label), value = MarkedText.Plain(k.Value) }).ToArray(),
            paragraph = MarkedText.Plain(view.Paragraph),
            paragraphHtml = MarkedText.Html(view.Paragraph),
            figures = view.Figures.Select(f => new
            {
                name = f.Name,
                caption = MarkedText.Plain(f.Caption),
                captionHtml = MarkedText.Html(f.Caption),
                svg = Encoding.UTF8.GetString(f.Render(FigureFormat.Svg)),
            }).ToArray(),
            summary = System.Text.Json.JsonDocument.Parse(ExperimentFiles.Json(result.Summary)).RootElement,
        };
    }

    private static Language LanguageOf(QueryReader q) => Languages.Parse(q.OneOf("lang", "en", Languages.Codes));
}
