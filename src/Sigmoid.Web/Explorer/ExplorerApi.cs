using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sigmoid.Web.Http;

namespace Sigmoid.Web.Explorer;

/// <summary>
/// The Explorer panel's endpoints. Every value is computed by <see cref="Logistic"/> (span overloads for the curves,
/// float and double scalar overloads for the point read-out).
/// <list type="bullet">
/// <item><c>GET /api/curves?from&amp;to&amp;points</c>: σ, σ′ and ln σ at <c>points</c> evenly spaced t in
/// [from, to], logit at <c>points</c> evenly spaced p in (0, 1), and the float/double saturation thresholds.</item>
/// <item><c>GET /api/steep?k&amp;from&amp;to&amp;points</c>: σ(k·t) and the unit step on the same grid.</item>
/// <item><c>GET /api/point?t&amp;k</c>: σ(t), σ′(t), ln σ(t), logit(σ(t)) and σ(k·t) in float and in double, as
/// shortest round-trip text, and whether float σ(t) rounds to 1 or to 0.</item>
/// </list>
/// </summary>
internal static class ExplorerApi
{
    /// <summary>Largest |t| accepted for a range bound or a point.</summary>
    public const double MaxAbsT = 1e6;

    /// <summary>Fewest and most points of a curve.</summary>
    public const int MinPoints = 2, MaxPoints = 4001;

    /// <summary>Range of the steepness k of σ(k·t).</summary>
    public const double MinK = 0.1, MaxK = 1000;

    /// <summary>Maps the endpoints onto <paramref name="app"/>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/curves", (HttpRequest request) =>
        {
            var q = new QueryReader(request.Query, "from", "to", "points");
            var (t, _) = ReadGrid(q);
            int n = t.Length;
            var sigmoid = new double[n];
            var derivative = new double[n];
            var logSigmoid = new double[n];
            Logistic.Sigmoid(t, sigmoid);
            Logistic.SigmoidDerivative(t, derivative);
            Logistic.LogSigmoid(t, logSigmoid);
            var p = new double[n];
            for (int i = 0; i < n; i++) p[i] = (i + 0.5) / n; // evenly spaced, strictly inside (0, 1)
            var logit = new double[n];
            Logistic.Logit(p, logit);
            return Results.Json(new
            {
                t, sigmoid, derivative, logSigmoid,
                logit = new { p, value = logit },
                floatSaturation = Saturation.Float,
                doubleSaturation = Saturation.Double,
            }, LiveLabJson.Options);
        });

        app.MapGet("/api/steep", (HttpRequest request) =>
        {
            var q = new QueryReader(request.Query, "k", "from", "to", "points");
            double k = q.Double("k", 1, MinK, MaxK);
            var (t, _) = ReadGrid(q);
            var kt = new double[t.Length];
            for (int i = 0; i < t.Length; i++) kt[i] = k * t[i];
            var value = new double[t.Length];
            Logistic.Sigmoid(kt, value);
            var step = t.Select(x => x < 0 ? 0.0 : x > 0 ? 1.0 : 0.5).ToArray();
            return Results.Json(new { k, t, value, step }, LiveLabJson.Options);
        });

        app.MapGet("/api/point", (HttpRequest request) =>
        {
            var q = new QueryReader(request.Query, "t", "k");
            double t = q.Double("t", null, -MaxAbsT, MaxAbsT);
            double k = q.Double("k", 1, MinK, MaxK);
            return Results.Json(Point(t, k), LiveLabJson.Options);
        });
    }

    /// <summary>The read-out at one t: float and double values side by side.</summary>
    public static object Point(double t, double k)
    {
        float tf = (float)t, kf = (float)k;
        float sf = Logistic.Sigmoid(tf);
        double sd = Logistic.Sigmoid(t);
        var fs = Saturation.Float;
        string floatState = sf == 1f ? "one" : sf == 0f ? "zero" : "none";
        string note = floatState switch
        {
            "one" => $"float σ(t) rounds to exactly 1 (it does for every t ≥ {Text(fs.OneFrom)}): 1 − σ(t) is lost, the double value keeps it.",
            "zero" => $"float σ(t) rounds to exactly 0 (it does for every t ≤ {Text(fs.ZeroBelow)}).",
            _ => $"float σ(t) is not saturated here (it rounds to 1 from t ≥ {Text(fs.OneFrom)} and to 0 at t ≤ {Text(fs.ZeroBelow)}).",
        };
        return new
        {
            t,
            k,
            @float = new
            {
                t = Text(tf),
                sigmoid = Text(sf),
                derivative = Text(Logistic.SigmoidDerivative(tf)),
                logSigmoid = Text(Logistic.LogSigmoid(tf)),
                logitOfSigmoid = Text(Logistic.Logit(sf)),
                steep = Text(Logistic.Sigmoid(kf * tf)),
                sigmoidBits = "0x" + BitConverter.SingleToUInt32Bits(sf).ToString("X8", CultureInfo.InvariantCulture),
            },
            @double = new
            {
                t = Text(t),
                sigmoid = Text(sd),
                derivative = Text(Logistic.SigmoidDerivative(t)),
                logSigmoid = Text(Logistic.LogSigmoid(t)),
                logitOfSigmoid = Text(Logistic.Logit(sd)),
                steep = Text(Logistic.Sigmoid(k * t)),
                sigmoidBits = "0x" + BitConverter.DoubleToUInt64Bits(sd).ToString("X16", CultureInfo.InvariantCulture),
            },
            floatSaturated = floatState,
            note,
        };
    }

    private static (double[] T, int Points) ReadGrid(QueryReader q)
    {
        double from = q.Double("from", -8, -MaxAbsT, MaxAbsT);
        double to = q.Double("to", 8, -MaxAbsT, MaxAbsT);
        int points = q.Int("points", 401, MinPoints, MaxPoints);
        if (!(from < to))
            throw new BadParameterException("to", new ApiMessage("errOrdered", ("from", from), ("to", to)));
        var t = new double[points];
        for (int i = 0; i < points; i++) t[i] = i == points - 1 ? to : from + (to - from) * i / (points - 1);
        return (t, points);
    }

    private static string Text(double value) =>
        double.IsPositiveInfinity(value) ? "+∞" : double.IsNegativeInfinity(value) ? "−∞" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(float value) =>
        float.IsPositiveInfinity(value) ? "+∞" : float.IsNegativeInfinity(value) ? "−∞" : value.ToString("R", CultureInfo.InvariantCulture);
}
