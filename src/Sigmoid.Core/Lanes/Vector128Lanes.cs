using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

/// <summary>Two doubles in a <see cref="Vector128{T}"/>.</summary>
internal readonly partial struct Vector128Lanes : IDoubleLanes<Vector128Lanes>
{
    public readonly Vector128<double> V;
    public Vector128Lanes(Vector128<double> v) => V = v;
    private static Vector128Lanes FromBits(Vector128<long> bits) => new(bits.AsDouble());
    private static Vector128<long> Bits(Vector128Lanes a) => a.V.AsInt64();

    public static int Count => Vector128<double>.Count;
    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Create(double value) => new(Vector128.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes CreateBits(long bits) => FromBits(Vector128.Create(bits));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Load(ref double source) => new(Vector128.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(Vector128Lanes value, ref double destination) => value.V.StoreUnsafe(ref destination);
    /// <summary>Two floats read as one 64-bit scalar and widened (one MOVSD and CVTPS2PD; LDR and FCVTL on ARM64).
    /// Not through <see cref="Vector64{T}"/>, which x86 does not accelerate: the JIT moved it through the stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes LoadWidening(ref float source)
        => new(Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<double>(ref Unsafe.As<float, byte>(ref source))).AsSingle()));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowing(Vector128Lanes value, ref float destination)
        => Unsafe.WriteUnaligned(ref Unsafe.As<float, byte>(ref destination), NarrowLow(value.V).AsDouble().ToScalar());

    /// <summary>Both lanes rounded to float (to nearest even, subnormals kept) in the low 64 bits, the high 64 bits
    /// zero: one CVTPD2PS on x86, one FCVTN on ARM64 (a general <see cref="Vector128.Narrow(Vector128{double}, Vector128{double})"/>
    /// of a vector with itself converts twice and shuffles). Stored as one double-sized move.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<float> NarrowLow(Vector128<double> v)
        => Sse2.IsSupported ? Sse2.ConvertToVector128Single(v)
         : AdvSimd.Arm64.IsSupported ? AdvSimd.Arm64.ConvertToSingleLower(v).ToVector128()
         : Vector128.Narrow(v, Vector128<double>.Zero);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double GetElement(Vector128Lanes value, int index) => value.V.GetElement(index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes operator +(Vector128Lanes a, Vector128Lanes b) => new(a.V + b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes operator -(Vector128Lanes a, Vector128Lanes b) => new(a.V - b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes operator *(Vector128Lanes a, Vector128Lanes b) => new(a.V * b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes operator /(Vector128Lanes a, Vector128Lanes b) => new(a.V / b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes operator -(Vector128Lanes a) => new(-a.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Fma(Vector128Lanes a, Vector128Lanes b, Vector128Lanes c) => new(Fused.MultiplyAdd(a.V, b.V, c.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Abs(Vector128Lanes a) => FromBits(Bits(a) & Vector128.Create(long.MaxValue));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes LessThan(Vector128Lanes a, Vector128Lanes b) => new(Vector128.LessThan(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes LessThanOrEqual(Vector128Lanes a, Vector128Lanes b) => new(Vector128.LessThanOrEqual(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Equal(Vector128Lanes a, Vector128Lanes b) => new(Vector128.Equals(a.V, b.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes IsNaN(Vector128Lanes a) => new(~Vector128.Equals(a.V, a.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes And(Vector128Lanes a, Vector128Lanes b) => new(a.V & b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Or(Vector128Lanes a, Vector128Lanes b) => new(a.V | b.V);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes Select(Vector128Lanes mask, Vector128Lanes ifTrue, Vector128Lanes ifFalse) => Sse41.IsSupported ? new(Sse41.BlendVariable(ifFalse.V, ifTrue.V, mask.V)) : SelectBits(mask, ifTrue, ifFalse);
    /// <summary>The bitwise select where there is no blend instruction, apart so that <see cref="Select"/>'s IL stays small for the JIT's inlining budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static Vector128Lanes SelectBits(Vector128Lanes mask, Vector128Lanes ifTrue, Vector128Lanes ifFalse) => new(Vector128.ConditionalSelect(mask.V, ifTrue.V, ifFalse.V));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static bool Any(Vector128Lanes mask) => Vector128.ExtractMostSignificantBits(mask.V) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes AddBits(Vector128Lanes a, Vector128Lanes b) => FromBits(Bits(a) + Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes SubtractBits(Vector128Lanes a, Vector128Lanes b) => FromBits(Bits(a) - Bits(b));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes ShiftLeftBits(Vector128Lanes a, int count) => FromBits(Vector128.ShiftLeft(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes ShiftRightArithmeticBits(Vector128Lanes a, int count) => FromBits(Vector128.ShiftRightArithmetic(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes ShiftRightLogicalBits(Vector128Lanes a, int count) => FromBits(Vector128.ShiftRightLogical(Bits(a), count));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128Lanes LessThanBits(Vector128Lanes a, Vector128Lanes b) => FromBits(Vector128.LessThan(Bits(a), Bits(b)));
}
