using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes LoadWidening(ref Half source) => HalfBits.Widen(FromBits(BitConverter.HalfToUInt16Bits(source)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing(ScalarLanes value, ref Half destination) => destination = BitConverter.UInt16BitsToHalf((ushort)Bits(HalfBits.Narrow(value)));
}
