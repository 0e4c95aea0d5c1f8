using System.Runtime.Intrinsics;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>Chooses the lane width for a span: the widest the hardware accelerates that fits in the span, capped by
/// <see cref="SimdPathOverride.Forced"/>.</summary>
internal static class LaneDispatch
{
    public static SimdPath Choose(int length)
    {
        SimdPath forced = SimdPathOverride.Forced;
        if (forced is SimdPath.Auto or SimdPath.Vector512 && Vector512.IsHardwareAccelerated && length >= Vector512<double>.Count)
        {
            // WideQuotient initialised before the first 512-bit loop is compiled, so that the JIT folds its choice
            // there: compiled earlier (tiered compilation off, as in the bench's children), a loop would test it on
            // every turn and hold both forms of the quotient.
            _ = WideQuotient.Divides;
            return SimdPath.Vector512;
        }
        if (forced is SimdPath.Auto or SimdPath.Vector512 or SimdPath.Vector256 && Vector256.IsHardwareAccelerated && length >= Vector256<double>.Count)
            return SimdPath.Vector256;
        if (forced is not SimdPath.Scalar && Vector128.IsHardwareAccelerated && length >= Vector128<double>.Count)
            return SimdPath.Vector128;
        return SimdPath.Scalar;
    }
}
