using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

/// <summary>Four doubles in a <see cref="Vector256{T}"/>.</summary>
internal readonly partial struct Vector256Lanes : IDoubleLanes<Vector256Lanes>
{
    public readonly Vector256<double> V;
    public Vector256Lanes(Vector256<double> v) => V = v;
    private static Vector256Lanes FromBits(Vector256<long> bits) => new(bits.AsDouble());
    private static Vector256<long> Bits(Vector256Lanes a) => a.V.AsInt64();

    public static int Count => Vector256<double>.Count;
    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Create(double value) => new(Vector256.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes CreateBits(long bits) => FromBits(Vector256.Create(bits));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Load(ref double source) => new(Vector256.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector256Lanes value, ref double destination) => value.V.StoreUnsafe(ref destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes LoadWidening(ref float source) => new(Vector256.WidenLower(Vector128.LoadUnsafe(ref source).ToVector256Unsafe()));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreNarrowing(Vector256Lanes value, ref float destination) => Narrow(value.V).StoreUnsafe(ref destination);
    /// <summary>Each lane rounded to float (to nearest even, subnormals kept).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static Vector128<float> Narrow(Vector256<double> v) => Avx.IsSupported ? Avx.ConvertToVector128Single(v) : Vector256.Narrow(v, v).GetLower();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double GetElement(Vector256Lanes value, int index) => value.V.GetElement(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes operator +(Vector256Lanes a, Vector256Lanes b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes operator -(Vector256Lanes a, Vector256Lanes b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes operator *(Vector256Lanes a, Vector256Lanes b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes operator /(Vector256Lanes a, Vector256Lanes b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes operator -(Vector256Lanes a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Fma(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c) => new(Fused.MultiplyAdd(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Abs(Vector256Lanes a) => FromBits(Bits(a) & Vector256.Create(long.MaxValue));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes LessThan(Vector256Lanes a, Vector256Lanes b) => new(Vector256.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes LessThanOrEqual(Vector256Lanes a, Vector256Lanes b) => new(Vector256.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Equal(Vector256Lanes a, Vector256Lanes b) => new(Vector256.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes IsNaN(Vector256Lanes a) => new(~Vector256.Equals(a.V, a.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes And(Vector256Lanes a, Vector256Lanes b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Or(Vector256Lanes a, Vector256Lanes b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes Select(Vector256Lanes mask, Vector256Lanes ifTrue, Vector256Lanes ifFalse) => Avx.IsSupported ? new(Avx.BlendVariable(ifFalse.V, ifTrue.V, mask.V)) : SelectBits(mask, ifTrue, ifFalse);
    /// <summary>The bitwise select where there is no blend instruction, apart so that <see cref="Select"/>'s IL stays small for the JIT's inlining budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static Vector256Lanes SelectBits(Vector256Lanes mask, Vector256Lanes ifTrue, Vector256Lanes ifFalse) => new(Vector256.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector256Lanes mask) => Vector256.ExtractMostSignificantBits(mask.V) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes AddBits(Vector256Lanes a, Vector256Lanes b) => FromBits(Bits(a) + Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes SubtractBits(Vector256Lanes a, Vector256Lanes b) => FromBits(Bits(a) - Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes ShiftLeftBits(Vector256Lanes a, int count) => FromBits(Vector256.ShiftLeft(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes ShiftRightArithmeticBits(Vector256Lanes a, int count) => FromBits(Vector256.ShiftRightArithmetic(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes ShiftRightLogicalBits(Vector256Lanes a, int count) => FromBits(Vector256.ShiftRightLogical(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256Lanes LessThanBits(Vector256Lanes a, Vector256Lanes b) => FromBits(Vector256.LessThan(Bits(a), Bits(b)));
}
