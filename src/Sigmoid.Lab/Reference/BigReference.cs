namespace Sigmoid.Lab.Reference;

/// <summary>
/// The sigmoid family on <see cref="BigFloat"/> (320 bits), written straight from the definitions (the unbounded
/// exponent and the precision make stabilising tricks unnecessary): σ = 1/(1+e^-x), σ' = e^-x/(1+e^-x)²,
/// logit = ln(p/(1-p)), BCE = max(z,0) - z·y + ln(1+e^-|z|), silu = x/(1+e^-x), silu' = σ(1 + x·e^-x·σ); softplus = ln(1+e^x) for x ≤ 0 and x + ln(1+e^-x)
/// above (only so that the clamp of exp's argument at 2^40 cannot touch it), ln σ(x) = -softplus(-x). Independent of <see cref="ReferenceFunctions"/>, which it validates.
/// Special inputs (NaN, ±∞, p ∉ (0,1)) return null: the caller handles them by their limits.
/// </summary>
public static class BigReference
{
    /// <summary>Relative error bound claimed for every finite result (the series run to 2^-336; 2^-250 leaves a wide margin).</summary>
    public static readonly double RelativeError = Math.ScaleB(1.0, -250);

    /// <summary>f(x) (and label y for BCE) for finite arguments inside the domain; null otherwise.</summary>
    public static BigFloat? Evaluate(SigmoidFunction function, double x, double y = 0)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y)) return null;
        BigFloat one = BigFloat.One;
        BigFloat bx = BigFloat.FromDouble(x);
        switch (function)
        {
            case SigmoidFunction.Sigmoid:
                return one / (one + BigMath.Exp(-bx));
            case SigmoidFunction.SigmoidDerivative:
            {
                BigFloat e = BigMath.Exp(-bx);
                BigFloat d = one + e;
                return e / (d * d);
            }
            case SigmoidFunction.Logit:
                if (x <= 0 || x >= 1) return null;
                return BigMath.Log(bx / (one - bx));
            case SigmoidFunction.LogSigmoid:
                return -Softplus(-bx);
            case SigmoidFunction.Softplus:
                return Softplus(bx);
            case SigmoidFunction.Silu:
                return bx / (one + BigMath.Exp(-bx));
            case SigmoidFunction.SiluDerivative:
                return SiluDerivative(bx);
            case SigmoidFunction.SiluBackward:
                return SiluDerivative(bx) * BigFloat.FromDouble(y);
            case SigmoidFunction.SoftplusBeta:
            {
                if (!(y > 0)) return null;
                BigFloat beta = BigFloat.FromDouble(y);
                return Softplus(beta * bx) / beta;
            }
            case SigmoidFunction.LogitEps:
            {
                if (!(y >= 0 && y <= 0.5)) return null;
                BigFloat eps = BigFloat.FromDouble(y);
                BigFloat q = x <= y ? eps : (one - bx).CompareTo(eps) <= 0 ? one - eps : bx;   // exact clamp
                if (q.Sign <= 0 || (one - q).Sign <= 0) return null;
                return BigMath.Log(q / (one - q));
            }
            default:
            {
                BigFloat by = BigFloat.FromDouble(y);
                BigFloat linear = (x > 0 ? bx : BigFloat.Zero) - bx * by;
                return linear + BigMath.Log1p(BigMath.Exp(-BigFloat.FromDouble(Math.Abs(x))));
            }
        }
    }

    /// <summary>σ(x)·(1 + x·σ(-x)) with σ(-x) = e^-x·σ(x); near its zero (x ≈ -1.2785) the sum cancels about 60 bits of 320.</summary>
    private static BigFloat SiluDerivative(BigFloat x)
    {
        BigFloat e = BigMath.Exp(-x);
        BigFloat s = BigFloat.One / (BigFloat.One + e);
        return s * (BigFloat.One + x * e * s);
    }

    private static BigFloat Softplus(BigFloat x) =>
        x.Sign > 0 ? x + BigMath.Log1p(BigMath.Exp(-x)) : BigMath.Log1p(BigMath.Exp(x));
}
