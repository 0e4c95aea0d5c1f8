using Sigmoid.Learning;

namespace Sigmoid.Lab.Experiments;

/// <summary>A gradient-descent path in the (w1, w2) plane.</summary>
/// <param name="Points">The start and every iterate, in order.</param>
/// <param name="StepsToTolerance">Steps until ‖w − w*‖ ≤ tolerance, or −1 if not reached within the step limit (or diverged).</param>
public sealed record DescentPath(IReadOnlyList<(double W1, double W2)> Points, int StepsToTolerance);

/// <summary>
/// The two-weight problem of part к: one linear unit ŷ = w1·x1 + w2·x2 fitted by full-batch gradient descent to
/// targets y = w*·x made by the teacher w* = (2, −1), so the optimum needs w1 to grow and w2 to shrink from the
/// default start. The inputs are the outputs of a previous layer for fixed pre-activations h (64 rows, h uniform in
/// [−3, 3], fixed seed): <b>positive</b> x = σ(h) ∈ (0, 1), as a sigmoid layer gives, or <b>centred</b>
/// x = 2σ(h) − 1 = tanh(h/2) ∈ (−1, 1), as a tanh layer gives. Loss L(w) = (1/2N)·Σ(w·xᵢ − yᵢ)² = ½(w−w*)ᵀH(w−w*),
/// H = (1/N)·Σ xᵢxᵢᵀ. The positive inputs' common mean adds a large eigenvalue to H along (1, 1), so the valley is
/// long and narrow and a step that is safe across it crawls along it: the path zig-zags.
/// </summary>
public static class ZigZagDescent
{
    /// <summary>Rows of the fixed input set.</summary>
    public const int Rows = 64;

    private static readonly (double W1, double W2) Teacher = (2.0, -1.0);
    private static readonly Lazy<double[]> PreActivations = new(() =>
    {
        var rng = new SplitMix64(0x219_2A6UL);
        var h = new double[Rows * 2];
        for (int i = 0; i < h.Length; i++) h[i] = rng.NextUniform(-3, 3);
        return h;
    });
    private static readonly Lazy<double[]> PositiveHessian = new(() => Hessian(false));
    private static readonly Lazy<double[]> CentredHessian = new(() => Hessian(true));

    /// <summary>The inputs x (Rows, 2) row-major: σ(h) or 2σ(h) − 1.</summary>
    public static double[] Inputs(bool centredInputs)
    {
        var h = PreActivations.Value;
        var x = new double[h.Length];
        Logistic.Sigmoid(h, x);
        if (centredInputs) for (int i = 0; i < x.Length; i++) x[i] = 2 * x[i] - 1;
        return x;
    }

    /// <summary>The minimiser w* (the teacher's weights; the same for both input sets, where the loss is 0).</summary>
    public static (double W1, double W2) Optimum(bool centredInputs) => Teacher;

    /// <summary>L(w1, w2) = (1/2N)·Σ(w·xᵢ − yᵢ)² for the chosen inputs (for contour plots).</summary>
    public static double Loss(double w1, double w2, bool centredInputs)
    {
        var H = centredInputs ? CentredHessian.Value : PositiveHessian.Value;
        double e1 = w1 - Teacher.W1, e2 = w2 - Teacher.W2;
        return 0.5 * (H[0] * e1 * e1 + 2 * H[1] * e1 * e2 + H[3] * e2 * e2);
    }

    /// <summary>The eigenvalues (smallest first) of H, the loss's curvature.</summary>
    public static (double Min, double Max) Curvatures(bool centredInputs)
    {
        var H = centredInputs ? CentredHessian.Value : PositiveHessian.Value;
        double mean = (H[0] + H[3]) / 2, diff = (H[0] - H[3]) / 2;
        double r = Math.Sqrt(diff * diff + H[1] * H[1]);
        return (mean - r, mean + r);
    }

    /// <summary>2/λmax: steps at or above it diverge along the steepest direction.</summary>
    public static double LargestStableLearningRate(bool centredInputs) => 2 / Curvatures(centredInputs).Max;

    /// <summary>
    /// Full-batch gradient descent w ← w − η·∇L(w) from (startW1, startW2) until ‖w − w*‖ ≤ tolerance or
    /// <paramref name="maxSteps"/> steps (also stops, with −1, once ‖w − w*‖ exceeds 1e6: divergence).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A start is not finite or beyond ±1000, η or the tolerance is
    /// not finite and positive, or maxSteps is outside 1…100 000.</exception>
    public static DescentPath Run(double startW1, double startW2, bool centredInputs, double learningRate, double tolerance, int maxSteps)
    {
        if (!double.IsFinite(startW1) || Math.Abs(startW1) > 1000)
            throw new ArgumentOutOfRangeException(nameof(startW1), startW1, "The start must be a finite number within ±1000.");
        if (!double.IsFinite(startW2) || Math.Abs(startW2) > 1000)
            throw new ArgumentOutOfRangeException(nameof(startW2), startW2, "The start must be a finite number within ±1000.");
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be finite and positive.");
        if (!double.IsFinite(tolerance) || tolerance <= 0)
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be finite and positive.");
        if (maxSteps < 1 || maxSteps > 100_000)
            throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "maxSteps must be between 1 and 100000.");

        var H = centredInputs ? CentredHessian.Value : PositiveHessian.Value;
        double w1 = startW1, w2 = startW2;
        var points = new List<(double, double)> { (w1, w2) };
        for (int step = 1; step <= maxSteps; step++)
        {
            double e1 = w1 - Teacher.W1, e2 = w2 - Teacher.W2;
            if (Math.Sqrt(e1 * e1 + e2 * e2) <= tolerance) return new DescentPath(points, step - 1);
            w1 -= learningRate * (H[0] * e1 + H[1] * e2); // ∂L/∂w1
            w2 -= learningRate * (H[2] * e1 + H[3] * e2); // ∂L/∂w2
            points.Add((w1, w2));
            double d = Math.Sqrt((w1 - Teacher.W1) * (w1 - Teacher.W1) + (w2 - Teacher.W2) * (w2 - Teacher.W2));
            if (!(d <= 1e6)) return new DescentPath(points, -1);
            if (d <= tolerance) return new DescentPath(points, step);
        }
        return new DescentPath(points, -1);
    }

    /// <summary>H = (1/N)·Σ xᵢxᵢᵀ as [h11, h12, h21, h22] (a copy).</summary>
    public static double[] CurvatureMatrix(bool centredInputs) => (double[])(centredInputs ? CentredHessian.Value : PositiveHessian.Value).Clone();

    private static double[] Hessian(bool centred)
    {
        var x = Inputs(centred);
        double a = 0, b = 0, c = 0;
        for (int i = 0; i < Rows; i++)
        {
            double x1 = x[2 * i], x2 = x[2 * i + 1];
            a += x1 * x1; b += x1 * x2; c += x2 * x2;
        }
        return [a / Rows, b / Rows, b / Rows, c / Rows];
    }
}
