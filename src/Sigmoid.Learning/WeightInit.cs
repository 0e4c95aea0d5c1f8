using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>Initial weight scales for a dense layer with fan-in n_in and fan-out n_out.</summary>
public enum WeightInitKind
{
    /// <summary>Xavier/Glorot uniform: U(−a, a), a = √(6/(n_in+n_out)), variance 2/(n_in+n_out). Keeps signals at
    /// unit scale through layers whose activation has slope 1 at 0 (tanh; σ's slope is only ¼).</summary>
    Xavier,

    /// <summary>He/Kaiming uniform: U(−a, a), a = √(6/n_in), variance 2/n_in. Compensates ReLU zeroing half its inputs.</summary>
    He,
}

/// <summary>
/// Fills dense layers. Weights are uniform (drawn with <see cref="SplitMix64"/> and only +, ·, √ — all correctly
/// rounded) so a seed gives the same bits everywhere; biases start at 0.
/// </summary>
public static class WeightInit
{
    /// <summary>The bound a of U(−a, a) for <paramref name="kind"/>.</summary>
    public static double Bound(WeightInitKind kind, int fanIn, int fanOut) => kind switch
    {
        WeightInitKind.Xavier => Math.Sqrt(6.0 / (fanIn + fanOut)),
        WeightInitKind.He => Math.Sqrt(6.0 / fanIn),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown initialisation."),
    };

    /// <summary>Draws W uniformly in ±<see cref="Bound"/> (row by row) and zeroes b and both gradients.</summary>
    public static void Fill<T>(Dense<T> layer, WeightInitKind kind, ref SplitMix64 rng) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(layer);
        double a = Bound(kind, layer.InputSize, layer.OutputSize);
        var w = layer.Weight.Value;
        for (int i = 0; i < w.Length; i++) w[i] = T.CreateChecked(rng.NextUniform(-a, a));
        Array.Clear(layer.Bias.Value);
        layer.Weight.ZeroGradient();
        layer.Bias.ZeroGradient();
    }
}
