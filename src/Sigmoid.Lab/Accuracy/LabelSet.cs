using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// Second arguments paired with the inputs when a two-argument function is swept: input number i (its bit pattern
/// for the exhaustive sweeps) gets <see cref="ValuesFor"/>(f)[i mod count]. BCE labels: both hard labels, a tie and
/// two soft ones (0.3 is inexact); SiLU backward gradients dy: both signs, a unit, an inexact and a large one;
/// softplus β: 1 (plain softplus), two moderate, a small and a large one; logit ε: none, PyTorch's usual 10⁻⁶, 0.01,
/// ¼ and the largest, ½.
/// </summary>
public static class LabelSet
{
    /// <summary>BCE labels: 0, 1, ½, 0.3 and 0.875.</summary>
    public static readonly float[] Values = [0f, 1f, 0.5f, 0.3f, 0.875f];

    /// <summary>Upstream gradients dy for the SiLU backward pass: 1, -½, 0.3, 3 and -10⁻³.</summary>
    public static readonly float[] Gradients = [1f, -0.5f, 0.3f, 3f, -1e-3f];

    /// <summary>Sharpness values β for softplus: 1, ½, 3, 10⁻³ and 1000.</summary>
    public static readonly float[] Betas = [1f, 0.5f, 3f, 1e-3f, 1000f];

    /// <summary>Clamping values ε for logit: 0, 10⁻⁶, 0.01, ¼ and ½.</summary>
    public static readonly float[] Epsilons = [0f, 1e-6f, 0.01f, 0.25f, 0.5f];

    /// <summary>The second-argument values of <paramref name="function"/> (BCE's labels for one-argument functions, which ignore them).</summary>
    public static float[] ValuesFor(SigmoidFunction function) => function switch
    {
        SigmoidFunction.SiluBackward => Gradients,
        SigmoidFunction.SoftplusBeta => Betas,
        SigmoidFunction.LogitEps => Epsilons,
        _ => Values,
    };

    /// <summary>The BCE label for input number <paramref name="index"/>.</summary>
    public static float For(ulong index) => Values[(int)(index % (ulong)Values.Length)];

    /// <summary>The second argument of <paramref name="function"/> for input number <paramref name="index"/>.</summary>
    public static float For(SigmoidFunction function, ulong index)
    {
        float[] values = ValuesFor(function);
        return values[(int)(index % (ulong)values.Length)];
    }

    /// <summary>A random second argument for the sampled double sweep: a label in [0, 1], dy in [-4, 4], β = m·2^k
    /// with k from -1074 to 999 (subnormal to huge), or ε uniform in [0, ½] or 2^-k (k up to 1074).</summary>
    public static double Sample(SigmoidFunction function, Random rng) => function switch
    {
        SigmoidFunction.SiluBackward => 8 * rng.NextDouble() - 4,
        SigmoidFunction.SoftplusBeta => Math.ScaleB(1 + rng.NextDouble(), rng.Next(-1074, 1000)),
        SigmoidFunction.LogitEps => rng.Next(2) == 0 ? 0.5 * rng.NextDouble() : Math.ScaleB(1 + rng.NextDouble(), -rng.Next(2, 1075)),
        _ => rng.NextDouble(),
    };
}
