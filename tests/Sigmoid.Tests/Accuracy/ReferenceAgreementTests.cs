using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>The double-double reference against the independent 320-bit BigInteger one.</summary>
public class ReferenceAgreementTests
{
    private static IEnumerable<double> Inputs(SigmoidFunction f, int random)
    {
        foreach (double v in SpecialInputs.For(NumberFormat.Double)) yield return v;
        var rng = new Random(77 + (int)f);
        for (int i = 0; i < random; i++)
        {
            double v = (i % 4) switch
            {
                0 => -50 + 100 * rng.NextDouble(),
                1 => Math.ScaleB(1 + rng.NextDouble(), -rng.Next(1, 1075)) * (rng.Next(2) == 0 ? 1 : -1),
                2 => (rng.Next(2) == 0 ? 1 : -1) * (700 + 50 * rng.NextDouble()),
                _ => BitConverter.Int64BitsToDouble(rng.NextInt64()),
            };
            if (f is SigmoidFunction.SiluDerivative or SigmoidFunction.SiluBackward && i % 8 == 0)
                v = -1.2784645427610737 + (rng.Next(2) == 0 ? 1 : -1) * Math.ScaleB(1 + rng.NextDouble(), -rng.Next(1, 60)); // near the zero
            if (f.TakesProbability())
                v = (i % 4) switch
                {
                    0 => rng.NextDouble(),
                    1 => Math.Abs(v) < 1 ? Math.Abs(v) : rng.NextDouble(),
                    2 => 0.5 + (rng.NextDouble() - 0.5) * Math.ScaleB(1.0, -rng.Next(1, 50)),
                    _ => 1 - Math.ScaleB(1 + rng.NextDouble(), -rng.Next(2, 54)),
                };
            yield return v;
        }
    }

    [Theory]
    [InlineData(SigmoidFunction.Sigmoid)]
    [InlineData(SigmoidFunction.SigmoidDerivative)]
    [InlineData(SigmoidFunction.Logit)]
    [InlineData(SigmoidFunction.LogSigmoid)]
    [InlineData(SigmoidFunction.Softplus)]
    [InlineData(SigmoidFunction.BceWithLogits)]
    [InlineData(SigmoidFunction.Silu)]
    [InlineData(SigmoidFunction.SiluDerivative)]
    [InlineData(SigmoidFunction.SiluBackward)]
    [InlineData(SigmoidFunction.SoftplusBeta)]
    [InlineData(SigmoidFunction.LogitEps)]
    public void DoubleDoubleAgreesWithBigFloat(SigmoidFunction f)
    {
        int checkedCount = 0;
        var labels = f switch
        {
            SigmoidFunction.SoftplusBeta => new double[] { 1, 0.5, 3, 1e-300, 1e300, 0.123456789 },      // β
            SigmoidFunction.LogitEps => new double[] { 0, 1e-6, 0.01, 0.25, 0.5, 0.123456789 },       // ε
            _ => new double[] { 0, 1, 0.5, 0.3, 0.875, 0.123456789 },
        };
        int index = 0;
        foreach (double x in Inputs(f, 700))
        {
            double y = labels[index++ % labels.Length];
            BigFloat? big = BigReference.Evaluate(f, x, y);
            if (big is not { } b) continue; // special inputs: limits, checked elsewhere
            ScaledValue dd = ReferenceFunctions.Evaluate(f, x, y, out bool exact);
            Assert.Equal(ValueKind.Finite, dd.Kind);
            if (b.IsZero) { Assert.Equal(0.0, dd.Mantissa.Hi); continue; }
            // relative difference, computed in BigFloat
            BigFloat ddBig = (BigFloat.FromDouble(dd.Mantissa.Hi) + BigFloat.FromDouble(dd.Mantissa.Lo)).ScaleB(dd.Scale);
            BigFloat relative = (ddBig - b) / b;
            double rel = Math.Abs(relative.ToDouble());
            // both clamp exp's argument (double-double at 2^20, BigFloat at 2^40): beyond, only roundings are compared
            bool clamped = Math.Abs(f == SigmoidFunction.SoftplusBeta ? x * y : x) > 1 << 19;   // softplus_β's exp argument is βx
            Assert.True(rel <= Tolerances.ReferenceAgreement || clamped,
                $"{f}({x:R}, y={y}) double-double {dd} vs BigFloat {b}: relative difference {rel:E3}");
            foreach (var format in new[] { NumberFormat.Double, NumberFormat.Float, NumberFormat.Half })
            {
                double viaDd = ReferenceFunctions.CorrectlyRounded(f, x, y, format, out _, out bool decided);
                Assert.True(decided);
                if (b.TryRoundTo(format, BigReference.RelativeError, out double viaBig))
                    Assert.True(Rounding.SameResult(viaDd, viaBig), $"{f}({x:R}, y={y}) to {format.Name}: {viaDd:R} vs {viaBig:R}");
                else // BigFloat dropped a term below 2^-640 from an exact midpoint; double-double kept its sign as the tail
                    Assert.True(exact && dd.Tail != 0, $"{f}({x:R}, y={y}) to {format.Name}: BigFloat undecided, double-double not exact");
            }
            checkedCount++;
        }
        Assert.True(checkedCount > 600, $"only {checkedCount} inputs compared");
    }

    [Fact]
    public void FloatEstimateStaysWithinItsClaimedBound()
    {
        // the fast tier of the exhaustive float sweep, on 40 000 float inputs per function over every binade
        var rng = new Random(4242);
        foreach (SigmoidFunction f in Enum.GetValues<SigmoidFunction>())
            for (int i = 0; i < 40_000; i++)
            {
                float x = BitConverter.Int32BitsToSingle(rng.Next() | (rng.Next(2) << 31));
                if (f == SigmoidFunction.Logit) x = Math.Abs(x) <= 1 ? Math.Abs(x) : (float)rng.NextDouble();
                float y = LabelSet.For((ulong)i);
                double estimate = FloatEstimate.Evaluate(f, x, y);
                ScaledValue v = ReferenceFunctions.Evaluate(f, x, y, out _);
                if (v.Kind != ValueKind.Finite) { Assert.Equal(v.ToDouble(), estimate); continue; }
                double exact = v.ToDouble();
                double allowed = Math.Abs(exact) * FloatEstimate.RelativeBound + FloatEstimate.AbsoluteBound;
                // beyond double's range the value is compared in double-double at its own scale
                double diff = Math.Abs((v.Mantissa - (DoubleDouble)Math.ScaleB(estimate, -v.Scale)).ToDouble());
                double scaledAllowed = Math.Abs(v.Mantissa.Hi) * FloatEstimate.RelativeBound + Math.ScaleB(FloatEstimate.AbsoluteBound, -v.Scale);
                Assert.True(diff <= scaledAllowed || Math.Abs(estimate - exact) <= allowed,
                    $"{f}({x:R}, y={y}): estimate {estimate:R}, reference {v}");
            }
    }
}
