using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// What one measurement found: one candidate, one function, one format, one input set. ULP errors follow the
/// definition in <see cref="Rounding"/> (ULP of the exact value's binade, subnormal spacing below the normal range).
/// </summary>
public sealed record AccuracyResult
{
    /// <summary>Candidate name (<c>Sigmoid</c> for this library).</summary>
    public required string Candidate { get; init; }
    /// <summary>True for this library.</summary>
    public required bool IsLibrary { get; init; }
    /// <summary>The function.</summary>
    public required SigmoidFunction Function { get; init; }
    /// <summary>The format's name.</summary>
    public required string Type { get; init; }
    /// <summary>How the inputs were chosen (e.g. <c>exhaustive</c>, <c>stride 4099</c>, <c>1000000 samples</c>).</summary>
    public required string Mode { get; init; }
    /// <summary>Inputs evaluated, NaN-expected ones included.</summary>
    public long Inputs { get; init; }
    /// <summary>Inputs whose exact result is NaN (checked for a NaN output).</summary>
    public long NanExpected { get; init; }
    /// <summary>Results that differ from the correctly rounded one (bitwise; NaN matches NaN), NaN cases included.</summary>
    public long NotCorrectlyRounded { get; init; }
    /// <summary>Where the correct rounding could not be decided even with 320 bits (best guess used; expected 0).</summary>
    public long Undecided { get; init; }
    /// <summary>Results outside the function's mathematical range (σ ∉ [0,1], σ' ∉ [0,¼], softplus &lt; 0, ln σ &gt; 0, BCE &lt; 0).</summary>
    public long RangeViolations { get; init; }
    /// <summary>Largest error in ULPs (+∞ when a finite exact value got an infinite or NaN result or the reverse).</summary>
    public double MaxUlp { get; init; }
    /// <summary>Largest error in ULPs among inputs whose correctly rounded result is a normal number (or ±∞).</summary>
    public double MaxUlpNormal { get; init; }
    /// <summary>Results that are zero where the correctly rounded result is not (flush of subnormal or tiny results).</summary>
    public long FlushedToZero { get; init; }
    /// <summary>The smallest input whose result is not the correctly rounded one (NaN if none).</summary>
    public double MismatchInput { get; init; } = double.NaN;
    /// <summary>Its label (BCE only).</summary>
    public double MismatchLabel { get; init; } = double.NaN;
    /// <summary>What the candidate returned there.</summary>
    public double MismatchResult { get; init; } = double.NaN;
    /// <summary>The correctly rounded result there.</summary>
    public double MismatchExpected { get; init; } = double.NaN;
    /// <summary>Mean error in ULPs over the inputs with a finite error.</summary>
    public double MeanUlp { get; init; }
    /// <summary>The input with the largest error (NaN if none).</summary>
    public double WorstInput { get; init; } = double.NaN;
    /// <summary>The label of the worst input (BCE only).</summary>
    public double WorstLabel { get; init; } = double.NaN;
    /// <summary>What the candidate returned there.</summary>
    public double WorstResult { get; init; } = double.NaN;
    /// <summary>The correctly rounded result there.</summary>
    public double WorstExpected { get; init; } = double.NaN;
    /// <summary>Wall time of the measurement.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Share of inputs whose result is the correctly rounded one.</summary>
    public double ShareCorrectlyRounded => Inputs == 0 ? 1 : 1.0 - (double)NotCorrectlyRounded / Inputs;
}
