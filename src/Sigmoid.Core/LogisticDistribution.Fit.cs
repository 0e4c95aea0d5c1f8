using Sigmoid.Kernels;

namespace Sigmoid;

public sealed partial class LogisticDistribution
{
    /// <summary>Newton iterations allowed before <see cref="Fit"/> gives up (it converges in 5–15).</summary>
    private const int MaxFitIterations = 200;

    /// <summary>
    /// The maximum-likelihood logistic distribution of <paramref name="data"/>: the (μ, s) maximising
    /// Σ ln f(xᵢ) = Σ [−zᵢ − 2·ln(1+e^−zᵢ)] − n·ln s, zᵢ = (xᵢ−μ)/s — the root of the score equations
    /// Σ tanh(zᵢ/2) = 0 and Σ zᵢ·tanh(zᵢ/2) = n.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> The data are first mapped to [−1, 1] by their midrange and half-range (exactly, by
    /// halving), so no value can overflow. In the parameters a = 1/s, b = −μ/s the log-likelihood
    /// n·ln a + Σ ln σ′(a·xᵢ + b) is strictly concave (ln σ′ is concave, ln a is, and two distinct xᵢ make it strict),
    /// so it has exactly one maximum and Newton's method with a backtracking line search — each step halved until it
    /// keeps a &gt; 0 and does not lower the likelihood — converges to it from the moment estimates
    /// (μ₀ = mean, s₀ = √3·sd/π) without any bracket to lose. The sums are compensated (double-double). It stops when
    /// the Newton decrement falls below 2^-90·n or a step changes neither parameter (usually 5–15 steps).</para>
    /// <para><b>Precision.</b> The returned (μ, s) maximise the likelihood to about 10⁻¹⁵ relative — far inside their
    /// statistical standard errors, which for n samples are s·√(3/n) for μ and s·√(9/((π²+3)·n)) ≈ 0.836·s/√n for s
    /// (the inverse Fisher information; test: <c>LogisticDistributionTests.FitRecoversParametersWithinFisherStandardErrors</c>).</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="data"/> contains NaN or ±∞ (the message names the first
    /// such index), or fewer than two distinct values (the maximum would be at s = 0).</exception>
    /// <exception cref="InvalidOperationException">Newton's method did not converge in 200 steps (not observed; would
    /// indicate a bug).</exception>
    public static LogisticDistribution Fit(ReadOnlySpan<double> data)
    {
        if (data.IsEmpty)
            throw new ArgumentException("Cannot fit a distribution to no data: at least two distinct values are needed.", nameof(data));
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < data.Length; i++)
        {
            double x = data[i];
            if (!double.IsFinite(x))
                throw new ArgumentException($"data[{i}] is {x}: every value must be a finite number.", nameof(data));
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }
        if (min == max)
            throw new ArgumentException(
                $"All {data.Length} value(s) equal {max:R}: the fit needs at least two distinct values (the likelihood has no maximum with s > 0).",
                nameof(data));

        // u = (x − centre)/half ∈ [−1, 1]; half-range by halving first, so nothing overflows.
        double centre = min * 0.5 + max * 0.5, half = max * 0.5 - min * 0.5;
        var u = new double[data.Length];
        for (int i = 0; i < u.Length; i++) u[i] = (data[i] - centre) / half;

        // Moment start: a = 1/s = π/(√3·sd), b = −μ·a.
        DoubleDouble sum = 0.0, sumSquares = 0.0;
        foreach (double v in u) { sum += v; sumSquares += DoubleDouble.TwoProduct(v, v); }
        double n = u.Length;
        double mean = (sum.Hi + sum.Lo) / n;
        double variance = Math.Max((sumSquares.Hi + sumSquares.Lo) / n - mean * mean, 1e-300);
        double a = Math.PI / Math.Sqrt(3 * variance), b = -mean * a;

        double current = ScaledLogLikelihood(u, a, b);
        for (int iteration = 0; iteration < MaxFitIterations; iteration++)
        {
            // Gradient and Hessian of L(a, b) = n·ln a + Σ g(a·u + b), g = ln σ′, g′(t) = σ(−t) − σ(t), g″(t) = −2σ′(t).
            DoubleDouble ga = n / a, gb = 0.0;
            double haa = -n / (a * a), hab = 0, hbb = 0;
            foreach (double v in u)
            {
                double t = a * v + b;
                double g1 = Logistic.Sigmoid(-t) - Logistic.Sigmoid(t);
                double g2 = -2 * Logistic.SigmoidDerivative(t);
                ga += g1 * v;
                gb += g1;
                haa += g2 * v * v;
                hab += g2 * v;
                hbb += g2;
            }
            double gA = ga.Hi + ga.Lo, gB = gb.Hi + gb.Lo;
            double det = haa * hbb - hab * hab;                               // > 0: H is negative definite
            double da = -(hbb * gA - hab * gB) / det, db = -(haa * gB - hab * gA) / det;
            double decrement = gA * da + gB * db;                             // = −∇ᵀH⁻¹∇ ≥ 0
            if (!(decrement > Math.ScaleB(n, -90))) return FromScaled(a, b, centre, half);
            if (decrement < Math.ScaleB(Math.Abs(current) + n, -40) && a + da > 0)
            {
                // The gain (≈ decrement/2) is below what the summed likelihood can resolve, so the line search would see
                // only rounding; this close Newton converges quadratically: take the full step.
                if (a + da == a && b + db == b) return FromScaled(a, b, centre, half);
                a += da; b += db;
                current = ScaledLogLikelihood(u, a, b);
                continue;
            }
            double step = 1.0;
            while (true)
            {
                double na = a + step * da, nb = b + step * db;
                if (na > 0)
                {
                    double next = ScaledLogLikelihood(u, na, nb);
                    if (next >= current)
                    {
                        if (na == a && nb == b) return FromScaled(a, b, centre, half);
                        a = na; b = nb; current = next;
                        break;
                    }
                }
                step *= 0.5;
                if (step < 1e-12) return FromScaled(a, b, centre, half);     // no ascent left at double precision
            }
        }
        throw new InvalidOperationException($"The logistic fit did not converge in {MaxFitIterations} Newton steps.");
    }

    /// <summary>n·ln a + Σ ln σ′(a·uᵢ + b), summed in double-double.</summary>
    private static double ScaledLogLikelihood(double[] u, double a, double b)
    {
        DoubleDouble sum = u.Length * Math.Log(a);
        foreach (double v in u)
        {
            double t = a * v + b;
            sum += Logistic.LogSigmoid(t) + Logistic.LogSigmoid(-t);
        }
        return sum.Hi + sum.Lo;
    }

    /// <summary>Back from the scaled data: s = half/a, μ = centre − half·b/a.</summary>
    private static LogisticDistribution FromScaled(double a, double b, double centre, double half)
    {
        double s = half / a;
        double mu = Math.FusedMultiplyAdd(-half, b / a, centre);
        return new LogisticDistribution(mu, s);
    }
}
