using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
#if !NET9_0_OR_GREATER
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace Sigmoid.Lanes;

/// <summary>
/// a·b + c rounded once, per lane, on every target framework. .NET 9 added the cross-platform
/// <c>Vector128/256/512.FusedMultiplyAdd</c>; on .NET 8 the same single rounding comes from the FMA instructions
/// (<see cref="System.Runtime.Intrinsics.X86.Fma"/>, <see cref="System.Runtime.Intrinsics.X86.Avx512F"/>,
/// <see cref="System.Runtime.Intrinsics.Arm.AdvSimd"/>) or, without them, from
/// <see cref="Math.FusedMultiplyAdd(double, double, double)"/> per element. A fused multiply-add is exact before
/// its one rounding, so every path gives the same bits.
/// </summary>
internal static class Fused
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> MultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c)
    {
#if NET9_0_OR_GREATER
        return Vector128.FusedMultiplyAdd(a, b, c);
#else
        if (Fma.IsSupported) return Fma.MultiplyAdd(a, b, c);
        if (AdvSimd.Arm64.IsSupported) return AdvSimd.Arm64.FusedMultiplyAdd(c, a, b);   // addend first
        return Vector128.Create(
            Math.FusedMultiplyAdd(a.GetElement(0), b.GetElement(0), c.GetElement(0)),
            Math.FusedMultiplyAdd(a.GetElement(1), b.GetElement(1), c.GetElement(1)));
#endif
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c)
    {
#if NET9_0_OR_GREATER
        return Vector256.FusedMultiplyAdd(a, b, c);
#else
        if (Fma.IsSupported) return Fma.MultiplyAdd(a, b, c);
        return Vector256.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
#endif
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> MultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c)
    {
#if NET9_0_OR_GREATER
        return Vector512.FusedMultiplyAdd(a, b, c);
#else
        if (Avx512F.IsSupported) return Avx512F.FusedMultiplyAdd(a, b, c);
        return Vector512.Create(
            MultiplyAdd(a.GetLower(), b.GetLower(), c.GetLower()),
            MultiplyAdd(a.GetUpper(), b.GetUpper(), c.GetUpper()));
#endif
    }
}
