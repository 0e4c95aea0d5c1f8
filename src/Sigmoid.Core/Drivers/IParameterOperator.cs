using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// An element-wise function of one argument and one scalar parameter (softplus's β, logit's ε), as
/// <see cref="ParameterDriver"/> needs it; the parameter is validated by the public method before the driver runs.
/// </summary>
internal interface IParameterOperator
{
    /// <summary>The double result (within 1 ULP) for every lane of <paramref name="x"/>, the parameter broadcast.</summary>
    static abstract TV Invoke<TV>(TV x, TV parameter) where TV : struct, IDoubleLanes<TV>;

    /// <summary>A double approximation with relative error below 2^-45 and exact special values, for float and Half.</summary>
    static abstract TV InvokeForNarrow<TV>(TV x, TV parameter) where TV : struct, IDoubleLanes<TV>;

    /// <summary>The value in double-double for the rare float/Half lanes the fast result cannot round. Only called
    /// with finite float/Half arguments.</summary>
    static abstract DoubleDouble Reference(double x, double parameter);
}
