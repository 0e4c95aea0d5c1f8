using Sigmoid.Lab.Accuracy;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Tests.Accuracy;

/// <summary>
/// The accuracy contract of <c>Logistic</c>, measured through the span API by the engine of
/// <c>sigmoid accuracy</c>: every Half, a strided slice of float (every 4099th pattern plus the specials) and
/// 2·10^5 sampled doubles, against the project's own reference.
/// </summary>
public class LibraryAccuracyTests
{
    public static TheoryData<SigmoidFunction> Functions() => new(Enum.GetValues<SigmoidFunction>());

    private static void AssertContract(AccuracyResult r, NumberFormat format)
    {
        string where = $"{r.Function.CliName()} {r.Type}: worst x = {r.WorstInput:R} ({format.Hex(r.WorstInput)}) gave {r.WorstResult:R}, correctly rounded {r.WorstExpected:R}"
            + (double.IsNaN(r.MismatchInput) ? "" : $"; first not correctly rounded: x = {r.MismatchInput:R} ({format.Hex(r.MismatchInput)}) gave {r.MismatchResult:R} ({format.Hex(r.MismatchResult)}), correctly rounded {r.MismatchExpected:R} ({format.Hex(r.MismatchExpected)})");
        Assert.True(r.RangeViolations == 0, $"{r.RangeViolations} results out of range; {where}");
        Assert.Equal(0, r.Undecided);
        if (format == NumberFormat.Double)
        {
            Assert.True(r.MaxUlp <= Tolerances.DoubleMaxUlp, $"max {r.MaxUlp} ULP; {where}");
            return;
        }
        if (!AccuracyContract.IsCorrectlyRounded(r.Function))
        {
            Assert.True(r.MaxUlp <= Tolerances.BceSmallFormatMaxUlp, $"max {r.MaxUlp} ULP; {where}");
            return;
        }
        long allowed = Tolerances.AllowedNotCorrectlyRounded(r.Function, format);
        Assert.True(r.NotCorrectlyRounded <= allowed, $"{r.NotCorrectlyRounded} of {r.Inputs} not correctly rounded (allowed {allowed}); {where}");
        double maxUlp = allowed == 0 ? Tolerances.CorrectlyRoundedUlp : 1.0;
        Assert.True(r.MaxUlp <= maxUlp, $"max {r.MaxUlp} ULP; {where}");
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void EveryHalfIsCorrectlyRounded(SigmoidFunction f) =>
        AssertContract(AccuracyEngine.MeasureHalf(Candidates.Library(f)), NumberFormat.Half);

    [Theory]
    [MemberData(nameof(Functions))]
    public void StridedFloatSliceIsCorrectlyRounded(SigmoidFunction f)
    {
        var r = AccuracyEngine.MeasureFloat(Candidates.Library(f), stride: 4099);
        Assert.True(r.Inputs > 1_000_000);
        AssertContract(r, NumberFormat.Float);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void SampledDoubleIsWithinOneUlp(SigmoidFunction f) =>
        AssertContract(AccuracyEngine.MeasureDouble(Candidates.Library(f), samples: 200_000), NumberFormat.Double);

    [Fact]
    public void TheEngineCatchesAKnownFlawInAPeer()
    {
        // TensorPrimitives.Sigmoid(float) returns 0 where σ is a nonzero subnormal (x ∈ [-103.97, -88.72]):
        // the engine must see it, or it could not be trusted to pass the library either.
        var peer = Candidates.Peers(SigmoidFunction.Sigmoid).First(c => c.Name == "TensorPrimitives");
        var r = AccuracyEngine.MeasureFloat(peer, stride: 65537);
        Assert.True(r.NotCorrectlyRounded > 0);
        Assert.True(r.MaxUlp > 1000, $"max {r.MaxUlp}");
        Assert.InRange(r.WorstInput, -104.0, -88.0);
    }
}
