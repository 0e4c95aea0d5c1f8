using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sigmoid.Lab.Experiments;
using Sigmoid.Web.Http;

namespace Sigmoid.Web.ZigZag;

/// <summary>
/// The Zig-zag panel's endpoints, over the lab's two-weight problem (<see cref="ZigZagDescent"/>).
/// <list type="bullet">
/// <item><c>GET /api/zigzag/contours</c>: the loss on a <see cref="GridSize"/>² grid of the window around the
/// optimum, for positive (sigmoid) and for centred (2σ(h) − 1) inputs, with each optimum, the largest stable learning
/// rate of each, and the experiment's default learning rate (3) and start (−1.5, 0), from which the positive-input
/// path zig-zags.</item>
/// <item><c>GET /api/zigzag/path?w1&amp;w2&amp;learningRate&amp;tolerance</c>: <see cref="ZigZagExperiment"/> run from
/// (w1, w2) for both input sets with the same step; each path (at most <see cref="MaxPointsSent"/> points: the first half as they are,
/// the rest evenly thinned, the last kept) and its steps to ‖w − w*‖ ≤ tolerance, or not reached within
/// <see cref="MaxSteps"/>.</item>
/// </list>
/// </summary>
internal static class ZigZagApi
{
    /// <summary>Half-width of the plotted window around the optimum, in each weight.</summary>
    public const double HalfWidth = 5;

    /// <summary>Grid points per axis of the contour data.</summary>
    public const int GridSize = 81;

    /// <summary>Step limit of one descent.</summary>
    public const int MaxSteps = 20_000;

    /// <summary>Most points of one path sent to the page.</summary>
    public const int MaxPointsSent = 2_000;

    /// <summary>Largest |w| accepted for a start (the experiment's own limit).</summary>
    public const double MaxAbsStart = 1000;

    /// <summary>Largest learning rate accepted.</summary>
    public const double MaxLearningRate = 10;

    /// <summary>Maps the endpoints onto <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/zigzag/contours", (HttpRequest request) =>
        {
            _ = new QueryReader(request.Query);
            var (c1, c2) = ZigZagDescent.Optimum(false);
            var w1 = Axis(c1);
            var w2 = Axis(c2);
            var defaults = new ZigZagOptions();
            return Results.Json(new
            {
                w1,
                w2,
                positive = Surface(w1, w2, centred: false),
                centred = Surface(w1, w2, centred: true),
                suggestedLearningRate = defaults.LearningRate,
                suggestedStart = new[] { defaults.Start.W1, defaults.Start.W2 },
                defaultTolerance = defaults.Tolerance,
            }, LiveLabJson.Options);
        });

        app.MapGet("/api/zigzag/path", (HttpRequest request) =>
        {
            var q = new QueryReader(request.Query, "w1", "w2", "learningRate", "tolerance");
            double w1 = q.Double("w1", null, -MaxAbsStart, MaxAbsStart);
            double w2 = q.Double("w2", null, -MaxAbsStart, MaxAbsStart);
            double rate = q.Double("learningRate", null, 0, MaxLearningRate, minExclusive: true);
            double tolerance = q.Double("tolerance", 1e-3, 1e-12, 1);
            // The experiment itself, with the same-sign measurement cut to one sample: only the paths are wanted here.
            var run = new ZigZagExperiment().Run(new ExperimentContext(Cancellation: request.HttpContext.RequestAborted), new ZigZagOptions
            {
                Start = (w1, w2), LearningRate = rate, Tolerance = tolerance, MaxSteps = MaxSteps, BatchSizes = [1], Trials = 1,
            });
            var data = (ZigZagData)run.Data;
            return Results.Json(new
            {
                learningRate = rate,
                tolerance,
                maxSteps = MaxSteps,
                positive = Path(data.Positive, false),
                centred = Path(data.Centred, true),
            }, LiveLabJson.Options);
        });
    }

    private static double[] Axis(double centre) =>
        Enumerable.Range(0, GridSize).Select(i => centre - HalfWidth + 2 * HalfWidth * i / (GridSize - 1)).ToArray();

    // loss[j][i] = L(w1[i], w2[j]).
    private static object Surface(double[] w1, double[] w2, bool centred)
    {
        var loss = w2.Select(b => w1.Select(a => ZigZagDescent.Loss(a, b, centred)).ToArray()).ToArray();
        var (o1, o2) = ZigZagDescent.Optimum(centred);
        var (min, max) = ZigZagDescent.Curvatures(centred);
        return new { loss, optimum = new[] { o1, o2 }, largestStableLearningRate = 2 / max, curvature = new[] { min, max } };
    }

    private static object Path(DescentPath path, bool centred)
    {
        var points = path.Points;
        var (o1, o2) = ZigZagDescent.Optimum(centred);
        var (l1, l2) = points[^1];
        double lastDistance = Math.Sqrt((l1 - o1) * (l1 - o1) + (l2 - o2) * (l2 - o2));
        var kept = Thin(points.Count);
        return new
        {
            w1 = kept.Select(i => points[i].W1).ToArray(),
            w2 = kept.Select(i => points[i].W2).ToArray(),
            reached = path.StepsToTolerance >= 0,
            steps = path.StepsToTolerance >= 0 ? path.StepsToTolerance : points.Count - 1,
            diverged = !(lastDistance <= 1e6),
            totalPoints = points.Count,
        };
    }

    // Indices to send: all when few; else the first half of the budget as is, then evenly spaced, always the last.
    private static int[] Thin(int count)
    {
        if (count <= MaxPointsSent) return Enumerable.Range(0, count).ToArray();
        int head = MaxPointsSent / 2, tail = MaxPointsSent - head;
        var indices = Enumerable.Range(0, head).ToList();
        for (int k = 1; k <= tail; k++) indices.Add(head - 1 + (int)((long)(count - head) * k / tail));
        return indices.Distinct().ToArray();
    }
}
