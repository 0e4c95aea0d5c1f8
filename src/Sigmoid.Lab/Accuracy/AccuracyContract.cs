using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// The accuracy contract of <c>Sigmoid.Logistic</c> (README, Accuracy), as a check of an <see cref="AccuracyResult"/>:
/// float and Half correctly rounded on every input for σ, σ', logit, ln σ and softplus — or, where the library's
/// docs state an exception, at most <see cref="DocumentedNotCorrectlyRounded"/> inputs and never above 1 ULP;
/// BCE-with-logits within 1 ULP in float and Half; every double function within 1 ULP; no range violation and NaN
/// exactly where the exact result is NaN, everywhere. Peers are measured but not held to it.
/// </summary>
public static class AccuracyContract
{
    /// <summary>
    /// Inputs of the exhaustive sweeps on which the library's docs say the result is not correctly rounded
    /// (function, type) → count; absent means zero.
    /// </summary>
    public static readonly IReadOnlyDictionary<(SigmoidFunction, string), long> DocumentedNotCorrectlyRounded =
        new Dictionary<(SigmoidFunction, string), long>();

    /// <summary>The largest error in ULPs the contract allows for a result that is not correctly rounded.</summary>
    public const double MaxUlp = 1.0;

    /// <summary>True for the functions whose float and Half results are correctly rounded; the two-argument
    /// products (BCE-with-logits, the SiLU backward pass) are computed in double and rounded once more, within 1 ULP.</summary>
    public static bool IsCorrectlyRounded(SigmoidFunction function) =>
        function is not (SigmoidFunction.BceWithLogits or SigmoidFunction.SiluBackward);

    /// <summary>Reasons the result breaks the contract (empty when it holds or the candidate is a peer).</summary>
    public static IReadOnlyList<string> Violations(AccuracyResult r)
    {
        var problems = new List<string>();
        if (!r.IsLibrary) return problems;
        string where = $"{r.Function.CliName()} {r.Type}";
        if (r.RangeViolations > 0) problems.Add($"{where}: {r.RangeViolations} results outside the function's range");
        if (!(r.MaxUlp <= MaxUlp))
            problems.Add($"{where}: max error {r.MaxUlp:G4} ULP > {MaxUlp} at x = {r.WorstInput:R}");
        bool mustRound = r.Type != NumberFormat.Double.Name && IsCorrectlyRounded(r.Function);
        if (mustRound)
        {
            DocumentedNotCorrectlyRounded.TryGetValue((r.Function, r.Type), out long allowed);
            if (r.NotCorrectlyRounded > allowed)
                problems.Add($"{where}: {r.NotCorrectlyRounded} results not correctly rounded (documented: {allowed})");
        }
        return problems;
    }
}
