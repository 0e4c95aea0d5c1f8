using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    /// <summary>Eight Half patterns (128 bits) zero-extended into the eight 64-bit lanes (vpmovzxwq on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes LoadWidening(ref Half source)
    {
        Vector128<ushort> h = Vector128.LoadUnsafe(ref Unsafe.As<Half, ushort>(ref source));
        Vector512<long> bits = Avx512F.IsSupported
            ? Avx512F.ConvertToVector512Int64(h)
            : Vector512.WidenLower(Vector256.WidenLower(h.ToVector256Unsafe()).ToVector512Unsafe()).AsInt64();
        return HalfBits.Widen(FromBits(bits));
    }

    /// <summary>Truncates the eight 64-bit lanes to 16 bits (vpmovqw on x86) and stores eight Halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing(Vector512Lanes value, ref Half destination)
    {
        Vector512<ulong> bits = Bits(HalfBits.Narrow(value)).AsUInt64();
        Vector128<ushort> h;
        if (Avx512F.IsSupported) h = Avx512F.ConvertToVector128UInt16(bits);
        else
        {
            Vector256<uint> w = Vector512.Narrow(bits, bits).GetLower();
            h = Vector256.Narrow(w, w).GetLower();
        }
        h.StoreUnsafe(ref Unsafe.As<Half, ushort>(ref destination));
    }
}
