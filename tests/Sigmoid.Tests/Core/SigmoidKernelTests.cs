using Sigmoid.Drivers;
using Sigmoid.Lab.Reference;
using Sigmoid.Lanes;

using static Sigmoid.Tests.Core.LaneHarness;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The fast float/Half kernels built on the Padé ratio of e^-x (σ, σ′, SiLU, SiLU′), on every lane width, against the
/// lab's independent reference: each narrow kernel's double result to 2^-45 relative — the bound the correct-rounding
/// margin (2^-41) rests on, which the exhaustive sweeps could only see once an error exceeded the margin itself.
/// </summary>
public class SigmoidKernelTests
{
    /// <summary>Relative error the narrow kernels must stay below (16× inside the rounding bracket).</summary>
    private static readonly double NarrowBound = Math.ScaleB(1, -45);

    public static TheoryData<string> NarrowFunctions => ["sigmoid", "sigmoid-derivative", "silu", "silu-derivative"];

    /// <summary>x₀ = -1.27846…, where SiLU′ crosses zero.</summary>
    private const double SiluDerivativeZero = -1.2784645427610737;

    private static (SigmoidFunction Function, double[] Inputs) Case(string name)
    {
        // Every binade of float magnitudes below 2^7, both signs; uniform floats up to ±110; floats next to the
        // points (k + ½)·ln 2, where the reduced argument is largest and k may round either way; the subnormal-result
        // range of σ (x from -104 to -87).
        double[] common = [.. LogUniformFloats(12000, -40, 7, true, 41), .. Uniform(8000, -110, 110, 42).Select(v => (double)(float)v),
            .. Enumerable.Range(-150, 301).SelectMany(k => { float h = (float)((k + 0.5) * Math.Log(2)); return new double[] { h, MathF.BitDecrement(h), MathF.BitIncrement(h) }; }),
            .. Uniform(2000, -104, -87, 43).Select(v => (double)(float)v), 0, 1e-30, -1e-30];
        return name switch
        {
            "sigmoid" => (SigmoidFunction.Sigmoid, common),
            "sigmoid-derivative" => (SigmoidFunction.SigmoidDerivative, common),
            // SiLU and SiLU′ give -0 (or 1) outright beyond ±120, where the value is below 2^-166 (or within it of 1)
            "silu" => (SigmoidFunction.Silu, [.. common.Where(v => Math.Abs(v) <= 120)]),
            // and SiLU′ also near its zero x₀: floats next to it and at the edges of the ¼ window of its expansion,
            // where the cancellation in 1 + x + e^x is largest outside it
            _ => (SigmoidFunction.SiluDerivative, [.. common.Where(v => Math.Abs(v) <= 120),
                .. Enumerable.Range(-2000, 4001).Select(k => (double)MathF.BitIncrement((float)SiluDerivativeZero + k * 1e-7f)),
                .. new[] { -0.25, 0.25 }.SelectMany(w => Enumerable.Range(-500, 1001).Select(k => (double)(float)(SiluDerivativeZero + w + k * 1e-6)))]),
        };
    }

    private static (string Path, double[] Result)[] OnEveryPath<TOp>(double[] x) where TOp : IUnaryOperator
        => [.. LaneHarness.OnEveryPath(x, TOp.InvokeForNarrow, TOp.InvokeForNarrow, TOp.InvokeForNarrow, TOp.InvokeForNarrow)];

    [Theory]
    [MemberData(nameof(NarrowFunctions))]
    public void NarrowKernelIsWithin2PowMinus45OfTheReferenceOnEveryPath(string name)
    {
        var (function, x) = Case(name);
        AssertWithinReference(name, function, x, NarrowBound, name switch
        {
            "sigmoid" => OnEveryPath<SigmoidOperator>(x),
            "sigmoid-derivative" => OnEveryPath<SigmoidDerivativeOperator>(x),
            "silu" => OnEveryPath<SiluOperator>(x),
            _ => OnEveryPath<SiluDerivativeOperator>(x),
        });
    }
}
