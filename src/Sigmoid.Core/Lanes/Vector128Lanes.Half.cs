using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    /// <summary>Two Half patterns (32 bits) zero-extended into the two 64-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes LoadHalfBits(ref Half source)
    {
        Vector128<ushort> h = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<Half, byte>(ref source))).AsUInt16();
        return FromBits(Vector128.WidenLower(Vector128.WidenLower(h)).AsInt64());
    }

    /// <summary>The low 16 bits of the two 64-bit lanes stored as two Halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreHalfBits(Vector128Lanes bits, ref Half destination)
    {
        Vector128<ulong> q = Bits(bits).AsUInt64();
        Vector128<uint> d = Vector128.Narrow(q, q);
        Unsafe.WriteUnaligned(ref Unsafe.As<Half, byte>(ref destination), Vector128.Narrow(d, d).AsUInt32().ToScalar());
    }
}
