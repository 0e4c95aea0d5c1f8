namespace Sigmoid.Learning;

/// <summary>The outcome of a gradient check: the worst disagreement between analytic and numeric gradients.</summary>
/// <param name="MaxRelativeError">max over all compared entries of <see cref="GradientCheck.RelativeError"/>.</param>
/// <param name="Worst">Where it occurred, e.g. <c>dense2.W[7]</c> or <c>x[3]</c>.</param>
/// <param name="Analytic">The analytic value there.</param>
/// <param name="Numeric">The central-difference value there.</param>
/// <param name="Compared">How many entries were compared (every parameter and every input).</param>
public sealed record GradientCheckResult(double MaxRelativeError, string Worst, double Analytic, double Numeric, int Compared)
{
    /// <summary>True when <see cref="MaxRelativeError"/> is below <paramref name="tolerance"/>.</summary>
    public bool Passed(double tolerance) => MaxRelativeError < tolerance;
}

/// <summary>
/// Compares every analytic gradient (each parameter entry and each input entry) with the fourth-order central
/// difference [−L(θ+2h) + 8L(θ+h) − 8L(θ−h) + L(θ−2h)]/(12h), h = <see cref="Step"/>·max(1, |θ|), all in double.
/// Truncation error is O(h⁴) ≈ 1e-16 and rounding error ≈ 1e-16·|L|/h ≈ 1e-12 absolute, so correct code agrees to
/// far better than 1e-6 even for gradient entries of 1e-5. Where a piecewise-linear activation puts a kink inside
/// the stencil, the step is shrunk (see <see cref="KinkSignal"/>).
/// </summary>
public static class GradientCheck
{
    /// <summary>Relative finite-difference step.</summary>
    public const double Step = 1e-4;

    /// <summary>
    /// Denominator floor of <see cref="RelativeError"/>: entries smaller than it are compared absolutely, because the
    /// difference quotient carries rounding noise of about 1e-16·|L|/h ≈ 1e-12 (an exactly-zero gradient, e.g. behind
    /// a dead ReLU, comes out as ±1e-12). With the floor, a relative error of 1e-6 still means an absolute 1e-11.
    /// </summary>
    public const double Floor = 1e-5;

    /// <summary>
    /// Two difference quotients (steps h and h/8) that differ by more than this relative amount reveal a kink within
    /// the stencil, and the check moves to the smaller step.
    /// </summary>
    public const double KinkSignal = 1e-4;

    /// <summary>|a − n| / max(|a|, |n|, <see cref="Floor"/>).</summary>
    public static double RelativeError(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) / Math.Max(Math.Max(Math.Abs(analytic), Math.Abs(numeric)), Floor);

    /// <summary>
    /// Checks one layer with the scalar loss L = Σₖ rₖ·yₖ, r uniform in [−1, 1) from <paramref name="seed"/>, so that
    /// dy = r. <paramref name="x"/> is (B, In) and is restored afterwards.
    /// </summary>
    public static GradientCheckResult Layer(ILayer<double> layer, double[] x, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(x);
        int B = x.Length / layer.InputSize;
        var r = new double[B * layer.OutputSize];
        var rng = new SplitMix64(seed);
        for (int i = 0; i < r.Length; i++) r[i] = rng.NextUniform(-1, 1);
        var y = new double[r.Length];
        double Loss()
        {
            layer.Forward(x, y);
            double s = 0;
            for (int i = 0; i < y.Length; i++) s += r[i] * y[i];
            return s;
        }
        foreach (var p in layer.Parameters) p.ZeroGradient();
        layer.Forward(x, y);
        var dx = new double[x.Length];
        layer.Backward(x, y, r, dx);
        return Compare(layer.Parameters, x, dx, Loss);
    }

    /// <summary>
    /// Checks a whole network under <paramref name="loss"/> (mean over the batch) against <paramref name="target"/>:
    /// every weight, bias and input entry. <paramref name="x"/> is (B, In) and is restored afterwards.
    /// </summary>
    public static GradientCheckResult Network(Mlp<double> network, ILoss<double> loss, double[] x, double[] target)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(target);
        double Loss() => loss.Forward(network.Forward(x), target);
        network.ZeroGradients();
        var z = network.Forward(x).ToArray();
        var dz = new double[z.Length];
        loss.Backward(z, target, dz);
        var dx = new double[x.Length];
        network.Backward(x, dz, dx);
        return Compare(network.Parameters, x, dx, Loss);
    }

    private static GradientCheckResult Compare(IReadOnlyList<Parameter<double>> parameters, double[] x, double[] dx, Func<double> loss)
    {
        var worst = new GradientCheckResult(0, "(none)", 0, 0, 0);
        int compared = 0;
        void Probe(double[] values, int i, double analytic, string name)
        {
            double keep = values[i];
            double At(double v) { values[i] = v; return loss(); }
            double Quotient(double h) => (-At(keep + 2 * h) + 8 * At(keep + h) - 8 * At(keep - h) + At(keep - 2 * h)) / (12 * h);
            // A kink (ReLU at 0) inside [θ−2h, θ+2h] spoils the quotient; a step 8× smaller then disagrees with it.
            // Keep the larger step (less rounding noise) once the next one agrees; otherwise shrink, at most twice.
            double h = Step * Math.Max(1, Math.Abs(keep));
            double numeric = Quotient(h);
            for (int shrink = 0; shrink < 2; shrink++)
            {
                double finer = Quotient(h / 8);
                if (RelativeError(numeric, finer) < KinkSignal) break;
                numeric = finer;
                h /= 8;
            }
            values[i] = keep;
            double e = RelativeError(analytic, numeric);
            compared++;
            if (e > worst.MaxRelativeError || compared == 1) worst = new GradientCheckResult(e, $"{name}[{i}]", analytic, numeric, 0);
        }
        foreach (var p in parameters)
        {
            var analytic = (double[])p.Gradient.Clone();
            for (int i = 0; i < p.Value.Length; i++) Probe(p.Value, i, analytic[i], p.Name);
        }
        for (int i = 0; i < x.Length; i++) Probe(x, i, dx[i], "x");
        return worst with { Compared = compared };
    }
}
