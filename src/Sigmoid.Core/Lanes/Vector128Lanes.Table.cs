using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector128Lanes Lookup16(ReadOnlySpan<double> table, Vector128Lanes index)
    {
        Vector128<long> i = Bits(index) & Vector128.Create(15L);
        if (Avx2.IsSupported)      // the table has a fixed address (see the interface), so the pointer stays valid
            return new(Avx2.GatherVector128((double*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(table)), i, 8));
        return new(Vector128.Create(table[(int)i.GetElement(0)], table[(int)i.GetElement(1)]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ReciprocalForNarrow(Vector128Lanes d)
    {
        if (!Avx512F.VL.IsSupported) return new(Vector128<double>.One / d.V);
        Vector128<double> one = Vector128<double>.One;
        Vector128<double> y = Avx512F.VL.Reciprocal14(d.V);
        y = Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y);
        return new(Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y));
    }
}
