using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes LoadHalfBits(ref Half source) => FromBits(BitConverter.HalfToUInt16Bits(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreHalfBits(ScalarLanes bits, ref Half destination) => destination = BitConverter.UInt16BitsToHalf((ushort)Bits(bits));
}
