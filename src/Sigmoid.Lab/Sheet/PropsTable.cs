using System.Globalization;

namespace Sigmoid.Lab.Sheet;

/// <summary>One line of the <c>sigmoid props</c> table.</summary>
/// <param name="Part">The sheet's letter (а, б, …).</param>
/// <param name="Quantity">What is measured, e.g. <c>σ(10)</c>.</param>
/// <param name="Value">The number, formatted.</param>
/// <param name="Note">Where or why, short (may be empty).</param>
public sealed record PropsRow(string Part, string Quantity, string Value, string Note);

/// <summary>Turns <see cref="SheetProps"/> into the rows of the terminal table (English labels).</summary>
public static class PropsTable
{
    /// <summary>The rows, in the sheet's order of parts.</summary>
    public static IReadOnlyList<PropsRow> Rows(SheetProps p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var f = NumberFormat.Parse(p.Type) ?? throw new ArgumentException($"Unknown type '{p.Type}'.", nameof(p));
        var rows = new List<PropsRow>();
        foreach (var v in p.Limits.Values)
            rows.Add(new("а", $"σ({T(v.T)})", v.Text, v.Sigma is 0 or 1 ? "exactly " + v.Text : ""));
        foreach (var th in p.Limits.Thresholds)
        {
            var nf = NumberFormat.Parse(th.Type)!;
            rows.Add(new("а", $"{th.Type}: σ(t) = 1 for t ≥", nf.Format(th.RoundsToOne.T),
                $"{th.RoundsToOne.Bits}; σ({nf.Format(th.RoundsToOne.Neighbour)}) = {nf.Format(th.RoundsToOne.SigmaAtNeighbour)}"));
            rows.Add(new("а", $"{th.Type}: σ(t) = 0 for t ≤", nf.Format(th.RoundsToZero.T),
                $"{th.RoundsToZero.Bits}; σ({nf.Format(th.RoundsToZero.Neighbour)}) = {nf.Format(th.RoundsToZero.SigmaAtNeighbour)}"));
        }
        rows.Add(new("б", "error of 1 − σ(t) vs exact σ(−t), t ≤ 0", Ulps(p.Symmetry.MaxUlpNonPositive.Value), At(p.Symmetry.MaxUlpNonPositive)));
        rows.Add(new("б", "error of 1 − σ(t) vs exact σ(−t), t > 0", Ulps(p.Symmetry.MaxUlpPositive.Value),
            At(p.Symmetry.MaxUlpPositive) + " (1 − σ(t) cancels)"));
        rows.Add(new("б", "max |σ(−t) − (1 − σ(t))|, absolute", G(p.Symmetry.MaxAbs.Value), At(p.Symmetry.MaxAbs)));
        rows.Add(new("в", "error of σ(1 − σ) vs exact σ′, t ≤ 0", Ulps(p.Derivative.MaxUlpNonPositive.Value), At(p.Derivative.MaxUlpNonPositive)));
        rows.Add(new("в", "error of σ(1 − σ) vs exact σ′, t > 0", Ulps(p.Derivative.MaxUlpPositive.Value), At(p.Derivative.MaxUlpPositive)));
        rows.Add(new("в", "max gap σ′ vs σ(1 − σ), absolute", G(p.Derivative.MaxAbs.Value), At(p.Derivative.MaxAbs)));
        rows.Add(new("в", "σ(1 − σ) breaks down at t =", f.Format(p.Derivative.Breakdown.T),
            $"σ = {f.Format(p.Derivative.Breakdown.Sigma)}, σ(1 − σ) = {f.Format(p.Derivative.Breakdown.Product)}, σ′ = {f.Format(p.Derivative.Breakdown.Derivative)}"));
        rows.Add(new("г", "σ(0)", f.Format(p.AtZero.Sigma), ""));
        rows.Add(new("г", "σ′(0)", f.Format(p.AtZero.Derivative), ""));
        rows.Add(new("д", "max |logit(σ(t)) − t|, t ≤ 0", G(p.Logit.NonPositive.MaxAbs.Value), At(p.Logit.NonPositive.MaxAbs)));
        rows.Add(new("д", "max relative error, t ≤ 0", G(p.Logit.NonPositive.MaxRel.Value), At(p.Logit.NonPositive.MaxRel)));
        rows.Add(new("д", "max |logit(σ(t)) − t|, t > 0", G(p.Logit.Positive.MaxAbs.Value), At(p.Logit.Positive.MaxAbs)));
        rows.Add(new("д", "max relative error, t > 0", G(p.Logit.Positive.MaxRel.Value), At(p.Logit.Positive.MaxRel)));
        rows.Add(new("д", "logit(σ(t)) = +∞ from t =", f.Format(p.Logit.InfiniteFrom), "σ(t) = 1"));
        rows.Add(new("е", "central-difference step h", G(p.LogDerivative.Step), "≈ ∛ε"));
        rows.Add(new("е", "max |[ln σ]′ − σ(−t)|", G(p.LogDerivative.Error.MaxAbs.Value), At(p.LogDerivative.Error.MaxAbs)));
        rows.Add(new("е", "max relative error", G(p.LogDerivative.Error.MaxRel.Value), At(p.LogDerivative.Error.MaxRel)));
        rows.Add(new("и", "max σ′", f.Format(p.MaxDerivative.Value), $"golden-section search ended at t = {G(p.MaxDerivative.T)}"));
        rows.Add(new("и", "σ′ = max for t in", $"[{G(p.MaxDerivative.PlateauFrom)}, {G(p.MaxDerivative.PlateauTo)}]", $"{p.Type} cannot tell these apart"));
        foreach (var b in p.MaxDerivative.Powers)
            rows.Add(new("и", $"0.25{Superscript(b.Layers)}", G(b.Bound), b.Layers == 1 ? "bound on the σ′ factors of n sigmoid layers (times ∏‖Wₖ‖)" : ""));
        return rows;
    }

    private static string T(double t) => double.IsPositiveInfinity(t) ? "+∞" : double.IsNegativeInfinity(t) ? "−∞" : G(t);

    private static string G(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    private static string Ulps(double x) => (x < 100 ? x.ToString("G3", CultureInfo.InvariantCulture) : x.ToString("N0", CultureInfo.InvariantCulture)) + " ULP";

    private static string Superscript(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));

    private static string At(Extreme e) => "at t = " + G(e.AtT);
}
