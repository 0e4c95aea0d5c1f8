using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// Second arguments paired with the inputs when a two-argument function is swept: input number i (its bit pattern
/// for the exhaustive sweeps) gets <see cref="ValuesFor"/>(f)[i mod count]. BCE labels: both hard labels, a tie and
/// two soft ones (0.3 is inexact); SiLU backward gradients dy: both signs, a unit, an inexact and a large one.
/// </summary>
public static class LabelSet
{
    /// <summary>BCE labels: 0, 1, ½, 0.3 and 0.875.</summary>
    public static readonly float[] Values = [0f, 1f, 0.5f, 0.3f, 0.875f];

    /// <summary>Upstream gradients dy for the SiLU backward pass: 1, -½, 0.3, 3 and -10⁻³.</summary>
    public static readonly float[] Gradients = [1f, -0.5f, 0.3f, 3f, -1e-3f];

    /// <summary>The second-argument values of <paramref name="function"/> (BCE's labels for one-argument functions, which ignore them).</summary>
    public static float[] ValuesFor(SigmoidFunction function) => function == SigmoidFunction.SiluBackward ? Gradients : Values;

    /// <summary>The BCE label for input number <paramref name="index"/>.</summary>
    public static float For(ulong index) => Values[(int)(index % (ulong)Values.Length)];

    /// <summary>The second argument of <paramref name="function"/> for input number <paramref name="index"/>.</summary>
    public static float For(SigmoidFunction function, ulong index)
    {
        float[] values = ValuesFor(function);
        return values[(int)(index % (ulong)values.Length)];
    }

    /// <summary>A random second argument for the sampled double sweep: a label in [0, 1], or dy in [-4, 4].</summary>
    public static double Sample(SigmoidFunction function, Random rng) =>
        function == SigmoidFunction.SiluBackward ? 8 * rng.NextDouble() - 4 : rng.NextDouble();
}
