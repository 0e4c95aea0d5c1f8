using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>Running counts of one worker's share of a sweep; merged at the end.</summary>
internal sealed class ErrorTally
{
    public long Inputs, NanExpected, NotCorrectlyRounded, Undecided, RangeViolations, FiniteErrors;
    public long FlushedToZero;
    public double SumUlp, MaxUlp = -1, MaxUlpNormal;
    public double MismatchInput = double.NaN, MismatchLabel = double.NaN, MismatchResult = double.NaN, MismatchExpected = double.NaN;
    public double WorstInput = double.NaN, WorstLabel = double.NaN, WorstResult = double.NaN, WorstExpected = double.NaN;

    /// <summary>Records one input's outcome.</summary>
    public void Add(double input, double label, double result, double expected, double ulp, bool expectNaN, bool decided, bool inRange)
    {
        Inputs++;
        if (expectNaN) NanExpected++;
        if (!Rounding.SameResult(result, expected)) Mismatch(input, label, result, expected);
        if (result == 0 && expected != 0 && !double.IsNaN(expected)) FlushedToZero++;
        if (Math.Abs(expected) >= NormalThreshold && ulp > MaxUlpNormal) MaxUlpNormal = ulp;
        if (!decided) Undecided++;
        if (!inRange) RangeViolations++;
        if (double.IsFinite(ulp)) { SumUlp += ulp; FiniteErrors++; }
        if (ulp > MaxUlp || (ulp == MaxUlp && input < WorstInput))
        {
            MaxUlp = ulp;
            WorstInput = input; WorstLabel = label; WorstResult = result; WorstExpected = expected;
        }
    }

    /// <summary>The smallest normal of the format being measured (for <see cref="MaxUlpNormal"/>).</summary>
    public double NormalThreshold = double.Epsilon;

    /// <summary>Counts a result that is not the correctly rounded one and keeps the smallest such input as an example.</summary>
    public void Mismatch(double input, double label, double result, double expected)
    {
        NotCorrectlyRounded++;
        if (double.IsNaN(MismatchInput) || input < MismatchInput)
        {
            MismatchInput = input; MismatchLabel = label; MismatchResult = result; MismatchExpected = expected;
        }
    }

    /// <summary>Adds another tally into this one.</summary>
    public void Merge(ErrorTally o)
    {
        Inputs += o.Inputs; NanExpected += o.NanExpected; NotCorrectlyRounded += o.NotCorrectlyRounded;
        FlushedToZero += o.FlushedToZero;
        MaxUlpNormal = Math.Max(MaxUlpNormal, o.MaxUlpNormal);
        if (!double.IsNaN(o.MismatchInput) && (double.IsNaN(MismatchInput) || o.MismatchInput < MismatchInput))
        {
            MismatchInput = o.MismatchInput; MismatchLabel = o.MismatchLabel;
            MismatchResult = o.MismatchResult; MismatchExpected = o.MismatchExpected;
        }
        Undecided += o.Undecided; RangeViolations += o.RangeViolations; FiniteErrors += o.FiniteErrors; SumUlp += o.SumUlp;
        bool better = o.MaxUlp > MaxUlp
            || (o.MaxUlp == MaxUlp && !double.IsNaN(o.WorstInput) && (double.IsNaN(WorstInput) || o.WorstInput < WorstInput));
        if (better)
        {
            MaxUlp = o.MaxUlp; WorstInput = o.WorstInput; WorstLabel = o.WorstLabel;
            WorstResult = o.WorstResult; WorstExpected = o.WorstExpected;
        }
    }

    /// <summary>Range of the function: true when <paramref name="result"/> is inside it (NaN only where expected).</summary>
    public static bool InRange(SigmoidFunction f, double result, bool expectNaN)
    {
        if (double.IsNaN(result)) return expectNaN;
        return f switch
        {
            SigmoidFunction.Sigmoid => result >= 0 && result <= 1,
            SigmoidFunction.SigmoidDerivative => result >= 0 && result <= 0.25,
            SigmoidFunction.Softplus or SigmoidFunction.SoftplusBeta => result >= 0,
            SigmoidFunction.LogSigmoid => result <= 0,
            SigmoidFunction.BceWithLogits => result >= 0,
            // min x·σ(x) = -0.278465 (at x₀ ≈ -1.2785); silu' between -0.099841 and 1.099841 (at x ≈ ∓2.3994);
            // the bounds leave room for rounding to Half (ulp 2^-10 at 1.1)
            SigmoidFunction.Silu => result >= -0.279,
            SigmoidFunction.SiluDerivative => result >= -0.1 && result <= 1.101,
            _ => true,
        };
    }
}
