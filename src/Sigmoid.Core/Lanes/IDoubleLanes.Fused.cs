namespace Sigmoid.Lanes;

/// <summary>
/// Fused lane operations: each is one or two instructions on AVX-512 where the general operations would leave the JIT
/// a mask to materialise as a vector, and each gives the same bits on every path.
/// </summary>
internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>min(a, limit) for a limit that is not NaN; a NaN <paramref name="a"/> stays NaN (x86 MINPD with the
    /// operands in this order, <see cref="Math.Min(double,double)"/> on the scalar path).</summary>
    static abstract TSelf Min(TSelf a, TSelf limit);

    /// <summary>max(a, limit) for a limit that is not NaN; a NaN <paramref name="a"/> stays NaN (x86 MAXPD with the
    /// operands in this order, <see cref="Math.Max(double,double)"/> on the scalar path).</summary>
    static abstract TSelf Max(TSelf a, TSelf limit);

    /// <summary><paramref name="ifTrue"/> in the lanes where a &lt; b (false for NaN), else <paramref name="ifFalse"/>.</summary>
    static abstract TSelf SelectLessThan(TSelf a, TSelf b, TSelf ifTrue, TSelf ifFalse);

    /// <summary>v·2^⌊n⌋ rounded once (exact unless the result is subnormal or overflows), for finite v with
    /// 2^-64 ≤ |v| ≤ 2^64 (or 0) and |n| ≤ 1900; NaN v gives NaN. AVX-512 VSCALEFPD; elsewhere two power-of-two
    /// factors, the first exact, so only the last multiplication rounds.</summary>
    static abstract TSelf ScaleByPowerOfTwoFloor(TSelf v, TSelf n);

    /// <summary>True where <see cref="ScaleByPowerOfTwoFloor"/> is one instruction (AVX-512 VSCALEFPD). Elsewhere the
    /// double kernels scale by multiplying with powers of two built from the exponent's bits
    /// (<see cref="Kernels.ExpCore.ExpNegTableScaled{TV}"/>), which gives the same bits
    /// in fewer instructions than the emulated scaling.</summary>
    static abstract bool HasScaleInstruction { get; }

    /// <summary>True when a &lt; b as 64-bit two's-complement integers in any lane.</summary>
    static abstract bool AnyLessThanBits(TSelf a, TSelf b);
}
