namespace Sigmoid.Learning;

/// <summary>A fitted logistic regression P(y = 1 | x) = σ(b + w·x).</summary>
/// <param name="Intercept">b (not penalised).</param>
/// <param name="Coefficients">w, one per feature.</param>
/// <param name="Iterations">Newton (or gradient) steps taken.</param>
/// <param name="Converged">The step criterion was met before the iteration limit.</param>
/// <param name="Separable">Unregularised and some iterate classified every row strictly correctly: the data are
/// linearly separable, the infimum of the loss (0) is not attained and the optimal weights are at infinity.</param>
/// <param name="MeanLogLoss">(1/N)·Σ BCE(zᵢ, yᵢ) at the returned weights (penalty not included).</param>
/// <param name="Accuracy">Share of rows with (σ(z) &gt; ½) = (y = 1).</param>
public sealed record LogisticRegressionFit(double Intercept, double[] Coefficients, int Iterations, bool Converged, bool Separable,
    double MeanLogLoss, double Accuracy)
{
    /// <summary>σ(b + w·x) for one feature row.</summary>
    /// <exception cref="ArgumentException">The row's length is not the number of coefficients.</exception>
    public double Probability(ReadOnlySpan<double> row)
    {
        if (row.Length != Coefficients.Length)
            throw new ArgumentException($"The row has {row.Length} features but the model has {Coefficients.Length}.", nameof(row));
        return Logistic.Sigmoid(Intercept + VectorMath.Dot<double>(Coefficients, row));
    }
}

/// <summary>
/// Logistic regression by minimising J(b, w) = Σᵢ BCE(b + w·xᵢ, yᵢ) + (λ/2)·‖w‖² — a sum over rows, the intercept
/// not penalised — with Newton's method (iteratively reweighted least squares), or with plain gradient descent as
/// the teaching path. BCE is <see cref="Logistic.BinaryCrossEntropyWithLogits(double, double)"/> and the Hessian
/// weights σ(z)σ(−z) never cancel, so saturated rows neither overflow nor lose their weight.
/// </summary>
public static class LogisticRegression
{
    /// <summary>
    /// Newton's method: θ ← θ − H⁻¹g with g = X̃ᵀ(p − y) + λ(0, w), H = X̃ᵀ S X̃ + λ·diag(0, 1, …, 1), S = diag(σ(zᵢ)σ(−zᵢ)),
    /// X̃ = [1 | X]; the step is halved until J decreases (damped Newton). Stops when every component of the step is
    /// below <paramref name="tolerance"/>·(1 + |θ|∞), or — unregularised — as soon as an iterate separates the classes.
    /// </summary>
    /// <param name="x">Features (N, D) row-major.</param>
    /// <param name="y">Labels (N), 0 or 1.</param>
    /// <param name="features">D.</param>
    /// <param name="l2">λ ≥ 0.</param>
    /// <param name="maxIterations">Newton step limit.</param>
    /// <param name="tolerance">Relative step size that counts as converged.</param>
    /// <exception cref="ArgumentException">Shapes disagree, a label is not 0/1, λ is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">The Hessian is singular (collinear or constant features and λ = 0).</exception>
    public static LogisticRegressionFit FitNewton(double[] x, double[] y, int features, double l2 = 0, int maxIterations = 100, double tolerance = 1e-12)
    {
        int n = Check(x, y, features, l2);
        int p = features + 1;
        var theta = new double[p];
        var g = new double[p];
        var H = new double[p * p];
        var step = new double[p];
        var trial = new double[p];
        double J = Objective(x, y, features, l2, theta);
        int iteration = 0;
        bool converged = false, separable = false;
        while (iteration < maxIterations)
        {
            if (l2 == 0 && Separates(x, y, features, theta)) { separable = true; break; }
            GradientAndHessian(x, y, features, l2, theta, g, H);
            if (!Cholesky.Solve(H, g, step, p))
                throw new InvalidOperationException("The Newton system is singular: some features are constant or collinear. Remove them, or use an L2 penalty.");
            iteration++;
            double t = 1;
            double next;
            while (true)
            {
                for (int j = 0; j < p; j++) trial[j] = theta[j] - t * step[j];
                next = Objective(x, y, features, l2, trial);
                if (next <= J || t < 1e-10) break;
                t *= 0.5;
            }
            double largest = 0, size = 0;
            for (int j = 0; j < p; j++) { largest = Math.Max(largest, Math.Abs(t * step[j])); size = Math.Max(size, Math.Abs(theta[j])); }
            Array.Copy(trial, theta, p);
            J = next;
            if (largest <= tolerance * (1 + size)) { converged = true; break; }
        }
        if (!converged && !separable && l2 == 0 && Separates(x, y, features, theta)) separable = true;
        return Result(x, y, features, theta, iteration, converged, separable);
    }

    /// <summary>
    /// Gradient descent on the mean objective J/N: θ ← θ − η·g/N for <paramref name="steps"/> steps from θ = 0.
    /// Returns the fit and J/N after each step (index 0 = at the start).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="FitNewton"/>; η not finite and positive; steps negative.</exception>
    public static (LogisticRegressionFit Fit, double[] MeanObjective) FitGradientDescent(double[] x, double[] y, int features, double l2, double learningRate, int steps)
    {
        int n = Check(x, y, features, l2);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentException($"The learning rate must be finite and positive, not {learningRate}.", nameof(learningRate));
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        int p = features + 1;
        var theta = new double[p];
        var g = new double[p];
        var history = new double[steps + 1];
        history[0] = Objective(x, y, features, l2, theta) / n;
        for (int s = 1; s <= steps; s++)
        {
            Gradient(x, y, features, l2, theta, g);
            for (int j = 0; j < p; j++) theta[j] -= learningRate * g[j] / n;
            history[s] = Objective(x, y, features, l2, theta) / n;
        }
        return (Result(x, y, features, theta, steps, false, false), history);
    }

    /// <summary>J(θ) = Σ BCE(zᵢ, yᵢ) + (λ/2)‖w‖² with θ = (b, w).</summary>
    public static double Objective(double[] x, double[] y, int features, double l2, ReadOnlySpan<double> theta)
    {
        double J = 0;
        for (int i = 0; i < y.Length; i++) J += Logistic.BinaryCrossEntropyWithLogits(Logit(x, features, theta, i), y[i]);
        double w2 = 0;
        for (int j = 1; j < theta.Length; j++) w2 += theta[j] * theta[j];
        return J + 0.5 * l2 * w2;
    }

    private static double Logit(double[] x, int features, ReadOnlySpan<double> theta, int row) =>
        theta[0] + VectorMath.Dot(theta[1..], new ReadOnlySpan<double>(x, row * features, features));

    private static void Gradient(double[] x, double[] y, int d, double l2, ReadOnlySpan<double> theta, Span<double> g)
    {
        g.Clear();
        for (int i = 0; i < y.Length; i++)
        {
            double r = Logistic.BinaryCrossEntropyWithLogitsGradient(Logit(x, d, theta, i), y[i]); // σ(z) − y
            g[0] += r;
            VectorMath.AddScaled(g[1..], r, new ReadOnlySpan<double>(x, i * d, d));
        }
        for (int j = 1; j < g.Length; j++) g[j] += l2 * theta[j];
    }

    private static void GradientAndHessian(double[] x, double[] y, int d, double l2, ReadOnlySpan<double> theta, Span<double> g, Span<double> H)
    {
        int p = d + 1;
        Gradient(x, y, d, l2, theta, g);
        H.Clear();
        var xt = new double[p];
        xt[0] = 1;
        for (int i = 0; i < y.Length; i++)
        {
            double z = Logit(x, d, theta, i);
            double s = Logistic.Sigmoid(z) * Logistic.Sigmoid(-z);
            Array.Copy(x, i * d, xt, 1, d);
            for (int a = 0; a < p; a++) VectorMath.AddScaled(H.Slice(a * p, p), s * xt[a], xt);
        }
        for (int j = 1; j < p; j++) H[j * p + j] += l2;
    }

    private static bool Separates(double[] x, double[] y, int d, ReadOnlySpan<double> theta)
    {
        for (int i = 0; i < y.Length; i++)
        {
            double z = Logit(x, d, theta, i);
            if (!(y[i] == 1 ? z > 0 : z < 0)) return false;
        }
        return true;
    }

    private static LogisticRegressionFit Result(double[] x, double[] y, int d, double[] theta, int iterations, bool converged, bool separable)
    {
        int correct = 0;
        double loss = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double z = Logit(x, d, theta, i);
            loss += Logistic.BinaryCrossEntropyWithLogits(z, y[i]);
            if ((z > 0) == (y[i] == 1)) correct++;
        }
        return new LogisticRegressionFit(theta[0], theta[1..], iterations, converged, separable, loss / y.Length, (double)correct / y.Length);
    }

    private static int Check(double[] x, double[] y, int features, double l2)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(features);
        if (y.Length == 0) throw new ArgumentException("There are no rows.", nameof(y));
        if (x.Length != y.Length * features)
            throw new ArgumentException($"x has {x.Length} values but {y.Length} rows of {features} features need {y.Length * features}.", nameof(x));
        for (int i = 0; i < y.Length; i++)
            if (y[i] is not (0 or 1)) throw new ArgumentException($"Label {i} is {y[i]}; labels must be 0 or 1.", nameof(y));
        if (!(l2 >= 0) || !double.IsFinite(l2)) throw new ArgumentException($"The L2 penalty must be finite and ≥ 0, not {l2}.", nameof(l2));
        return y.Length;
    }
}

/// <summary>Cholesky factorisation and solve for the small symmetric positive definite Newton systems.</summary>
internal static class Cholesky
{
    /// <summary>Solves A·s = b for SPD A (p×p, row-major, not modified). Returns false when A is not numerically positive definite.</summary>
    public static bool Solve(ReadOnlySpan<double> A, ReadOnlySpan<double> b, Span<double> s, int p)
    {
        var L = new double[p * p];
        double scale = 0;
        for (int i = 0; i < p; i++) scale = Math.Max(scale, Math.Abs(A[i * p + i]));
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = A[i * p + j];
                for (int k = 0; k < j; k++) sum -= L[i * p + k] * L[j * p + k];
                if (i == j)
                {
                    if (!(sum > 1e-13 * scale)) return false;
                    L[i * p + i] = Math.Sqrt(sum);
                }
                else L[i * p + j] = sum / L[j * p + j];
            }
        }
        for (int i = 0; i < p; i++) // L·u = b
        {
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= L[i * p + k] * s[k];
            s[i] = sum / L[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) // Lᵀ·s = u
        {
            double sum = s[i];
            for (int k = i + 1; k < p; k++) sum -= L[k * p + i] * s[k];
            s[i] = sum / L[i * p + i];
        }
        return true;
    }
}
