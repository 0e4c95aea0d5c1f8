using System.Numerics;

namespace Sigmoid.Learning;

/// <summary>
/// Binary cross-entropy on logits, L = (1/N)·Σ [max(zᵢ,0) − zᵢtᵢ + ln(1+e^−|zᵢ|)], through
/// <see cref="Logistic.BinaryCrossEntropyWithLogits(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>;
/// dz = (σ(z) − t)/N through <see cref="Logistic.BinaryCrossEntropyWithLogitsGradient(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>.
/// The sigmoid and the log are fused, so neither saturates: the loss stays finite and the gradient never vanishes
/// while the prediction is wrong. Targets are in [0, 1].
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class BceWithLogitsLoss<T> : ILoss<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] _scratch = [];

    /// <inheritdoc/>
    public double Forward(ReadOnlySpan<T> z, ReadOnlySpan<T> target)
    {
        LossShape.Check(z.Length, target.Length, nameof(BceWithLogitsLoss<T>));
        if (_scratch.Length < z.Length) _scratch = new T[z.Length];
        var loss = _scratch.AsSpan(0, z.Length);
        Logistic.BinaryCrossEntropyWithLogits(z, target, loss);
        double s = 0;
        foreach (var l in loss) s += double.CreateChecked(l);
        return s / z.Length;
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<T> z, ReadOnlySpan<T> target, Span<T> dz)
    {
        LossShape.Check(z.Length, target.Length, dz.Length, nameof(BceWithLogitsLoss<T>));
        Logistic.BinaryCrossEntropyWithLogitsGradient(z, target, dz);
        T scale = T.One / T.CreateChecked(z.Length);
        for (int i = 0; i < dz.Length; i++) dz[i] *= scale;
    }
}
