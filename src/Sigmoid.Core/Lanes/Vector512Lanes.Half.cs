using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector512Lanes
{
    /// <summary>Eight Half patterns (128 bits) zero-extended into the eight 64-bit lanes (vpmovzxwq on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes LoadHalfBits(ref Half source)
    {
        Vector128<ushort> h = Vector128.LoadUnsafe(ref Unsafe.As<Half, ushort>(ref source));
        return FromBits(Avx512F.IsSupported
            ? Avx512F.ConvertToVector512Int64(h)
            : Vector512.WidenLower(Vector256.WidenLower(h.ToVector256Unsafe()).ToVector512Unsafe()).AsInt64());
    }

    /// <summary>The low 16 bits of the eight 64-bit lanes stored as eight Halves (vpmovqw on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreHalfBits(Vector512Lanes bits, ref Half destination)
    {
        Vector512<ulong> q = Bits(bits).AsUInt64();
        Vector128<ushort> h;
        if (Avx512F.IsSupported) h = Avx512F.ConvertToVector128UInt16(q);
        else
        {
            Vector256<uint> d = Vector512.Narrow(q, q).GetLower();
            h = Vector256.Narrow(d, d).GetLower();
        }
        h.StoreUnsafe(ref Unsafe.As<Half, ushort>(ref destination));
    }
}
