using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// Stochastic gradient descent with optional (heavy-ball) momentum μ:
/// v ← μ·v − η·g, θ ← θ + v; with μ = 0 this is θ ← θ − η·g. Gradients are read, not cleared
/// (call <see cref="ZeroGradients"/> before the next backward pass).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Sgd<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IReadOnlyList<Parameter<T>> _parameters;
    private readonly T[][] _velocity;

    /// <summary>An optimiser over <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">η is not finite and positive, or μ is outside [0, 1).</exception>
    public Sgd(IReadOnlyList<Parameter<T>> parameters, double learningRate, double momentum = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be finite and positive.");
        if (!(momentum >= 0 && momentum < 1))
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Momentum must be in [0, 1).");
        _parameters = parameters;
        LearningRate = learningRate;
        Momentum = momentum;
        _velocity = momentum > 0 ? parameters.Select(p => new T[p.Value.Length]).ToArray() : [];
    }

    /// <summary>η.</summary>
    public double LearningRate { get; }

    /// <summary>μ (0 = plain SGD).</summary>
    public double Momentum { get; }

    /// <summary>One update of every parameter from its accumulated gradient.</summary>
    public void Step()
    {
        T lr = T.CreateChecked(LearningRate), mu = T.CreateChecked(Momentum);
        for (int p = 0; p < _parameters.Count; p++)
        {
            Span<T> w = _parameters[p].Value;
            ReadOnlySpan<T> g = _parameters[p].Gradient;
            if (_velocity.Length == 0)
            {
                VectorMath.AddScaled(w, -lr, g);
                continue;
            }
            Span<T> v = _velocity[p];
            for (int i = 0; i < w.Length; i++)
            {
                v[i] = mu * v[i] - lr * g[i];
                w[i] += v[i];
            }
        }
    }

    /// <summary>
    /// Global-norm clipping: if ‖g‖ (over every parameter) exceeds <paramref name="maxNorm"/>, scales all gradients by
    /// maxNorm/‖g‖. It only ever shrinks gradients, so it tames explosions but cannot revive vanished ones.
    /// Returns ‖g‖ before clipping.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not finite and positive.</exception>
    public double ClipGradients(double maxNorm)
    {
        if (!(maxNorm > 0) || !double.IsFinite(maxNorm))
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm, "The clipping norm must be finite and positive.");
        double sum = 0;
        foreach (var p in _parameters) { double n = p.GradientNorm(); sum += n * n; }
        double norm = Math.Sqrt(sum);
        if (norm > maxNorm)
        {
            T scale = T.CreateChecked(maxNorm / norm);
            foreach (var p in _parameters)
                for (int i = 0; i < p.Gradient.Length; i++) p.Gradient[i] *= scale;
        }
        return norm;
    }

    /// <summary>Sets every parameter's gradient to zero.</summary>
    public void ZeroGradients()
    {
        foreach (var p in _parameters) p.ZeroGradient();
    }
}
