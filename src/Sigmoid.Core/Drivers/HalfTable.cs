using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sigmoid.Drivers;

/// <summary>
/// A one-argument function of Half has only 2^16 inputs: long Half spans look their results up in a table of all of
/// them (128 KiB per function, built once, on the first long span, by the vectorised compute path — so it holds the
/// same bits as the scalar, which <c>HalfLaneTests</c> checks for every input). A lookup is a load and a store;
/// the compute path widens, evaluates in double lanes and rounds, several times the work.
/// </summary>
internal static class HalfTable
{
    /// <summary>Spans at least this long use the table (shorter ones compute, so a few short calls do not pay for
    /// building it).</summary>
    public const int MinLength = 2048;

    /// <summary>Unary Half spans (which read the table: a load and a store per element, ≈ 0.33 ns) split across
    /// threads only from this length, whatever <see cref="ParallelSpanOptions.MinimumLength"/> says: measured with
    /// <c>sigmoid bench --parallel-threshold --types half</c>, two cores are 0.57× one at 32,768 elements, 1.03× at
    /// 131,072 and 1.29× at 1,048,576.</summary>
    public const int MinParallelLength = 1 << 20;
}

/// <summary>The table of <typeparamref name="TOp"/> over all 2^16 Half patterns.</summary>
internal static class HalfTable<TOp> where TOp : IUnaryOperator
{
    private static readonly ushort[] Values = Build();

    private static ushort[] Build()
    {
        var values = new ushort[1 << 16];
        Span<Half> x = stackalloc Half[1024];
        Span<Half> r = MemoryMarshal.Cast<ushort, Half>(values.AsSpan());
        for (int start = 0; start < values.Length; start += x.Length)
        {
            for (int i = 0; i < x.Length; i++) x[i] = BitConverter.UInt16BitsToHalf((ushort)(start + i));
            UnaryDriver.Compute<TOp>(ref MemoryMarshal.GetReference(x), ref r[start], x.Length);
        }
        return values;
    }

    /// <summary>dst[i] = f(src[i]); src and dst may be the same span.</summary>
    public static void Apply(ref Half src, ref Half dst, int n)
    {
        ref ushort table = ref MemoryMarshal.GetArrayDataReference(Values);
        ref ushort s = ref Unsafe.As<Half, ushort>(ref src);
        ref ushort d = ref Unsafe.As<Half, ushort>(ref dst);
        for (int i = 0; i < n; i++)
            Unsafe.Add(ref d, i) = Unsafe.Add(ref table, Unsafe.Add(ref s, i));
    }
}
