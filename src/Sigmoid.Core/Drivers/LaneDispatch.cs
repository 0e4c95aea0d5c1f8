using System.Runtime.Intrinsics;

namespace Sigmoid.Drivers;

/// <summary>Chooses the lane width for a span: the widest the hardware accelerates that fits in the span, capped by
/// <see cref="SimdPathOverride.Forced"/>.</summary>
internal static class LaneDispatch
{
    public static SimdPath Choose(int length)
    {
        SimdPath forced = SimdPathOverride.Forced;
        if (forced is SimdPath.Auto or SimdPath.Vector512 && Vector512.IsHardwareAccelerated && length >= Vector512<double>.Count)
            return SimdPath.Vector512;
        if (forced is SimdPath.Auto or SimdPath.Vector512 or SimdPath.Vector256 && Vector256.IsHardwareAccelerated && length >= Vector256<double>.Count)
            return SimdPath.Vector256;
        if (forced is not SimdPath.Scalar && Vector128.IsHardwareAccelerated && length >= Vector128<double>.Count)
            return SimdPath.Vector128;
        return SimdPath.Scalar;
    }
}
