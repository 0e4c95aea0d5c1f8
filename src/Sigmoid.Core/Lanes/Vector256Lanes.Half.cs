using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector256Lanes
{
    /// <summary>Four Half patterns (64 bits) zero-extended into the four 64-bit lanes (vpmovzxwq on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes LoadWidening(ref Half source)
    {
        Vector128<ushort> h = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<Half, byte>(ref source))).AsUInt16();
        Vector256<long> bits = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int64(h)
            : Vector256.WidenLower(Vector128.WidenLower(h).ToVector256Unsafe()).AsInt64();
        return HalfBits.Widen(FromBits(bits));
    }

    /// <summary>Truncates the four 64-bit lanes to 16 bits (vpmovqw with AVX-512) and stores four Halves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing(Vector256Lanes value, ref Half destination)
    {
        Vector256<ulong> bits = Bits(HalfBits.Narrow(value)).AsUInt64();
        Vector128<ushort> h;
        if (Avx512F.VL.IsSupported) h = Avx512F.VL.ConvertToVector128UInt16(bits);
        else
        {
            Vector128<uint> w = Vector256.Narrow(bits, bits).GetLower();
            h = Vector128.Narrow(w, w);
        }
        Unsafe.WriteUnaligned(ref Unsafe.As<Half, byte>(ref destination), h.AsUInt64().ToScalar());
    }
}
