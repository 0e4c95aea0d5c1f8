using CsCheck;
using Sigmoid.Lab.Reference;
using Sigmoid.Tests.Accuracy;

namespace Sigmoid.Tests.Properties;

/// <summary>Identities of SiLU and its derivative as CsCheck properties (fixed seeds), and its zero.</summary>
public class SiluPropertyTests
{
    private const string Seed = "0000000000NN";
    private const long Iterations = 20_000;

    private static double Ulp(double v)
    {
        double a = Math.Abs(v);
        return Math.ScaleB(1.0, Math.Max(a == 0 ? -1022 : Math.ILogB(a), -1022) - 52);
    }

    [Fact]
    public void SiluOfXMinusSiluOfMinusXIsX()
    {
        // x·σ(x) - (-x)·σ(-x) = x·(σ(x) + σ(-x)) = x. Each silu within 1 ULP of values ≤ |x|: the difference of the
        // two results lies within 2 ULP of |x| (plus one rounding of the subtraction) of x.
        Gen.Double[-40, 40].Sample(x =>
        {
            double d = Logistic.Silu(x) - Logistic.Silu(-x);
            Assert.True(Math.Abs(d - x) <= 3 * Ulp(x), $"x = {x:R}: silu(x) - silu(-x) = {d:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        // float: both correctly rounded, difference formed exactly in double: within one float ULP of x
        Gen.Float[-40f, 40f].Sample(x =>
        {
            double d = (double)Logistic.Silu(x) - Logistic.Silu(-x);
            Assert.True(Math.Abs(d - x) <= MathF.BitIncrement(Math.Abs(x)) - Math.Abs(x), $"x = {x:R}: silu(x) - silu(-x) = {d:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void SiluIsXTimesTheCorrectlyRoundedSigmoidUpToOneRounding()
    {
        // silu(x) and x·σ(x) in double differ by the roundings of σ (½ ULP) and of the product (½ ULP) at most,
        // plus silu's own 1 ULP: 2 ULP of the result in all.
        Gen.Double[-700, 700].Sample(x =>
        {
            double s = Logistic.Silu(x), p = x * Logistic.Sigmoid(x);
            Assert.True(Math.Abs(s - p) <= 2 * Ulp(s), $"x = {x:R}: silu {s:R}, x·σ(x) {p:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void DerivativeMatchesCentralDifferencesOfSilu()
    {
        // (silu(x+h) - silu(x-h))/2h in double-double from the reference, h = 2^-20: truncation h²·|silu'''|/6 < 2^-42,
        // so the library's derivative must agree to 2^-30 absolute (far above its 1 ULP, far below any real error).
        Gen.Double[-30, 30].Sample(x =>
        {
            double h = Math.ScaleB(1.0, -20);
            ScaledValue up = ReferenceFunctions.Evaluate(SigmoidFunction.Silu, x + h);
            ScaledValue down = ReferenceFunctions.Evaluate(SigmoidFunction.Silu, x - h);
            double numeric = (up.Mantissa.ScaleB(up.Scale) - down.Mantissa.ScaleB(down.Scale)).ToDouble() / (2 * h); // difference in double-double
            Assert.True(Math.Abs(Logistic.SiluDerivative(x) - numeric) <= Math.ScaleB(1.0, -30), $"x = {x:R}: {Logistic.SiluDerivative(x):R} vs {numeric:R}");
        }, seed: Seed, iter: 2_000, threads: 1);
    }

    [Fact]
    public void BackwardIsDerivativeTimesGradient()
    {
        // float: silu'(x) in double times dy, rounded to double and then to float; the library forms the product from
        // a double-double derivative, so the two agree within 1 float ULP (they differ only by a double rounding).
        Gen.Select(Gen.Float[-20f, 20f], Gen.Float[-4f, 4f]).Sample((x, dy) =>
        {
            float b = Logistic.SiluBackward(x, dy);
            float p = (float)(Logistic.SiluDerivative((double)x) * dy);
            Assert.True(Math.Abs(b - p) <= MathF.BitIncrement(Math.Abs(p)) - Math.Abs(p), $"x = {x:R}, dy = {dy:R}: {b:R} vs {p:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
        Gen.Select(Gen.Double[-700, 700], Gen.Double[-4, 4]).Sample((x, dy) =>
        {
            double b = Logistic.SiluBackward(x, dy), p = Logistic.SiluDerivative(x) * dy;
            Assert.True(Math.Abs(b - p) <= 2 * Ulp(p), $"x = {x:R}, dy = {dy:R}: {b:R} vs {p:R}");
        }, seed: Seed, iter: Iterations, threads: 1);
    }

    [Fact]
    public void DerivativeChangesSignExactlyAtItsZero()
    {
        // x₀ = -1 - W(1/e) = -1.27846454276107379510935873902298… : the two doubles around it (x₀ rounds to
        // -1.2784645427610737, which lies above x₀) give opposite signs, and both are within 1 ULP of the reference
        // though 1 + x·σ(-x) cancels 52 bits there.
        double above = -1.2784645427610737, below = Math.BitDecrement(above);
        Assert.True(Logistic.SiluDerivative(above) > 0 && Logistic.SiluDerivative(below) < 0,
            $"silu'({above:R}) = {Logistic.SiluDerivative(above):R}, silu'({below:R}) = {Logistic.SiluDerivative(below):R}");
        foreach (double x in new[] { above, below, Math.BitIncrement(above), Math.BitDecrement(below) })
        {
            ReferenceFunctions.CorrectlyRounded(SigmoidFunction.SiluDerivative, x, 0, NumberFormat.Double, out ScaledValue exact, out _);
            double ulp = Rounding.UlpError(Logistic.SiluDerivative(x), exact, NumberFormat.Double);
            Assert.True(ulp <= Tolerances.DoubleMaxUlp, $"silu'({x:R}) = {Logistic.SiluDerivative(x):R}: {ulp} ULP");
        }
        float fAbove = -1.2784644f, fBelow = -1.2784646f;
        Assert.True(Logistic.SiluDerivative(fAbove) > 0 && Logistic.SiluDerivative(fBelow) < 0);
    }
}
