using System.Runtime.CompilerServices;
using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>How <see cref="ParameterDriver"/>'s loop reads one element type into double lanes, evaluates the
/// operator and writes the result back, rounded as the type needs.</summary>
internal interface IParameterElement<T> where T : unmanaged
{
    static abstract double Widen(T value);

    static abstract TV Load<TV>(ref T source) where TV : struct, IDoubleLanes<TV>;

    static abstract void Store<TOp, TV>(TV x, TV parameter, ref T destination) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>;
}

/// <summary>double: the operator's double kernel, stored as is.</summary>
internal readonly struct DoubleElement : IParameterElement<double>
{
    public static double Widen(double value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Load<TV>(ref double source) where TV : struct, IDoubleLanes<TV> => TV.Load(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TOp, TV>(TV x, TV parameter, ref double destination) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
        => TV.Store(TOp.Invoke(x, parameter), ref destination);
}

/// <summary>float: the narrow kernel rounded to float where the bracket decides, the other lanes from the reference.</summary>
internal readonly struct FloatElement : IParameterElement<float>
{
    public static double Widen(float value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Load<TV>(ref float source) where TV : struct, IDoubleLanes<TV> => TV.LoadWidening(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TOp, TV>(TV x, TV parameter, ref float destination) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        TV r = TOp.InvokeForNarrow(x, parameter);
        if (TV.StoreNarrowingIfSame(r * TV.Create(CorrectRounding.BracketUp), r * TV.Create(CorrectRounding.BracketDown), ref destination)) return;
        double p = TV.GetElement(parameter, 0);
        for (int j = 0; j < TV.Count; j++)
        {
            double rj = TV.GetElement(r, j);
            if (BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketUp)) != BitConverter.SingleToInt32Bits((float)(rj * CorrectRounding.BracketDown)))
                Unsafe.Add(ref destination, j) = CorrectRounding.ToFloat(TOp.Reference(TV.GetElement(x, j), p));
        }
    }
}

/// <summary>Half: the narrow kernel rounded away from Half midpoints, lanes near one from the reference.</summary>
internal readonly struct HalfElement : IParameterElement<Half>
{
    public static double Widen(Half value) => (double)value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Load<TV>(ref Half source) where TV : struct, IDoubleLanes<TV> => HalfBits.LoadWidening<TV>(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TOp, TV>(TV x, TV parameter, ref Half destination) where TOp : IParameterOperator where TV : struct, IDoubleLanes<TV>
    {
        TV.StoreHalfBits(HalfBits.RoundAwayFromMidpoints(TOp.InvokeForNarrow(x, parameter), out TV band), ref destination);
        if (!HalfBits.AnyNearMidpoint(band)) return;
        TV hard = HalfBits.NearMidpoint(band);
        double p = TV.GetElement(parameter, 0);
        for (int j = 0; j < TV.Count; j++)
            if (BitConverter.DoubleToInt64Bits(TV.GetElement(hard, j)) != 0)
                Unsafe.Add(ref destination, j) = CorrectRounding.ToHalf(TOp.Reference(TV.GetElement(x, j), p));
    }
}
