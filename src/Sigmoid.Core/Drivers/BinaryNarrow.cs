using System.Runtime.CompilerServices;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>The narrow form shared by the backward passes dx = f′(x)·dy.</summary>
internal static class BinaryNarrow
{
    /// <summary>Beyond this |x| the narrow derivative kernels are not used for products: they clamp e^-|x| at 128,
    /// while dy up to 2^128 can lift f′(x) down to 2^-277 back into the floats.</summary>
    public const double Limit = 100.0;

    /// <summary>f′(x)·dy from f′'s narrow value (relative error below 2^-45; the product adds 2^-53 and never leaves
    /// the normal doubles here, |f′| ≥ e^-100·100 and |dy| ≥ 2^-149), or <see cref="IBinaryOperator.Undecided"/>
    /// where |x| &gt; <see cref="Limit"/>, dy is zero (the double kernels' sign of a zero product is their own: SiLU's
    /// gives +0 for dy = -0) or not finite, or either is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Product<TV>(TV derivative, TV x, TV dy) where TV : struct, IDoubleLanes<TV>
    {
        TV ady = TV.Abs(dy);
        TV trusted = TV.And(TV.LessThanOrEqual(TV.Abs(x), TV.Create(Limit)),
                            TV.And(TV.LessThan(TV.Create(0.0), ady), TV.LessThanOrEqual(ady, TV.Create(float.MaxValue))));
        return TV.Select(trusted, derivative * dy, TV.Create(IBinaryOperator.Undecided));
    }
}
