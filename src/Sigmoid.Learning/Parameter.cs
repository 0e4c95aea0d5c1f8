using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>A trainable tensor: its values and the gradient accumulated into it by backward passes.</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Parameter<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a zero parameter of <paramref name="length"/> elements with a zero gradient.</summary>
    public Parameter(string name, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Name = name;
        Value = new T[length];
        Gradient = new T[length];
    }

    /// <summary>Name for messages, e.g. <c>dense1.W</c>.</summary>
    public string Name { get; }

    /// <summary>The values (row-major when the parameter is a matrix).</summary>
    public T[] Value { get; }

    /// <summary>∂loss/∂value, accumulated (+=) by backward passes until <see cref="ZeroGradient"/>.</summary>
    public T[] Gradient { get; }

    /// <summary>Sets the gradient to zero.</summary>
    public void ZeroGradient() => Array.Clear(Gradient);

    /// <summary>Euclidean (Frobenius) norm of the gradient, accumulated in double.</summary>
    public double GradientNorm()
    {
        double s = 0;
        foreach (var g in Gradient) { double d = double.CreateChecked(g); s += d * d; }
        return Math.Sqrt(s);
    }
}
