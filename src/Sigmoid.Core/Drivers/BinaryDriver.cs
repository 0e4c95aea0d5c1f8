using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// The one place that loops for two-argument functions (loss, gradient, backward passes): validates, picks the lane
/// width, runs full vectors plus one overlapping last vector loaded before the loop (in-place safe), and splits long
/// spans across threads. float and Half are computed in double lanes and rounded once.
/// </summary>
internal static unsafe class BinaryDriver
{
    public static double One<TOp>(double a, double b) where TOp : IBinaryOperator => TOp.Invoke(new ScalarLanes(a), new ScalarLanes(b)).V;
    public static float One<TOp>(float a, float b) where TOp : IBinaryOperator => (float)TOp.Invoke(new ScalarLanes(a), new ScalarLanes(b)).V;
    public static Half One<TOp>(Half a, Half b) where TOp : IBinaryOperator => CorrectRounding.RoundToHalf(TOp.Invoke(new ScalarLanes((double)a), new ScalarLanes((double)b)).V);

    private static void Validate<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination, string aName, string bName, string destinationName)
    {
        SpanContract.CheckSameLength(a, b, aName, bName);
        SpanContract.Check(a, destination, aName, destinationName);
        SpanContract.CheckOverlap(b, destination, bName, destinationName);
    }

    public static void Run<TOp>(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> destination,
        [CallerArgumentExpression(nameof(a))] string aName = "a", [CallerArgumentExpression(nameof(b))] string bName = "b",
        [CallerArgumentExpression(nameof(destination))] string destinationName = "destination") where TOp : IBinaryOperator
    {
        Validate(a, b, destination, aName, bName, destinationName);
        if (a.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(a.Length)) ParallelSplit.Run(a, b, destination, &SerialDouble<TOp>);
        else SerialDouble<TOp>(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), ref MemoryMarshal.GetReference(destination), a.Length);
    }

    public static void Run<TOp>(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> destination,
        [CallerArgumentExpression(nameof(a))] string aName = "a", [CallerArgumentExpression(nameof(b))] string bName = "b",
        [CallerArgumentExpression(nameof(destination))] string destinationName = "destination") where TOp : IBinaryOperator
    {
        Validate(a, b, destination, aName, bName, destinationName);
        if (a.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(a.Length)) ParallelSplit.Run(a, b, destination, &SerialFloat<TOp>);
        else SerialFloat<TOp>(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), ref MemoryMarshal.GetReference(destination), a.Length);
    }

    public static void Run<TOp>(ReadOnlySpan<Half> a, ReadOnlySpan<Half> b, Span<Half> destination,
        [CallerArgumentExpression(nameof(a))] string aName = "a", [CallerArgumentExpression(nameof(b))] string bName = "b",
        [CallerArgumentExpression(nameof(destination))] string destinationName = "destination") where TOp : IBinaryOperator
    {
        Validate(a, b, destination, aName, bName, destinationName);
        if (a.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(a.Length)) ParallelSplit.Run(a, b, destination, &SerialHalf<TOp>);
        else SerialHalf<TOp>(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), ref MemoryMarshal.GetReference(destination), a.Length);
    }

    private static void SerialDouble<TOp>(ref double a, ref double b, ref double dst, int n) where TOp : IBinaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopDouble<TOp, Vector512Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector256: LoopDouble<TOp, Vector256Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector128: LoopDouble<TOp, Vector128Lanes>(ref a, ref b, ref dst, n); break;
            default: LoopDouble<TOp, ScalarLanes>(ref a, ref b, ref dst, n); break;
        }
    }

    private static void SerialFloat<TOp>(ref float a, ref float b, ref float dst, int n) where TOp : IBinaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopFloat<TOp, Vector512Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector256: LoopFloat<TOp, Vector256Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector128: LoopFloat<TOp, Vector128Lanes>(ref a, ref b, ref dst, n); break;
            default: LoopFloat<TOp, ScalarLanes>(ref a, ref b, ref dst, n); break;
        }
    }

    private static void SerialHalf<TOp>(ref Half a, ref Half b, ref Half dst, int n) where TOp : IBinaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopHalf<TOp, Vector512Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector256: LoopHalf<TOp, Vector256Lanes>(ref a, ref b, ref dst, n); break;
            case SimdPath.Vector128: LoopHalf<TOp, Vector128Lanes>(ref a, ref b, ref dst, n); break;
            default: LoopHalf<TOp, ScalarLanes>(ref a, ref b, ref dst, n); break;
        }
    }

    // As in the unary driver: the main loop and the tail in separate methods, so that neither exceeds the JIT's
    // inlining budget; two vectors per turn with FMA hardware, one (the tail loop) without, where the unfused kernels
    // are larger.
    private static void LoopDouble<TOp, TV>(ref double a, ref double b, ref double dst, int n) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        TV lastA = TV.Load(ref Unsafe.Add(ref a, n - w)), lastB = TV.Load(ref Unsafe.Add(ref b, n - w));
        int i = CopiesPerTurn.Several && HardwareFma.IsSupported && TOp.TwoPerTurn ? MainDouble<TOp, TV>(ref a, ref b, ref dst, n) : 0;
        TailDouble<TOp, TV>(ref a, ref b, ref dst, n, i, lastA, lastB);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainDouble<TOp, TV>(ref double a, ref double b, ref double dst, int n) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        for (; i <= n - 2 * w; i += 2 * w)         // two independent vectors per turn: more work in flight
        {
            TV r0 = TOp.Invoke(TV.Load(ref Unsafe.Add(ref a, i)), TV.Load(ref Unsafe.Add(ref b, i)));
            TV r1 = TOp.Invoke(TV.Load(ref Unsafe.Add(ref a, i + w)), TV.Load(ref Unsafe.Add(ref b, i + w)));
            TV.Store(r0, ref Unsafe.Add(ref dst, i));
            TV.Store(r1, ref Unsafe.Add(ref dst, i + w));
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TailDouble<TOp, TV>(ref double a, ref double b, ref double dst, int n, int i, TV lastA, TV lastB) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
            TV.Store(TOp.Invoke(TV.Load(ref Unsafe.Add(ref a, i)), TV.Load(ref Unsafe.Add(ref b, i))), ref Unsafe.Add(ref dst, i));
        if (i < n)
            LastDouble<TOp, TV>(lastA, lastB, ref Unsafe.Add(ref dst, n - w));
    }

    /// <summary>The overlapping last vector, apart from the tail loop so that each method inlines one kernel copy.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LastDouble<TOp, TV>(TV lastA, TV lastB, ref double dst) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
        => TV.Store(TOp.Invoke(lastA, lastB), ref dst);

    private static void LoopFloat<TOp, TV>(ref float a, ref float b, ref float dst, int n) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        TV lastA = TV.LoadWidening(ref Unsafe.Add(ref a, n - w)), lastB = TV.LoadWidening(ref Unsafe.Add(ref b, n - w));
        int i = 0;
        if (TOp.HasNarrow)
        {
            // The narrow kernel two vectors per turn (one where two overrun the inlining budget); a turn it cannot
            // decide stops the loop before its stores and runs on the double kernel (the same floats), as in the
            // unary driver.
            int perTurn = CopiesPerTurn.Several && TOp.NarrowTwoPerTurn ? 2 : 1;
            // As interleaved pairs where the operator asks for it and pairs fit, with FMA hardware only (the unfused
            // kernels are larger: as pairs they exceeded the inlining budget).
            bool pairs = TOp.PairsPerTurn > 0 && HardwareFma.IsSupported && CopiesPerTurn.PairsOn<TV>();
            while (true)
            {
                i = perTurn == 2
                    ? pairs ? MainFloatNarrowOne<TOp, TwinLanes<TV>>(ref a, ref b, ref dst, n, i) : MainFloatNarrow<TOp, TV>(ref a, ref b, ref dst, n, i)
                    : MainFloatNarrowOne<TOp, TV>(ref a, ref b, ref dst, n, i);
                if (i > n - perTurn * w) break;
                TailFloat<TOp, TV>(ref a, ref b, ref dst, i + perTurn * w, i, lastA, lastB);
                i += perTurn * w;
            }
        }
        else if (CopiesPerTurn.Several && HardwareFma.IsSupported && TOp.TwoPerTurn) i = MainFloat<TOp, TV>(ref a, ref b, ref dst, n);
        TailFloat<TOp, TV>(ref a, ref b, ref dst, n, i, lastA, lastB);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloatNarrow<TOp, TV>(ref float a, ref float b, ref float dst, int n, int i) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - 2 * w; i += 2 * w)
        {
            ref float sa = ref Unsafe.Add(ref a, i), sb = ref Unsafe.Add(ref b, i);
            TV r0 = TOp.InvokeForNarrow(TV.LoadWidening(ref sa), TV.LoadWidening(ref sb));
            TV r1 = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref sa, w)), TV.LoadWidening(ref Unsafe.Add(ref sb, w)));
            if (!FloatBracket.TryStore(r0, r1, ref Unsafe.Add(ref dst, i))) break;
        }
        return i;
    }

    /// <summary>The narrow kernel one vector per turn (<see cref="IBinaryOperator.NarrowTwoPerTurn"/> false).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloatNarrowOne<TOp, TV>(ref float a, ref float b, ref float dst, int n, int i) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
        {
            TV r = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref a, i)), TV.LoadWidening(ref Unsafe.Add(ref b, i)));
            if (!FloatBracket.TryStore(r, ref Unsafe.Add(ref dst, i))) break;
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloat<TOp, TV>(ref float a, ref float b, ref float dst, int n) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        for (; i <= n - 2 * w; i += 2 * w)
        {
            TV r0 = TOp.Invoke(TV.LoadWidening(ref Unsafe.Add(ref a, i)), TV.LoadWidening(ref Unsafe.Add(ref b, i)));
            TV r1 = TOp.Invoke(TV.LoadWidening(ref Unsafe.Add(ref a, i + w)), TV.LoadWidening(ref Unsafe.Add(ref b, i + w)));
            TV.StoreNarrowing(r0, ref Unsafe.Add(ref dst, i));
            TV.StoreNarrowing(r1, ref Unsafe.Add(ref dst, i + w));
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TailFloat<TOp, TV>(ref float a, ref float b, ref float dst, int n, int i, TV lastA, TV lastB) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
            TV.StoreNarrowing(TOp.Invoke(TV.LoadWidening(ref Unsafe.Add(ref a, i)), TV.LoadWidening(ref Unsafe.Add(ref b, i))), ref Unsafe.Add(ref dst, i));
        if (i < n)
            LastFloat<TOp, TV>(lastA, lastB, ref Unsafe.Add(ref dst, n - w));
    }

    /// <summary>The overlapping last vector, apart from the tail loop so that each method inlines one kernel copy.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LastFloat<TOp, TV>(TV lastA, TV lastB, ref float dst) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
        => TV.StoreNarrowing(TOp.Invoke(lastA, lastB), ref dst);

    private static void LoopHalf<TOp, TV>(ref Half a, ref Half b, ref Half dst, int n) where TOp : IBinaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        TV lastA = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref a, n - w)), lastB = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref b, n - w));
        int i = 0;
        for (; i <= n - w; i += w)
            HalfBits.StoreNarrowing(TOp.Invoke(HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref a, i)), HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref b, i))), ref Unsafe.Add(ref dst, i));
        if (i < n)
            HalfBits.StoreNarrowing(TOp.Invoke(lastA, lastB), ref Unsafe.Add(ref dst, n - w));
    }
}
