using Sigmoid.Kernels;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The kernels' constants written as decimal literals (so that the JIT folds them into the loops) hold the values
/// their comments claim, checked against the project's multi-precision reference rather than against the literals.
/// </summary>
public class KernelConstantTests
{
    private static double RelativeError(BigFloat approximation, BigFloat exact) => Math.Abs(((approximation - exact) / exact).ToDouble());

    private static bool IsNearestDouble(double d, BigFloat exact)
        => Math.Abs((BigFloat.FromDouble(d) - exact).ToDouble()) <= (Math.BitIncrement(Math.Abs(d)) - Math.Abs(d)) / 2;

    [Fact]
    public void SiluDerivativeZeroIsTheRootOfOnePlusXPlusExpXTo150Bits()
    {
        BigFloat x0 = BigFloat.FromDouble(SiluDerivativeOperator.ZeroHi) + BigFloat.FromDouble(SiluDerivativeOperator.ZeroLo)
            + BigFloat.FromDouble(SiluDerivativeOperator.ZeroTail);
        BigFloat f = BigFloat.One + x0 + BigMath.Exp(x0);          // f′(x₀) = 1 + e^x₀ ≈ 1.28, so |f| bounds |x - x₀|
        Assert.True(Math.Abs(f.ToDouble()) < Math.ScaleB(1, -150), $"1 + x₀ + e^x₀ = {f.ToDouble():E3}");
        Assert.True(IsNearestDouble(SiluDerivativeOperator.ZeroHi, x0), "ZeroHi is not the double nearest x₀");
        Assert.True(IsNearestDouble(SiluDerivativeOperator.ExpZero, BigMath.Exp(x0)), "ExpZero is not the double nearest e^x₀");
    }

    [Fact]
    public void Ln2AndLog2EAreTheNearestDoubles()
    {
        Assert.True(IsNearestDouble(ExpCore.Ln2, BigMath.Ln2));
        Assert.True(IsNearestDouble(ExpCore.Log2E, BigFloat.One / BigMath.Ln2));
    }
}
