using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// The one place that loops for one-argument functions: validates, picks the lane width, runs full vectors and
/// finishes with one overlapping last vector (loaded before the loop, so in-place calls recompute it from the
/// original inputs and give the same bits), and splits long spans across threads.
/// </summary>
/// <remarks>
/// double spans: the operator's double kernel. float spans: floats are widened to double lanes, the operator's
/// narrow kernel runs, and lanes are rounded to float; lanes whose double result lies near a float midpoint are
/// recomputed in double-double (<see cref="CorrectRounding"/>). Half spans: the same, widened from and rounded to
/// Half in the lanes (<see cref="HalfBits"/>); spans of at least <see cref="HalfTable.MinLength"/> Halves read a table
/// of all 2^16 results instead, built once per function by that path. No allocation besides that table, except what
/// <see cref="Parallel.For(int,int,ParallelOptions,Action{int})"/> needs on the parallel path.
/// </remarks>
internal static unsafe class UnaryDriver
{
    // ---------------------------------------------------------------- scalars (the specification)
    public static double One<TOp>(double x) where TOp : IUnaryOperator => TOp.Invoke(new ScalarLanes(x)).V;

    public static float One<TOp>(float x) where TOp : IUnaryOperator
    {
        ScalarLanes r = TOp.InvokeForNarrow(new ScalarLanes(x));
        float result = 0;
        bool decided = ScalarLanes.StoreNarrowingIfSame(r * ScalarLanes.Create(CorrectRounding.BracketUp), r * ScalarLanes.Create(CorrectRounding.BracketDown), ref result);
        return decided ? result : CorrectRounding.ToFloat(TOp.Reference(x));
    }

    public static Half One<TOp>(Half x) where TOp : IUnaryOperator
    {
        ScalarLanes r = TOp.InvokeForNarrow(new ScalarLanes((double)x));
        return ScalarLanes.Any(CorrectRounding.NearHalfMidpoint(r)) ? CorrectRounding.ToHalf(TOp.Reference((double)x)) : CorrectRounding.RoundToHalf(r.V);
    }

    // ---------------------------------------------------------------- span entry points
    public static void Run<TOp>(ReadOnlySpan<double> x, Span<double> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IUnaryOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(x.Length)) ParallelSplit.Run(x, destination, &SerialDouble<TOp>);
        else SerialDouble<TOp>(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(destination), x.Length);
    }

    public static void Run<TOp>(ReadOnlySpan<float> x, Span<float> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IUnaryOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(x.Length)) ParallelSplit.Run(x, destination, &SerialFloat<TOp>);
        else SerialFloat<TOp>(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(destination), x.Length);
    }

    public static void Run<TOp>(ReadOnlySpan<Half> x, Span<Half> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IUnaryOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(x.Length) && x.Length >= HalfTable.MinParallelLength) ParallelSplit.Run(x, destination, &SerialHalf<TOp>);
        else SerialHalf<TOp>(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(destination), x.Length);
    }

    // ---------------------------------------------------------------- serial, per lane width
    private static void SerialDouble<TOp>(ref double src, ref double dst, int n) where TOp : IUnaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopDouble<TOp, Vector512Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector256: LoopDouble<TOp, Vector256Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector128: LoopDouble<TOp, Vector128Lanes>(ref src, ref dst, n); break;
            default: LoopDouble<TOp, ScalarLanes>(ref src, ref dst, n); break;
        }
    }

    private static void SerialFloat<TOp>(ref float src, ref float dst, int n) where TOp : IUnaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopFloat<TOp, Vector512Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector256: LoopFloat<TOp, Vector256Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector128: LoopFloat<TOp, Vector128Lanes>(ref src, ref dst, n); break;
            default: LoopFloat<TOp, ScalarLanes>(ref src, ref dst, n); break;
        }
    }

    private static void SerialHalf<TOp>(ref Half src, ref Half dst, int n) where TOp : IUnaryOperator
    {
        if (n >= HalfTable.MinLength && SimdPathOverride.Forced == SimdPath.Auto) HalfTable<TOp>.Apply(ref src, ref dst, n);
        else Compute<TOp>(ref src, ref dst, n);
    }

    /// <summary>Half spans computed (widen, evaluate, round) on the chosen lane width; also builds <see cref="HalfTable{TOp}"/>.</summary>
    internal static void Compute<TOp>(ref Half src, ref Half dst, int n) where TOp : IUnaryOperator
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: LoopHalf<TOp, Vector512Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector256: LoopHalf<TOp, Vector256Lanes>(ref src, ref dst, n); break;
            case SimdPath.Vector128: LoopHalf<TOp, Vector128Lanes>(ref src, ref dst, n); break;
            default: LoopHalf<TOp, ScalarLanes>(ref src, ref dst, n); break;
        }
    }

    // ---------------------------------------------------------------- loops (n ≥ TV.Count)
    // Each loop is split in a main part (several vectors per turn) and a tail, in separate methods: a kernel inlined
    // four times and again for the tail exceeds the JIT's inlining budget for one method, and the kernel's lane
    // operations would then be left as calls (seen: softplus double 10 ns instead of 3).
    private static void LoopDouble<TOp, TV>(ref double src, ref double dst, int n) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        TV last = TV.Load(ref Unsafe.Add(ref src, n - TV.Count));   // before any store: in place stays correct
        int i = CopiesPerTurn.Several && HardwareFma.IsSupported && TOp.DoubleTwoPerTurn ? MainDouble<TOp, TV>(ref src, ref dst, n) : 0;   // else one per turn (the tail)
        TailDouble<TOp, TV>(ref src, ref dst, n, i, last);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainDouble<TOp, TV>(ref double src, ref double dst, int n) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        for (; i <= n - 2 * w; i += 2 * w)         // two independent vectors per turn (the double kernels are too
        {                                          // large to inline four times within the JIT's budget)
            TV r0 = TOp.Invoke(TV.Load(ref Unsafe.Add(ref src, i))), r1 = TOp.Invoke(TV.Load(ref Unsafe.Add(ref src, i + w)));
            TV.Store(r0, ref Unsafe.Add(ref dst, i));
            TV.Store(r1, ref Unsafe.Add(ref dst, i + w));
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TailDouble<TOp, TV>(ref double src, ref double dst, int n, int i, TV last) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
            TV.Store(TOp.Invoke(TV.Load(ref Unsafe.Add(ref src, i))), ref Unsafe.Add(ref dst, i));
        if (i < n)
            LastDouble<TOp, TV>(last, ref Unsafe.Add(ref dst, n - w));
    }

    /// <summary>The overlapping last vector, apart from the tail loop so that each method inlines one kernel copy.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LastDouble<TOp, TV>(TV last, ref double dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
        => TV.Store(TOp.Invoke(last), ref dst);

    private static void LoopFloat<TOp, TV>(ref float src, ref float dst, int n) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        TV last = TV.LoadWidening(ref Unsafe.Add(ref src, n - TV.Count));
        // Vectors per turn: as many as the JIT's inlining budget takes. Four for the small kernels (σ, σ′, SiLU) with FMA;
        // the unfused forms without FMA are larger, so each step down, to one per turn.
        int perTurn = !CopiesPerTurn.Several ? 1 : HardwareFma.IsSupported ? TOp.FourPerTurn ? 4 : 2 : TOp.FourPerTurn ? 2 : 1;
        // Kernels that ask for it run as interleaved pairs (TwinLanes) where those fit.
        int pairs = !CopiesPerTurn.PairsOn<TV>() ? 0 : HardwareFma.IsSupported ? TOp.PairsPerTurn : TOp.FourPerTurn ? Math.Min(TOp.PairsPerTurn, 1) : 0;
        if (pairs > 0) perTurn = 2 * pairs;
        int i = 0;
        while (true)
        {
            i = pairs == 2 ? MainFloatTwo<TOp, TwinLanes<TV>>(ref src, ref dst, n, i)
                : pairs == 1 ? MainFloatOne<TOp, TwinLanes<TV>>(ref src, ref dst, n, i)
                : perTurn == 4 ? MainFloat<TOp, TV>(ref src, ref dst, n, i)
                : perTurn == 2 ? MainFloatTwo<TOp, TV>(ref src, ref dst, n, i)
                : MainFloatOne<TOp, TV>(ref src, ref dst, n, i);
            if (i > n - perTurn * TV.Count) break;
            // The main loop stopped at a turn with a lane near a float midpoint, before storing anything of it:
            // that turn goes vector by vector with the fix-up (its inputs are intact even in place).
            TailFloat<TOp, TV>(ref src, ref dst, i + perTurn * TV.Count, i, last);
            i += perTurn * TV.Count;
        }
        TailFloat<TOp, TV>(ref src, ref dst, n, i, last);
    }

    // The main loops call nothing: a call in the loop makes the JIT spill the live vectors and reload every constant
    // on each turn (every vector register is caller-saved), about a quarter of the loop's instructions on AVX2.
    // A turn whose rounding is not decided ends the loop before its stores; the caller finishes it and comes back.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloat<TOp, TV>(ref float src, ref float dst, int n, int i) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - 4 * w; i += 4 * w)         // four independent vectors per turn: more work in flight
        {
            ref float s = ref Unsafe.Add(ref src, i);   // one address per turn, the vectors at constant offsets
            TV r0 = TOp.InvokeForNarrow(TV.LoadWidening(ref s));
            TV r1 = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref s, w)));
            TV r2 = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref s, 2 * w)));
            TV r3 = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref s, 3 * w)));
            if (!FloatBracket.TryStore(r0, r1, r2, r3, ref Unsafe.Add(ref dst, i))) break;
        }
        return i;
    }

    /// <summary>Two vectors per turn, for the kernels whose four copies would exceed the JIT's inlining budget.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloatTwo<TOp, TV>(ref float src, ref float dst, int n, int i) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - 2 * w; i += 2 * w)
        {
            ref float s = ref Unsafe.Add(ref src, i);
            TV r0 = TOp.InvokeForNarrow(TV.LoadWidening(ref s));
            TV r1 = TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref s, w)));
            if (!FloatBracket.TryStore(r0, r1, ref Unsafe.Add(ref dst, i))) break;
        }
        return i;
    }

    /// <summary>One vector per turn, for the kernels whose two copies would exceed the JIT's inlining budget (the
    /// unfused forms without FMA hardware); unlike the tail loop, it calls nothing.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MainFloatOne<TOp, TV>(ref float src, ref float dst, int n, int i) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
        {
            if (!FloatBracket.TryStore(TOp.InvokeForNarrow(TV.LoadWidening(ref Unsafe.Add(ref src, i))), ref Unsafe.Add(ref dst, i))) break;
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TailFloat<TOp, TV>(ref float src, ref float dst, int n, int i, TV last) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        for (; i <= n - w; i += w)
            BlockFloat<TOp, TV>(TV.LoadWidening(ref Unsafe.Add(ref src, i)), ref Unsafe.Add(ref dst, i));
        if (i < n)
            LastFloat<TOp, TV>(last, ref Unsafe.Add(ref dst, n - w));
    }

    /// <summary>The overlapping last vector, apart from the tail loop so that each method inlines one kernel copy.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LastFloat<TOp, TV>(TV last, ref float dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
        => BlockFloat<TOp, TV>(last, ref dst);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BlockFloat<TOp, TV>(TV x, ref float dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        TV r = TOp.InvokeForNarrow(x);
        if (!TV.StoreNarrowingIfSame(r * TV.Create(CorrectRounding.BracketUp), r * TV.Create(CorrectRounding.BracketDown), ref dst))
            FixFloat<TOp, TV>(x, r, ref dst);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FixFloat<TOp, TV>(TV x, TV r, ref float dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        for (int j = 0; j < TV.Count; j++)
        {
            double rj = TV.GetElement(r, j);
            if (BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketUp)) != BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketDown)))
                Unsafe.Add(ref dst, j) = CorrectRounding.ToFloat(TOp.Reference(TV.GetElement(x, j)));
        }
    }

    private static void LoopHalf<TOp, TV>(ref Half src, ref Half dst, int n) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        TV last = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, n - w));
        int i = 0;
        for (; i <= n - 2 * w; i += 2 * w)         // two independent vectors per turn: more work in flight
        {
            TV x0 = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, i)), x1 = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, i + w));
            TV h0 = HalfBits.RoundAwayFromMidpoints(TOp.InvokeForNarrow(x0), out TV band0);
            TV h1 = HalfBits.RoundAwayFromMidpoints(TOp.InvokeForNarrow(x1), out TV band1);
            TV.StoreHalfBits(h0, ref Unsafe.Add(ref dst, i));
            TV.StoreHalfBits(h1, ref Unsafe.Add(ref dst, i + w));
            if (HalfBits.AnyNearMidpoint(band0) | HalfBits.AnyNearMidpoint(band1))
            {
                FixHalf<TOp, TV>(x0, HalfBits.NearMidpoint(band0), ref Unsafe.Add(ref dst, i));
                FixHalf<TOp, TV>(x1, HalfBits.NearMidpoint(band1), ref Unsafe.Add(ref dst, i + w));
            }
        }
        for (; i <= n - w; i += w)
            BlockHalf<TOp, TV>(HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, i)), ref Unsafe.Add(ref dst, i));
        if (i < n)
            BlockHalf<TOp, TV>(last, ref Unsafe.Add(ref dst, n - w));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BlockHalf<TOp, TV>(TV x, ref Half dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        TV.StoreHalfBits(HalfBits.RoundAwayFromMidpoints(TOp.InvokeForNarrow(x), out TV band), ref dst);
        if (HalfBits.AnyNearMidpoint(band)) FixHalf<TOp, TV>(x, HalfBits.NearMidpoint(band), ref dst);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FixHalf<TOp, TV>(TV x, TV hard, ref Half dst) where TOp : IUnaryOperator where TV : struct, IDoubleLanes<TV>
    {
        for (int j = 0; j < TV.Count; j++)
            if (BitConverter.DoubleToInt64Bits(TV.GetElement(hard, j)) != 0)
                Unsafe.Add(ref dst, j) = CorrectRounding.ToHalf(TOp.Reference(TV.GetElement(x, j)));
    }
}
