using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

internal readonly partial struct ScalarLanes
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Lookup16(ReadOnlySpan<double> table, ScalarLanes index) => new(table[(int)(Bits(index) & 15)]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Lookup4(ReadOnlySpan<double> table, ScalarLanes index) => new(table[(int)(Bits(index) & 3)]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes ReciprocalForNarrow(ScalarLanes d) => new(1.0 / d.V);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes DivideForNarrow(ScalarLanes n, ScalarLanes d) => new(n.V / d.V);
}
