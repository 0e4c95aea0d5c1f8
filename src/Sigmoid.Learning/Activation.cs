namespace Sigmoid.Learning;

/// <summary>The hidden-layer activations a <see cref="Mlp{T}"/> can use.</summary>
public enum Activation
{
    /// <summary>σ(x) = 1/(1+e^−x): output in (0, 1), slope at most ¼.</summary>
    Sigmoid,

    /// <summary>tanh(x): output in (−1, 1), centred, slope at most 1.</summary>
    Tanh,

    /// <summary>max(x, 0): slope 0 or 1.</summary>
    Relu,

    /// <summary>SiLU x·σ(x): smooth, slope in [−0.0998, 1.0998], ½ at 0.</summary>
    Silu,
}

/// <summary>Names and layers of <see cref="Activation"/>.</summary>
public static class Activations
{
    /// <summary>The lower-case names accepted by <see cref="Parse"/>: sigmoid, tanh, relu, silu.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sigmoid", "tanh", "relu", "silu"];

    /// <summary>Parses sigmoid|tanh|relu|silu (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Any other name; the message lists the accepted ones.</exception>
    public static Activation Parse(string name, string parameterName = "activation") =>
        name?.Trim().ToLowerInvariant() switch
        {
            "sigmoid" => Activation.Sigmoid,
            "tanh" => Activation.Tanh,
            "relu" => Activation.Relu,
            "silu" => Activation.Silu,
            _ => throw new ArgumentException($"Unknown activation '{name}'; use one of: {string.Join(", ", Names)}.", parameterName),
        };

    /// <summary>The lower-case name of <paramref name="activation"/>.</summary>
    public static string Name(Activation activation) => Names[(int)activation];

    /// <summary>A new activation layer over <paramref name="size"/> features.</summary>
    public static ILayer<T> Create<T>(Activation activation, int size) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        activation switch
        {
            Activation.Sigmoid => new SigmoidLayer<T>(size),
            Activation.Tanh => new TanhLayer<T>(size),
            Activation.Relu => new ReluLayer<T>(size),
            Activation.Silu => new SiluLayer<T>(size),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
        };
}
