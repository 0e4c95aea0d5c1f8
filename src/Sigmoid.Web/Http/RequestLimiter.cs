using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Sigmoid.Web.Http;

/// <summary>
/// Middleware (after routing): at most <see cref="Permits"/> requests are answered at once and at most
/// <see cref="Queue"/> more wait their turn, oldest first; past that a request gets HTTP 503 with
/// <c>Retry-After: 1</c> at once, so a burst always gets answers, never silence. Endpoints marked with
/// <see cref="Exempt"/> (the training stream, which has its own limit) do not count.
/// </summary>
internal sealed class RequestLimiter : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    /// <summary>A limiter of <paramref name="permits"/> running and <paramref name="queue"/> waiting requests.</summary>
    /// <exception cref="ArgumentOutOfRangeException">permits &lt; 1 or queue &lt; 0.</exception>
    public RequestLimiter(int permits, int queue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queue);
        Permits = permits;
        Queue = queue;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Endpoint metadata: requests to this endpoint are not counted.</summary>
    public static readonly object Exempt = new ExemptMarker();

    /// <summary>Requests answered at once.</summary>
    public int Permits { get; }

    /// <summary>Requests that may wait for a turn.</summary>
    public int Queue { get; }

    /// <summary>The underlying limiter (tests fill it to see the 503).</summary>
    internal RateLimiter Limiter => _limiter;

    /// <summary>Takes a turn (waiting if the queue has room), runs the rest of the pipeline, gives the turn back.</summary>
    public async Task Handle(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ExemptMarker>() is not null)
        {
            await next(context);
            return;
        }
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client left while waiting
        }
        using (lease)
        {
            if (lease.IsAcquired)
            {
                await next(context);
                return;
            }
        }
        context.Response.Headers.RetryAfter = "1";
        await ApiErrors.Json(StatusCodes.Status503ServiceUnavailable, new ApiMessage("errServerBusy", ("answering", Permits), ("waiting", Queue)))
            .ExecuteAsync(context);
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();

    private sealed class ExemptMarker;
}
