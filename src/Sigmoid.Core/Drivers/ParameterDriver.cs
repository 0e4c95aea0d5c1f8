using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// The one place that loops for functions of one argument and one scalar parameter: validates the spans, picks the
/// lane width, runs full vectors and finishes with one overlapping last vector loaded before the loop (in-place safe).
/// float and Half lanes are rounded as in <see cref="UnaryDriver"/>: decided by the bracket or the Half midpoint
/// test, the rest recomputed from <see cref="IParameterOperator.Reference"/>. Always on the calling thread (these
/// functions are not split across cores), and without allocation.
/// </summary>
internal static class ParameterDriver
{
    // ---------------------------------------------------------------- scalars (the specification)
    public static double One<TOp>(double x, double parameter) where TOp : IParameterOperator =>
        TOp.Invoke(new ScalarLanes(x), new ScalarLanes(parameter)).V;

    public static float One<TOp>(float x, float parameter) where TOp : IParameterOperator
    {
        ScalarLanes r = TOp.InvokeForNarrow(new ScalarLanes(x), new ScalarLanes(parameter));
        float result = 0;
        bool decided = ScalarLanes.StoreNarrowingIfSame(r * ScalarLanes.Create(CorrectRounding.BracketUp), r * ScalarLanes.Create(CorrectRounding.BracketDown), ref result);
        return decided ? result : CorrectRounding.ToFloat(TOp.Reference(x, parameter));
    }

    public static Half One<TOp>(Half x, Half parameter) where TOp : IParameterOperator
    {
        ScalarLanes r = TOp.InvokeForNarrow(new ScalarLanes((double)x), new ScalarLanes((double)parameter));
        return ScalarLanes.Any(CorrectRounding.NearHalfMidpoint(r))
            ? CorrectRounding.ToHalf(TOp.Reference((double)x, (double)parameter))
            : CorrectRounding.RoundToHalf(r.V);
    }

    // ---------------------------------------------------------------- spans
    public static void Run<TOp>(ReadOnlySpan<double> x, double parameter, Span<double> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IParameterOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        ref double src = ref MemoryMarshal.GetReference(x);
        ref double dst = ref MemoryMarshal.GetReference(destination);
        switch (LaneDispatch.Choose(x.Length))
        {
            case SimdPath.Vector512: LoopDouble<TOp, Vector512Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector256: LoopDouble<TOp, Vector256Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector128: LoopDouble<TOp, Vector128Lanes>(ref src, ref dst, x.Length, parameter); break;
            default: LoopDouble<TOp, ScalarLanes>(ref src, ref dst, x.Length, parameter); break;
        }
    }

    public static void Run<TOp>(ReadOnlySpan<float> x, float parameter, Span<float> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IParameterOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        ref float src = ref MemoryMarshal.GetReference(x);
        ref float dst = ref MemoryMarshal.GetReference(destination);
        switch (LaneDispatch.Choose(x.Length))
        {
            case SimdPath.Vector512: LoopFloat<TOp, Vector512Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector256: LoopFloat<TOp, Vector256Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector128: LoopFloat<TOp, Vector128Lanes>(ref src, ref dst, x.Length, parameter); break;
            default: LoopFloat<TOp, ScalarLanes>(ref src, ref dst, x.Length, parameter); break;
        }
    }

    public static void Run<TOp>(ReadOnlySpan<Half> x, Half parameter, Span<Half> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IParameterOperator
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        ref Half src = ref MemoryMarshal.GetReference(x);
        ref Half dst = ref MemoryMarshal.GetReference(destination);
        switch (LaneDispatch.Choose(x.Length))
        {
            case SimdPath.Vector512: LoopHalf<TOp, Vector512Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector256: LoopHalf<TOp, Vector256Lanes>(ref src, ref dst, x.Length, parameter); break;
            case SimdPath.Vector128: LoopHalf<TOp, Vector128Lanes>(ref src, ref dst, x.Length, parameter); break;
            default: LoopHalf<TOp, ScalarLanes>(ref src, ref dst, x.Length, parameter); break;
        }
    }

    // ---------------------------------------------------------------- loops (n ≥ TV.Count)
    private static void LoopDouble<TOp, TV>(ref double src, ref double dst, int n, double parameter)
        where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        TV p = TV.Create(parameter);
        TV last = TV.Load(ref Unsafe.Add(ref src, n - w));          // before any store: in place stays correct
        for (; i <= n - w; i += w)
            TV.Store(TOp.Invoke(TV.Load(ref Unsafe.Add(ref src, i)), p), ref Unsafe.Add(ref dst, i));
        if (i < n)
            TV.Store(TOp.Invoke(last, p), ref Unsafe.Add(ref dst, n - w));
    }

    private static void LoopFloat<TOp, TV>(ref float src, ref float dst, int n, float parameter)
        where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        TV p = TV.Create(parameter);
        TV last = TV.LoadWidening(ref Unsafe.Add(ref src, n - w));
        for (; i <= n - w; i += w)
            BlockFloat<TOp, TV>(TV.LoadWidening(ref Unsafe.Add(ref src, i)), p, ref Unsafe.Add(ref dst, i));
        if (i < n)
            BlockFloat<TOp, TV>(last, p, ref Unsafe.Add(ref dst, n - w));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BlockFloat<TOp, TV>(TV x, TV p, ref float dst) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        TV r = TOp.InvokeForNarrow(x, p);
        if (TV.StoreNarrowingIfSame(r * TV.Create(CorrectRounding.BracketUp), r * TV.Create(CorrectRounding.BracketDown), ref dst)) return;
        double parameter = TV.GetElement(p, 0);
        for (int j = 0; j < TV.Count; j++)
        {
            double rj = TV.GetElement(r, j);
            if (BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketUp)) != BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketDown)))
                Unsafe.Add(ref dst, j) = CorrectRounding.ToFloat(TOp.Reference(TV.GetElement(x, j), parameter));
        }
    }

    private static void LoopHalf<TOp, TV>(ref Half src, ref Half dst, int n, Half parameter)
        where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        TV p = TV.Create((double)parameter);
        TV last = HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, n - w));
        for (; i <= n - w; i += w)
            BlockHalf<TOp, TV>(HalfBits.LoadWidening<TV>(ref Unsafe.Add(ref src, i)), p, ref Unsafe.Add(ref dst, i));
        if (i < n)
            BlockHalf<TOp, TV>(last, p, ref Unsafe.Add(ref dst, n - w));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BlockHalf<TOp, TV>(TV x, TV p, ref Half dst) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        TV.StoreHalfBits(HalfBits.RoundAwayFromMidpoints(TOp.InvokeForNarrow(x, p), out TV band), ref dst);
        if (!HalfBits.AnyNearMidpoint(band)) return;
        TV hard = HalfBits.NearMidpoint(band);
        double parameter = TV.GetElement(p, 0);
        for (int j = 0; j < TV.Count; j++)
            if (BitConverter.DoubleToInt64Bits(TV.GetElement(hard, j)) != 0)
                Unsafe.Add(ref dst, j) = CorrectRounding.ToHalf(TOp.Reference(TV.GetElement(x, j), parameter));
    }
}
