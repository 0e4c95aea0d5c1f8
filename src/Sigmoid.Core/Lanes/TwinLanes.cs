using System.Runtime.CompilerServices;

namespace Sigmoid.Lanes;

/// <summary>
/// Two <typeparamref name="T"/> side by side (<see cref="A"/> the first <c>T.Count</c> elements, <see cref="B"/> the
/// next), every operation applied to both: a kernel written once runs as two independent dependency chains whose
/// instructions alternate. The JIT emits each inlined copy of a kernel in source order, so with two copies per turn
/// the second one's instructions start only after the first one's; the kernels are long chains of dependent
/// operations (their latency, not their instruction count, bounds them), and the out-of-order window then holds
/// little of the second chain. As a pair both advance together. The same IEEE operations on the same elements, so
/// the same results.
/// </summary>
/// <remarks>Each operation costs the JIT one more inline level, so a pair of a large kernel can exceed its inlining
/// budget (lane operations left as calls, several times slower): the drivers use pairs only for the kernels that
/// ask for them (<see cref="Drivers.IUnaryOperator.PairsPerTurn"/>), and <c>scripts/check-inlining.sh</c> checks
/// them on every level.</remarks>
internal readonly struct TwinLanes<T> : IDoubleLanes<TwinLanes<T>> where T : struct, IDoubleLanes<T>
{
    public readonly T A, B;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public TwinLanes(T a, T b) { A = a; B = b; }

    public static int Count => 2 * T.Count;
    public static bool IsHardwareAccelerated => T.IsHardwareAccelerated;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Create(double value) { T v = T.Create(value); return new(v, v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> CreateBits(long bits) { T v = T.CreateBits(bits); return new(v, v); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Load(ref double source) => new(T.Load(ref source), T.Load(ref Unsafe.Add(ref source, T.Count)));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(TwinLanes<T> value, ref double destination) { T.Store(value.A, ref destination); T.Store(value.B, ref Unsafe.Add(ref destination, T.Count)); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> LoadWidening(ref float source) => new(T.LoadWidening(ref source), T.LoadWidening(ref Unsafe.Add(ref source, T.Count)));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreNarrowing(TwinLanes<T> value, ref float destination) { T.StoreNarrowing(value.A, ref destination); T.StoreNarrowing(value.B, ref Unsafe.Add(ref destination, T.Count)); }
    public static double GetElement(TwinLanes<T> value, int index) => index < T.Count ? T.GetElement(value.A, index) : T.GetElement(value.B, index - T.Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> operator +(TwinLanes<T> a, TwinLanes<T> b) => new(a.A + b.A, a.B + b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> operator -(TwinLanes<T> a, TwinLanes<T> b) => new(a.A - b.A, a.B - b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> operator *(TwinLanes<T> a, TwinLanes<T> b) => new(a.A * b.A, a.B * b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> operator /(TwinLanes<T> a, TwinLanes<T> b) => new(a.A / b.A, a.B / b.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> operator -(TwinLanes<T> a) => new(-a.A, -a.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Fma(TwinLanes<T> a, TwinLanes<T> b, TwinLanes<T> c) => new(T.Fma(a.A, b.A, c.A), T.Fma(a.B, b.B, c.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Abs(TwinLanes<T> a) => new(T.Abs(a.A), T.Abs(a.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> LessThan(TwinLanes<T> a, TwinLanes<T> b) => new(T.LessThan(a.A, b.A), T.LessThan(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> LessThanOrEqual(TwinLanes<T> a, TwinLanes<T> b) => new(T.LessThanOrEqual(a.A, b.A), T.LessThanOrEqual(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Equal(TwinLanes<T> a, TwinLanes<T> b) => new(T.Equal(a.A, b.A), T.Equal(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> IsNaN(TwinLanes<T> a) => new(T.IsNaN(a.A), T.IsNaN(a.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> And(TwinLanes<T> a, TwinLanes<T> b) => new(T.And(a.A, b.A), T.And(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Or(TwinLanes<T> a, TwinLanes<T> b) => new(T.Or(a.A, b.A), T.Or(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Select(TwinLanes<T> mask, TwinLanes<T> ifTrue, TwinLanes<T> ifFalse) => new(T.Select(mask.A, ifTrue.A, ifFalse.A), T.Select(mask.B, ifTrue.B, ifFalse.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(TwinLanes<T> mask) => T.Any(T.Or(mask.A, mask.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> AddBits(TwinLanes<T> a, TwinLanes<T> b) => new(T.AddBits(a.A, b.A), T.AddBits(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> SubtractBits(TwinLanes<T> a, TwinLanes<T> b) => new(T.SubtractBits(a.A, b.A), T.SubtractBits(a.B, b.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> ShiftLeftBits(TwinLanes<T> a, int count) => new(T.ShiftLeftBits(a.A, count), T.ShiftLeftBits(a.B, count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> ShiftRightArithmeticBits(TwinLanes<T> a, int count) => new(T.ShiftRightArithmeticBits(a.A, count), T.ShiftRightArithmeticBits(a.B, count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> ShiftRightLogicalBits(TwinLanes<T> a, int count) => new(T.ShiftRightLogicalBits(a.A, count), T.ShiftRightLogicalBits(a.B, count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> LessThanBits(TwinLanes<T> a, TwinLanes<T> b) => new(T.LessThanBits(a.A, b.A), T.LessThanBits(a.B, b.B));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool StoreNarrowingIfSame(TwinLanes<T> up, TwinLanes<T> down, ref float destination)
    {
        if (!T.NarrowsSame(up.A, down.A, up.B, down.B)) return false;
        StoreNarrowing(up, ref destination);
        return true;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool NarrowsSame(TwinLanes<T> up, TwinLanes<T> down) => T.NarrowsSame(up.A, down.A, up.B, down.B);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool NarrowsSame(TwinLanes<T> up0, TwinLanes<T> down0, TwinLanes<T> up1, TwinLanes<T> down1)
        => T.NarrowsSame(up0.A, down0.A, up0.B, down0.B) && T.NarrowsSame(up1.A, down1.A, up1.B, down1.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> LoadHalfBits(ref Half source) => new(T.LoadHalfBits(ref source), T.LoadHalfBits(ref Unsafe.Add(ref source, T.Count)));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreHalfBits(TwinLanes<T> bits, ref Half destination) { T.StoreHalfBits(bits.A, ref destination); T.StoreHalfBits(bits.B, ref Unsafe.Add(ref destination, T.Count)); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Min(TwinLanes<T> a, TwinLanes<T> limit) => new(T.Min(a.A, limit.A), T.Min(a.B, limit.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Max(TwinLanes<T> a, TwinLanes<T> limit) => new(T.Max(a.A, limit.A), T.Max(a.B, limit.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> SelectLessThan(TwinLanes<T> a, TwinLanes<T> b, TwinLanes<T> ifTrue, TwinLanes<T> ifFalse) => new(T.SelectLessThan(a.A, b.A, ifTrue.A, ifFalse.A), T.SelectLessThan(a.B, b.B, ifTrue.B, ifFalse.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> ScaleByPowerOfTwoFloor(TwinLanes<T> v, TwinLanes<T> n) => new(T.ScaleByPowerOfTwoFloor(v.A, n.A), T.ScaleByPowerOfTwoFloor(v.B, n.B));
    public static bool HasScaleInstruction => T.HasScaleInstruction;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool AnyLessThanBits(TwinLanes<T> a, TwinLanes<T> b) => T.AnyLessThanBits(a.A, b.A) || T.AnyLessThanBits(a.B, b.B);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> MultiplyAddEstimate(TwinLanes<T> a, TwinLanes<T> b, TwinLanes<T> c) => new(T.MultiplyAddEstimate(a.A, b.A, c.A), T.MultiplyAddEstimate(a.B, b.B, c.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> FmaCancelling(TwinLanes<T> a, TwinLanes<T> b, TwinLanes<T> c) => new(T.FmaCancelling(a.A, b.A, c.A), T.FmaCancelling(a.B, b.B, c.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> FmaCancellingInRange(TwinLanes<T> a, TwinLanes<T> b, TwinLanes<T> c) => new(T.FmaCancellingInRange(a.A, b.A, c.A), T.FmaCancellingInRange(a.B, b.B, c.B));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> ReciprocalForNarrow(TwinLanes<T> d) => new(T.ReciprocalForNarrow(d.A), T.ReciprocalForNarrow(d.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> DivideForNarrow(TwinLanes<T> n, TwinLanes<T> d) => new(T.DivideForNarrow(n.A, d.A), T.DivideForNarrow(n.B, d.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Lookup16(ReadOnlySpan<double> table, TwinLanes<T> index) => new(T.Lookup16(table, index.A), T.Lookup16(table, index.B));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static TwinLanes<T> Lookup4(ReadOnlySpan<double> table, TwinLanes<T> index) => new(T.Lookup4(table, index.A), T.Lookup4(table, index.B));
}
