using System.Runtime.CompilerServices;
using Sigmoid.Drivers;
using Sigmoid.Lanes;

namespace Sigmoid;

public static partial class Logistic
{
    /// <summary>Backward pass of a sigmoid layer from its saved output y = σ(x): dx = y·(1-y)·dy, exactly as the
    /// problem sheet writes it.</summary>
    /// <remarks>
    /// <para>Computed in double and rounded once. The formula itself loses accuracy where y is close to 1: once y
    /// rounds to 1 (float x &gt; 16.6, double x &gt; 36.7) 1-y is 0 and the gradient vanishes although σ'(x) ≈ e^-x is
    /// not 0; near that point 1-y cancels and carries only the few bits left in y. Near y = 0 it is accurate.
    /// Prefer <see cref="SigmoidBackwardFromInput(float, float)"/> when the input x is available.</para>
    /// <para>Special values follow IEEE arithmetic (NaN in, NaN out; no range check on y).</para>
    /// </remarks>
    public static float SigmoidBackwardFromOutput(float y, float dy) => BinaryDriver.One<SigmoidBackwardFromOutputOperator>(y, dy);

    /// <inheritdoc cref="SigmoidBackwardFromOutput(float, float)"/>
    public static double SigmoidBackwardFromOutput(double y, double dy) => BinaryDriver.One<SigmoidBackwardFromOutputOperator>(y, dy);

    /// <inheritdoc cref="SigmoidBackwardFromOutput(float, float)"/>
    public static Half SigmoidBackwardFromOutput(Half y, Half dy) => BinaryDriver.One<SigmoidBackwardFromOutputOperator>(y, dy);

    /// <summary>destination[i] = y[i]·(1-y[i])·dy[i] (the input gradient dx), the backward pass from saved outputs.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>: <paramref name="y"/> and <paramref name="dy"/> equally long,
    /// <paramref name="destination"/> may be exactly either. Same bits as the scalar on every path.</remarks>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> destination)
        => BinaryDriver.Run<SigmoidBackwardFromOutputOperator>(y, dy, destination);

    /// <inheritdoc cref="SigmoidBackwardFromOutput(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> destination)
        => BinaryDriver.Run<SigmoidBackwardFromOutputOperator>(y, dy, destination);

    /// <inheritdoc cref="SigmoidBackwardFromOutput(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SigmoidBackwardFromOutput(ReadOnlySpan<Half> y, ReadOnlySpan<Half> dy, Span<Half> destination)
        => BinaryDriver.Run<SigmoidBackwardFromOutputOperator>(y, dy, destination);

    /// <summary>Backward pass of a sigmoid layer from its saved input x: dx = σ'(x)·dy.</summary>
    /// <remarks>σ'(x) in double as in <see cref="SigmoidDerivative(double)"/> (accurate in both tails), times dy,
    /// rounded once: no vanishing where σ(x) rounds to 1. NaN in, NaN out.</remarks>
    public static float SigmoidBackwardFromInput(float x, float dy) => BinaryDriver.One<SigmoidBackwardFromInputOperator>(x, dy);

    /// <inheritdoc cref="SigmoidBackwardFromInput(float, float)"/>
    public static double SigmoidBackwardFromInput(double x, double dy) => BinaryDriver.One<SigmoidBackwardFromInputOperator>(x, dy);

    /// <inheritdoc cref="SigmoidBackwardFromInput(float, float)"/>
    public static Half SigmoidBackwardFromInput(Half x, Half dy) => BinaryDriver.One<SigmoidBackwardFromInputOperator>(x, dy);

    /// <summary>destination[i] = σ'(x[i])·dy[i] (the input gradient dx), the backward pass from saved inputs.</summary>
    /// <remarks>Span contract of <see cref="Logistic"/>: <paramref name="x"/> and <paramref name="dy"/> equally long,
    /// <paramref name="destination"/> may be exactly either. Same bits as the scalar on every path.</remarks>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> destination)
        => BinaryDriver.Run<SigmoidBackwardFromInputOperator>(x, dy, destination);

    /// <inheritdoc cref="SigmoidBackwardFromInput(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<double> x, ReadOnlySpan<double> dy, Span<double> destination)
        => BinaryDriver.Run<SigmoidBackwardFromInputOperator>(x, dy, destination);

    /// <inheritdoc cref="SigmoidBackwardFromInput(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SigmoidBackwardFromInput(ReadOnlySpan<Half> x, ReadOnlySpan<Half> dy, Span<Half> destination)
        => BinaryDriver.Run<SigmoidBackwardFromInputOperator>(x, dy, destination);
}

/// <summary>dx = (y·(1-y))·dy, as written.</summary>
internal readonly struct SigmoidBackwardFromOutputOperator : IBinaryOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV y, TV dy) where TV : struct, IDoubleLanes<TV> => (y * (TV.Create(1.0) - y)) * dy;
}

/// <summary>dx = σ'(x)·dy.</summary>
internal readonly struct SigmoidBackwardFromInputOperator : IBinaryOperator
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Invoke<TV>(TV x, TV dy) where TV : struct, IDoubleLanes<TV> => SigmoidDerivativeOperator.Invoke(x) * dy;

    /// <inheritdoc cref="IBinaryOperator.HasNarrow"/>
    public static bool HasNarrow => true;

    /// <inheritdoc cref="IBinaryOperator.PairsPerTurn"/>
    public static int PairsPerTurn => 1;

    /// <summary>σ′'s narrow kernel (2^-45) times dy (2^-53 more) for |x| ≤ 100 and finite dy; elsewhere undecided (the
    /// narrow kernel clamps e^-|x| at |x| = 128, too early for a product with a large dy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV InvokeForNarrow<TV>(TV x, TV dy) where TV : struct, IDoubleLanes<TV>
        => BinaryNarrow.Product(SigmoidDerivativeOperator.InvokeForNarrow(x), x, dy);
}
