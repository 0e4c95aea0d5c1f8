using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

/// <summary>Eight doubles in a <see cref="Vector512{T}"/>.</summary>
internal readonly partial struct Vector512Lanes : IDoubleLanes<Vector512Lanes>
{
    public readonly Vector512<double> V;
    public Vector512Lanes(Vector512<double> v) => V = v;
    private static Vector512Lanes FromBits(Vector512<long> bits) => new(bits.AsDouble());
    private static Vector512<long> Bits(Vector512Lanes a) => a.V.AsInt64();

    public static int Count => Vector512<double>.Count;
    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Create(double value) => new(Vector512.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes CreateBits(long bits) => FromBits(Vector512.Create(bits));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Load(ref double source) => new(Vector512.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector512Lanes value, ref double destination) => value.V.StoreUnsafe(ref destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes LoadWidening(ref float source) => new(Vector512.WidenLower(Vector256.LoadUnsafe(ref source).ToVector512Unsafe()));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreNarrowing(Vector512Lanes value, ref float destination) => Narrow(value.V).StoreUnsafe(ref destination);
    /// <summary>Each lane rounded to float (to nearest even, subnormals kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static Vector256<float> Narrow(Vector512<double> v) => Avx512F.IsSupported ? Avx512F.ConvertToVector256Single(v) : Vector512.Narrow(v, v).GetLower();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double GetElement(Vector512Lanes value, int index) => value.V.GetElement(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes operator +(Vector512Lanes a, Vector512Lanes b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes operator -(Vector512Lanes a, Vector512Lanes b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes operator *(Vector512Lanes a, Vector512Lanes b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes operator /(Vector512Lanes a, Vector512Lanes b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes operator -(Vector512Lanes a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Fma(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c) => new(Fused.MultiplyAdd(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Abs(Vector512Lanes a) => FromBits(Bits(a) & Vector512.Create(long.MaxValue));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes LessThan(Vector512Lanes a, Vector512Lanes b) => new(Vector512.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes LessThanOrEqual(Vector512Lanes a, Vector512Lanes b) => new(Vector512.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Equal(Vector512Lanes a, Vector512Lanes b) => new(Vector512.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes IsNaN(Vector512Lanes a) => new(~Vector512.Equals(a.V, a.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes And(Vector512Lanes a, Vector512Lanes b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Or(Vector512Lanes a, Vector512Lanes b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes Select(Vector512Lanes mask, Vector512Lanes ifTrue, Vector512Lanes ifFalse) => new(Vector512.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector512Lanes mask) => Vector512.ExtractMostSignificantBits(mask.V) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes AddBits(Vector512Lanes a, Vector512Lanes b) => FromBits(Bits(a) + Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes SubtractBits(Vector512Lanes a, Vector512Lanes b) => FromBits(Bits(a) - Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes ShiftLeftBits(Vector512Lanes a, int count) => FromBits(Vector512.ShiftLeft(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes ShiftRightArithmeticBits(Vector512Lanes a, int count) => FromBits(Vector512.ShiftRightArithmetic(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes ShiftRightLogicalBits(Vector512Lanes a, int count) => FromBits(Vector512.ShiftRightLogical(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512Lanes LessThanBits(Vector512Lanes a, Vector512Lanes b) => FromBits(Vector512.LessThan(Bits(a), Bits(b)));
}
