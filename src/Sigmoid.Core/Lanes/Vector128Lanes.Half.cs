using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    /// <summary>Two Half patterns (32 bits) zero-extended into the two 64-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes LoadWidening(ref Half source)
    {
        Vector128<ushort> h = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<Half, byte>(ref source))).AsUInt16();
        return HalfBits.Widen(FromBits(Vector128.WidenLower(Vector128.WidenLower(h)).AsInt64()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing(Vector128Lanes value, ref Half destination)
    {
        Vector128<ulong> bits = Bits(HalfBits.Narrow(value)).AsUInt64();
        Vector128<uint> w = Vector128.Narrow(bits, bits);
        Unsafe.WriteUnaligned(ref Unsafe.As<Half, byte>(ref destination), Vector128.Narrow(w, w).AsUInt32().ToScalar());
    }
}
