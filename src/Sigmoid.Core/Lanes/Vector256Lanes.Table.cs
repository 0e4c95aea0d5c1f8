using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe Vector256Lanes Lookup16(ReadOnlySpan<double> table, Vector256Lanes index)
    {
        Vector256<long> i = Bits(index) & Vector256.Create(15L);
        if (Avx2.IsSupported)      // the table has a fixed address (see the interface), so the pointer stays valid
            return new(Avx2.GatherVector256((double*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(table)), i, 8));
        return new(Vector256.Create(table[(int)i.GetElement(0)], table[(int)i.GetElement(1)], table[(int)i.GetElement(2)], table[(int)i.GetElement(3)]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes ReciprocalForNarrow(Vector256Lanes d)
    {
        if (!Avx512F.VL.IsSupported) return new(Vector256<double>.One / d.V);
        Vector256<double> one = Vector256<double>.One;
        Vector256<double> y = Avx512F.VL.Reciprocal14(d.V);
        y = Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y);
        return new(Fused.MultiplyAdd(y, Fused.MultiplyAdd(-d.V, y, one), y));
    }
}
