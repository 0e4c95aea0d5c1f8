using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Lanes;

internal readonly partial struct Vector128Lanes
{
    /// <summary>
    /// Two indexed loads (two lane moves, two loads, one insert), as cheap as a gather on x86 and what ARM64 does
    /// without TBL; nothing here needs more than SSE4.1 or AdvSimd.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Lookup16(ReadOnlySpan<double> table, Vector128Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        Vector128<long> i = Bits(index) & Vector128.Create(15L);
        return new(Vector128.Create(Unsafe.Add(ref t, (nint)i.ToScalar()), Unsafe.Add(ref t, (nint)i.GetElement(1))));
    }

    /// <summary>Two indexed loads, as <see cref="Lookup16"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes Lookup4(ReadOnlySpan<double> table, Vector128Lanes index)
    {
        ref double t = ref MemoryMarshal.GetReference(table);
        Vector128<long> i = Bits(index) & Vector128.Create(3L);
        return new(Vector128.Create(Unsafe.Add(ref t, (nint)i.ToScalar()), Unsafe.Add(ref t, (nint)i.GetElement(1))));
    }

    /// <summary>The correctly rounded 1/d, also where AVX-512 offers a 14-bit estimate: that estimate and its two
    /// Newton steps made σ's float loop (two interleaved pairs) overrun the JIT's inlining budget on AVX-512 machines
    /// limited to 128-bit vectors (<c>DOTNET_PreferredVectorBitWidth=128</c>), its lane operations left as calls; with
    /// the division those machines run the code every 128-bit FMA machine runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes ReciprocalForNarrow(Vector128Lanes d) => new(Vector128<double>.One / d.V);

    /// <summary>n/d correctly rounded, for the reason given at <see cref="ReciprocalForNarrow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128Lanes DivideForNarrow(Vector128Lanes n, Vector128Lanes d) => new(n.V / d.V);
}
