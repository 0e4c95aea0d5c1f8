namespace Sigmoid.Lanes;

/// <summary>
/// A bundle of <see cref="Count"/> doubles — one scalar, or a Vector128/256/512 — with exactly the IEEE operations the
/// kernels use. Every kernel is written once, generic over this interface; the JIT specialises it per struct, so the
/// scalar and every vector path run the identical sequence of correctly rounded operations (FMA included) and give
/// the same bits by construction.
/// </summary>
/// <remarks>Masks are lanes whose 64 bits are all ones (true) or all zeros (false). "Bits" operations treat the
/// lanes as 64-bit two's-complement integers.</remarks>
internal partial interface IDoubleLanes<TSelf> where TSelf : struct, IDoubleLanes<TSelf>
{
    static abstract int Count { get; }
    static abstract bool IsHardwareAccelerated { get; }
    static abstract TSelf Create(double value);
    static abstract TSelf CreateBits(long bits);
    static abstract TSelf Load(ref double source);
    static abstract void Store(TSelf value, ref double destination);
    /// <summary>Loads <see cref="Count"/> floats and widens them (exactly) to double.</summary>
    static abstract TSelf LoadWidening(ref float source);
    /// <summary>Rounds each lane to float (round to nearest even, subnormals kept) and stores <see cref="Count"/> floats.</summary>
    static abstract void StoreNarrowing(TSelf value, ref float destination);
    static abstract double GetElement(TSelf value, int index);

    static abstract TSelf operator +(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a, TSelf b);
    static abstract TSelf operator *(TSelf a, TSelf b);
    static abstract TSelf operator /(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a);
    /// <summary>a·b + c with a single rounding.</summary>
    static abstract TSelf Fma(TSelf a, TSelf b, TSelf c);
    static abstract TSelf Abs(TSelf a);

    static abstract TSelf LessThan(TSelf a, TSelf b);
    static abstract TSelf LessThanOrEqual(TSelf a, TSelf b);
    static abstract TSelf Equal(TSelf a, TSelf b);
    static abstract TSelf IsNaN(TSelf a);
    static abstract TSelf And(TSelf a, TSelf b);
    static abstract TSelf Or(TSelf a, TSelf b);
    /// <summary>Lanes of <paramref name="ifTrue"/> where <paramref name="mask"/> is set, for a mask whose lanes are all
    /// ones or all zeros (a comparison's result, or an And/Or of them): one BLENDVPD on x86, where a bitwise select
    /// takes three instructions.</summary>
    static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);
    /// <summary>True when any lane of the mask is set.</summary>
    static abstract bool Any(TSelf mask);

    static abstract TSelf AddBits(TSelf a, TSelf b);
    static abstract TSelf SubtractBits(TSelf a, TSelf b);
    static abstract TSelf ShiftLeftBits(TSelf a, int count);
    static abstract TSelf ShiftRightArithmeticBits(TSelf a, int count);
    /// <summary>Each lane's 64 bits shifted right by <paramref name="count"/>, zeros shifted in (one instruction on every
    /// level, where the arithmetic shift of 64-bit lanes is emulated below AVX-512).</summary>
    static abstract TSelf ShiftRightLogicalBits(TSelf a, int count);
    static abstract TSelf LessThanBits(TSelf a, TSelf b);
}
