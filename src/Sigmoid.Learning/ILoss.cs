using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// A loss averaged over every element of a batch: <c>Forward(z, target)</c> returns the mean;
/// <c>Backward(z, target, dz)</c> overwrites dz = ∂mean/∂z. z, target and dz have the same length (B·Out).
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public interface ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The mean loss, summed in double.</summary>
    /// <exception cref="ArgumentException">z and target differ in length or are empty.</exception>
    double Forward(ReadOnlySpan<T> z, ReadOnlySpan<T> target);

    /// <summary>Overwrites dz with ∂(mean loss)/∂z.</summary>
    /// <exception cref="ArgumentException">The spans differ in length or are empty.</exception>
    void Backward(ReadOnlySpan<T> z, ReadOnlySpan<T> target, Span<T> dz);
}

internal static class LossShape
{
    public static void Check(int z, int target, string loss)
    {
        if (z == 0) throw new ArgumentException($"{loss}: the batch is empty.", "z");
        if (z != target) throw new ArgumentException($"{loss}: z has {z} elements but target has {target}.", "target");
    }

    public static void Check(int z, int target, int dz, string loss)
    {
        Check(z, target, loss);
        if (dz != z) throw new ArgumentException($"{loss}: dz must have {z} elements like z, but it has {dz}.", "dz");
    }
}
