using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

/// <summary>One double: the scalar path, and the specification the vector paths reproduce bit for bit.</summary>
internal readonly partial struct ScalarLanes : IDoubleLanes<ScalarLanes>
{
    public readonly double V;
    public ScalarLanes(double v) => V = v;

    private static ScalarLanes FromBits(long bits) => new(BitConverter.Int64BitsToDouble(bits));
    private static long Bits(ScalarLanes a) => BitConverter.DoubleToInt64Bits(a.V);
    private static ScalarLanes Mask(bool b) => FromBits(b ? -1L : 0L);

    public static int Count => 1;
    public static bool IsHardwareAccelerated => true;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Create(double value) => new(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes CreateBits(long bits) => FromBits(bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Load(ref double source) => new(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(ScalarLanes value, ref double destination) => destination = value.V;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes LoadWidening(ref float source) => new(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreNarrowing(ScalarLanes value, ref float destination) => destination = (float)value.V;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double GetElement(ScalarLanes value, int index) => value.V;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes operator +(ScalarLanes a, ScalarLanes b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes operator -(ScalarLanes a, ScalarLanes b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes operator *(ScalarLanes a, ScalarLanes b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes operator /(ScalarLanes a, ScalarLanes b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes operator -(ScalarLanes a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Fma(ScalarLanes a, ScalarLanes b, ScalarLanes c) => new(Math.FusedMultiplyAdd(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Abs(ScalarLanes a) => FromBits(Bits(a) & long.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes LessThan(ScalarLanes a, ScalarLanes b) => Mask(a.V < b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes LessThanOrEqual(ScalarLanes a, ScalarLanes b) => Mask(a.V <= b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Equal(ScalarLanes a, ScalarLanes b) => Mask(a.V == b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes IsNaN(ScalarLanes a) => Mask(double.IsNaN(a.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes And(ScalarLanes a, ScalarLanes b) => FromBits(Bits(a) & Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Or(ScalarLanes a, ScalarLanes b) => FromBits(Bits(a) | Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes Select(ScalarLanes mask, ScalarLanes ifTrue, ScalarLanes ifFalse) => Bits(mask) != 0 ? ifTrue : ifFalse;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(ScalarLanes mask) => Bits(mask) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes AddBits(ScalarLanes a, ScalarLanes b) => FromBits(Bits(a) + Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes SubtractBits(ScalarLanes a, ScalarLanes b) => FromBits(Bits(a) - Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes ShiftLeftBits(ScalarLanes a, int count) => FromBits(Bits(a) << count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes ShiftRightArithmeticBits(ScalarLanes a, int count) => FromBits(Bits(a) >> count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes ShiftRightLogicalBits(ScalarLanes a, int count) => FromBits((long)((ulong)Bits(a) >> count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ScalarLanes LessThanBits(ScalarLanes a, ScalarLanes b) => Mask(Bits(a) < Bits(b));
}
