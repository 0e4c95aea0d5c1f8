using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// The one place that loops for functions of one argument and one scalar parameter: validates the spans, splits long
/// spans across threads when the call opted in (<see cref="ParallelSplit"/>), picks the lane width, runs full vectors
/// and finishes with one overlapping last vector loaded before the loop (in-place safe). One loop serves the three
/// element types; how a type is loaded into double lanes and stored back is its <see cref="IParameterElement{T}"/>.
/// float and Half lanes are rounded as in <see cref="UnaryDriver"/>: decided by the bracket or the Half midpoint
/// test, the rest recomputed from <see cref="IParameterOperator.Reference"/>. No allocation on the calling thread
/// except what <see cref="Parallel.For(int,int,ParallelOptions,Action{int})"/> needs on the split path.
/// </summary>
internal static unsafe class ParameterDriver
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
        where TOp : IParameterOperator => Run<TOp, double, DoubleElement>(x, parameter, destination, xName, destinationName);

    public static void Run<TOp>(ReadOnlySpan<float> x, float parameter, Span<float> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IParameterOperator => Run<TOp, float, FloatElement>(x, parameter, destination, xName, destinationName);

    public static void Run<TOp>(ReadOnlySpan<Half> x, Half parameter, Span<Half> destination,
        [CallerArgumentExpression(nameof(x))] string xName = "x", [CallerArgumentExpression(nameof(destination))] string destinationName = "destination")
        where TOp : IParameterOperator => Run<TOp, Half, HalfElement>(x, parameter, destination, xName, destinationName);

    private static void Run<TOp, T, TE>(ReadOnlySpan<T> x, T parameter, Span<T> destination, string xName, string destinationName)
        where TOp : IParameterOperator where T : unmanaged where TE : IParameterElement<T>
    {
        SpanContract.Check(x, destination, xName, destinationName);
        if (x.IsEmpty) return;
        if (ParallelSplit.ShouldSplit(x.Length)) ParallelSplit.Run(x, parameter, destination, &Serial<TOp, T, TE>);
        else Serial<TOp, T, TE>(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(destination), x.Length, parameter);
    }

    private static void Serial<TOp, T, TE>(ref T src, ref T dst, int n, T parameter)
        where TOp : IParameterOperator where T : unmanaged where TE : IParameterElement<T>
    {
        switch (LaneDispatch.Choose(n))
        {
            case SimdPath.Vector512: Loop<TOp, T, TE, Vector512Lanes>(ref src, ref dst, n, parameter); break;
            case SimdPath.Vector256: Loop<TOp, T, TE, Vector256Lanes>(ref src, ref dst, n, parameter); break;
            case SimdPath.Vector128: Loop<TOp, T, TE, Vector128Lanes>(ref src, ref dst, n, parameter); break;
            default: Loop<TOp, T, TE, ScalarLanes>(ref src, ref dst, n, parameter); break;
        }
    }

    // ---------------------------------------------------------------- the loop (n ≥ TV.Count)
    private static void Loop<TOp, T, TE, TV>(ref T src, ref T dst, int n, T parameter)
        where TOp : IParameterOperator where T : unmanaged where TE : IParameterElement<T> where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count, i = 0;
        TV p = TV.Create(TE.Widen(parameter));
        TV last = TE.Load<TV>(ref Unsafe.Add(ref src, n - w));          // before any store: in place stays correct
        for (; i <= n - w; i += w)
            TE.Store<TOp, TV>(TE.Load<TV>(ref Unsafe.Add(ref src, i)), p, ref Unsafe.Add(ref dst, i));
        if (i < n)
            TE.Store<TOp, TV>(last, p, ref Unsafe.Add(ref dst, n - w));
    }
}
