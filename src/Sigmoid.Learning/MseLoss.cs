using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>Mean squared error L = (1/N)·Σ(zᵢ − tᵢ)²; dz = 2(z − t)/N.</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class MseLoss<T> : ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public double Forward(ReadOnlySpan<T> z, ReadOnlySpan<T> target)
    {
        LossShape.Check(z.Length, target.Length, nameof(MseLoss<T>));
        double s = 0;
        for (int i = 0; i < z.Length; i++) { double d = double.CreateChecked(z[i] - target[i]); s += d * d; }
        return s / z.Length;
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> z, ReadOnlySpan<T> target, Span<T> dz)
    {
        LossShape.Check(z.Length, target.Length, dz.Length, nameof(MseLoss<T>));
        T scale = T.CreateChecked(2.0 / z.Length);
        for (int i = 0; i < z.Length; i++) dz[i] = scale * (z[i] - target[i]);
    }
}
