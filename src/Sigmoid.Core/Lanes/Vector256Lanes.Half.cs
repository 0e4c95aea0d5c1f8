using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    /// <summary>Four Half patterns (64 bits) zero-extended into the four 64-bit lanes (vpmovzxwq on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes LoadHalfBits(ref Half source)
    {
        Vector128<ushort> h = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<Half, byte>(ref source))).AsUInt16();
        return FromBits(Avx2.IsSupported
            ? Avx2.ConvertToVector256Int64(h)
            : Vector256.WidenLower(Vector128.WidenLower(h).ToVector256Unsafe()).AsInt64());
    }

    /// <summary>The low 16 bits of the four 64-bit lanes stored as four Halves (vpmovqw with AVX-512).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreHalfBits(Vector256Lanes bits, ref Half destination)
    {
        Vector256<ulong> q = Bits(bits).AsUInt64();
        Vector128<ushort> h;
        if (Avx512F.VL.IsSupported) h = Avx512F.VL.ConvertToVector128UInt16(q);
        else
        {
            Vector128<uint> d = Vector256.Narrow(q, q).GetLower();
            h = Vector128.Narrow(d, d);
        }
        Unsafe.WriteUnaligned(ref Unsafe.As<Half, byte>(ref destination), h.AsUInt64().ToScalar());
    }
}
