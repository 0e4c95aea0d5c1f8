using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sigmoid.Learning;

/// <summary>
/// The three vector kernels the dense layer needs, written once with <see cref="Vector{T}"/>: dot product,
/// y += a·x and sum of squares. Spans shorter than one vector take the scalar loop. Longer ones end with one
/// overlapping last vector whose already-processed lanes are masked to zero, so there is no scalar tail.
/// </summary>
/// <remarks>
/// Reductions add lane-wise and then across lanes, so their rounding differs from the scalar loop's; the result is
/// still a deterministic function of the inputs and of <see cref="Vector{T}.Count"/> (same machine → same bits).
/// </remarks>
public static class VectorMath
{
    /// <summary>Σᵢ aᵢ·bᵢ.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"Dot: a has {a.Length} elements but b has {b.Length}.", nameof(b));
        int n = a.Length, w = Vector<T>.Count;
        if (!Vector.IsHardwareAccelerated || !Vector<T>.IsSupported || n < w)
        {
            T s = T.Zero;
            for (int i = 0; i < n; i++) s += a[i] * b[i];
            return s;
        }
        ref T ra = ref MemoryMarshal.GetReference(a);
        ref T rb = ref MemoryMarshal.GetReference(b);
        var acc = Vector<T>.Zero;
        int k = 0;
        for (; k <= n - w; k += w)
            acc += Vector.LoadUnsafe(ref ra, (nuint)k) * Vector.LoadUnsafe(ref rb, (nuint)k);
        if (k < n)
        {
            int last = n - w;
            var product = Vector.LoadUnsafe(ref ra, (nuint)last) * Vector.LoadUnsafe(ref rb, (nuint)last);
            acc += Vector.ConditionalSelect(NotYetDone<T>(k - last), product, Vector<T>.Zero);
        }
        return Vector.Sum(acc);
    }

    /// <summary>y ← y + a·x, element-wise.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void AddScaled<T>(Span<T> y, T a, ReadOnlySpan<T> x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (y.Length != x.Length)
            throw new ArgumentException($"AddScaled: y has {y.Length} elements but x has {x.Length}.", nameof(x));
        int n = y.Length, w = Vector<T>.Count;
        if (!Vector.IsHardwareAccelerated || !Vector<T>.IsSupported || n < w)
        {
            for (int i = 0; i < n; i++) y[i] += a * x[i];
            return;
        }
        ref T ry = ref MemoryMarshal.GetReference(y);
        ref T rx = ref MemoryMarshal.GetReference(x);
        var va = new Vector<T>(a);
        int k = 0;
        for (; k <= n - w; k += w)
            (Vector.LoadUnsafe(ref ry, (nuint)k) + va * Vector.LoadUnsafe(ref rx, (nuint)k)).StoreUnsafe(ref ry, (nuint)k);
        if (k < n)
        {
            int last = n - w;
            var add = Vector.ConditionalSelect(NotYetDone<T>(k - last), va * Vector.LoadUnsafe(ref rx, (nuint)last), Vector<T>.Zero);
            (Vector.LoadUnsafe(ref ry, (nuint)last) + add).StoreUnsafe(ref ry, (nuint)last);
        }
    }

    /// <summary>Σᵢ xᵢ².</summary>
    public static T SumOfSquares<T>(ReadOnlySpan<T> x) where T : unmanaged, IFloatingPointIeee754<T> => Dot(x, x);

    /// <summary>Mask of the lanes with index ≥ <paramref name="done"/> (all bits set there, zero elsewhere).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<T> NotYetDone<T>(int done) where T : unmanaged, IFloatingPointIeee754<T> =>
        Vector.GreaterThanOrEqual(LaneIndex<T>.Value, new Vector<T>(T.CreateTruncating(done)));

    private static class LaneIndex<T> where T : unmanaged, IFloatingPointIeee754<T>
    {
        public static readonly Vector<T> Value = Create();

        private static Vector<T> Create()
        {
            Span<T> lanes = stackalloc T[Vector<T>.Count];
            for (int i = 0; i < lanes.Length; i++) lanes[i] = T.CreateTruncating(i);
            return new Vector<T>(lanes);
        }
    }
}
