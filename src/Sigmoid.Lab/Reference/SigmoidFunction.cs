namespace Sigmoid.Lab.Reference;

/// <summary>The functions of the sigmoid family that the reference and the accuracy engine know.</summary>
public enum SigmoidFunction
{
    /// <summary>σ(x) = 1/(1+e^-x).</summary>
    Sigmoid,
    /// <summary>σ'(x) = σ(x)·σ(-x) = e^-x/(1+e^-x)².</summary>
    SigmoidDerivative,
    /// <summary>logit(p) = ln(p/(1-p)), p ∈ [0, 1].</summary>
    Logit,
    /// <summary>ln σ(x) = -softplus(-x).</summary>
    LogSigmoid,
    /// <summary>softplus(x) = ln(1+e^x).</summary>
    Softplus,
    /// <summary>Binary cross-entropy of label y given logit z: -y·ln σ(z) - (1-y)·ln σ(-z) = max(z,0) - z·y + ln(1+e^-|z|).</summary>
    BceWithLogits,
    /// <summary>silu(x) = x·σ(x) (SiLU, swish).</summary>
    Silu,
    /// <summary>silu'(x) = σ(x)·(1 + x·σ(-x)).</summary>
    SiluDerivative,
    /// <summary>The SiLU layer's backward pass silu'(x)·dy (second argument dy).</summary>
    SiluBackward,
    /// <summary>softplus with sharpness β: ln(1+e^(βx))/β (second argument β &gt; 0).</summary>
    SoftplusBeta,
    /// <summary>logit of p clamped to [ε, 1-ε] (second argument ε ∈ [0, ½]).</summary>
    LogitEps,
}

/// <summary>Names of <see cref="SigmoidFunction"/> on the command line.</summary>
public static class SigmoidFunctionNames
{
    /// <summary>The command-line name (<c>sigmoid</c>, <c>sigmoid-derivative</c>, <c>logit</c>, <c>log-sigmoid</c>, <c>softplus</c>, <c>bce-with-logits</c>, <c>silu</c>, <c>silu-derivative</c>, <c>silu-backward</c>, <c>softplus-beta</c>, <c>logit-eps</c>).</summary>
    public static string CliName(this SigmoidFunction f) => f switch
    {
        SigmoidFunction.Sigmoid => "sigmoid",
        SigmoidFunction.SigmoidDerivative => "sigmoid-derivative",
        SigmoidFunction.Logit => "logit",
        SigmoidFunction.LogSigmoid => "log-sigmoid",
        SigmoidFunction.Softplus => "softplus",
        SigmoidFunction.BceWithLogits => "bce-with-logits",
        SigmoidFunction.Silu => "silu",
        SigmoidFunction.SiluDerivative => "silu-derivative",
        SigmoidFunction.SiluBackward => "silu-backward",
        SigmoidFunction.SoftplusBeta => "softplus-beta",
        SigmoidFunction.LogitEps => "logit-eps",
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, "unknown function"),
    };

    /// <summary>Parses a command-line name; null when unknown.</summary>
    public static SigmoidFunction? Parse(string name)
    {
        foreach (SigmoidFunction f in Enum.GetValues<SigmoidFunction>())
            if (string.Equals(f.CliName(), name, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }

    /// <summary>True for the two-argument functions (BCE: logit z and label y; the SiLU backward pass: x and dy;
    /// softplus with β; logit with ε).</summary>
    public static bool HasLabel(this SigmoidFunction f) =>
        f is SigmoidFunction.BceWithLogits or SigmoidFunction.SiluBackward or SigmoidFunction.SoftplusBeta or SigmoidFunction.LogitEps;

    /// <summary>True for the functions of a probability p ∈ [0, 1] (logit, with or without ε).</summary>
    public static bool TakesProbability(this SigmoidFunction f) => f is SigmoidFunction.Logit or SigmoidFunction.LogitEps;
}
