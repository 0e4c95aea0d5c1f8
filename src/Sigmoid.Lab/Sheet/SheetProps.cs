namespace Sigmoid.Lab.Sheet;

// The answers to parts а–е and и of the sheet, as computed by SheetProperties. These records ARE the JSON schema of
// `sigmoid props --json` (schema "sigmoid-props/1"; System.Text.Json, camelCase, see PropsJson): every number is
// the exact value of a number of the chosen format written as a double, ±∞ are the strings "Infinity"/"-Infinity".

/// <summary>Everything <c>sigmoid props</c> computes for one format.</summary>
/// <param name="Schema">Always <see cref="SheetProperties.SchemaId"/>.</param>
/// <param name="Type"><c>float</c> or <c>double</c>: the format every value below was computed in.</param>
/// <param name="Grid">The dense grid of t used by parts б, в, д and е.</param>
/// <param name="Limits">Part а.</param>
/// <param name="Symmetry">Part б.</param>
/// <param name="Derivative">Part в.</param>
/// <param name="AtZero">Part г.</param>
/// <param name="Logit">Part д.</param>
/// <param name="LogDerivative">Part е.</param>
/// <param name="MaxDerivative">Part и.</param>
public sealed record SheetProps(
    string Schema,
    string Type,
    GridSpec Grid,
    LimitsPart Limits,
    SymmetryPart Symmetry,
    DerivativePart Derivative,
    AtZeroPart AtZero,
    LogitPart Logit,
    LogDerivativePart LogDerivative,
    MaxDerivativePart MaxDerivative);

/// <summary>The grid t = From, From + Step, …, To (Step is a power of two, so every t is exact in both formats).</summary>
/// <param name="From">First t.</param>
/// <param name="To">Last t.</param>
/// <param name="Step">Spacing.</param>
/// <param name="Points">Number of grid points.</param>
public sealed record GridSpec(double From, double To, double Step, int Points);

/// <summary>A largest value and where on the grid it occurs.</summary>
/// <param name="Value">The largest value found.</param>
/// <param name="AtT">The first t (ascending) where it occurs.</param>
public sealed record Extreme(double Value, double AtT);

/// <summary>Largest absolute and relative error over a set of t.</summary>
/// <param name="MaxAbs">Largest |computed − expected|.</param>
/// <param name="MaxRel">Largest |computed − expected| / |expected| (points with expected = 0 skipped).</param>
public sealed record ErrorSummary(Extreme MaxAbs, Extreme MaxRel);

/// <summary>σ(t) at one t.</summary>
/// <param name="T">The argument (may be ±∞).</param>
/// <param name="Sigma">σ(t) in the format.</param>
/// <param name="Text">σ(t) as the shortest round-trip text of the format.</param>
public sealed record SigmaAt(double T, double Sigma, string Text);

/// <summary>Part а: the limits, σ at chosen t, and where σ becomes exactly 1 and exactly 0.</summary>
/// <param name="Part">The sheet's letter, <c>а</c>.</param>
/// <param name="Values">σ(t) for t = −∞, −100, −40, −20, −10, −1, 1, 10, 20, 40, 100, +∞.</param>
/// <param name="Thresholds">The thresholds in float and in double (always both, whatever the chosen type).</param>
public sealed record LimitsPart(string Part, IReadOnlyList<SigmaAt> Values, IReadOnlyList<FormatThresholds> Thresholds);

/// <summary>Where σ saturates in one format.</summary>
/// <param name="Type"><c>float</c> or <c>double</c>.</param>
/// <param name="RoundsToOne">σ(t) = 1 exactly for every t ≥ this threshold.</param>
/// <param name="RoundsToZero">σ(t) = 0 exactly for every t ≤ this threshold.</param>
public sealed record FormatThresholds(string Type, Threshold RoundsToOne, Threshold RoundsToZero);

/// <summary>An exact threshold found by bisection over bit patterns, with its neighbour on the other side.</summary>
/// <param name="T">The threshold: the first representable t (moving outward from 0) where σ(t) is saturated.</param>
/// <param name="Bits">The bit pattern of <paramref name="T"/>, hexadecimal.</param>
/// <param name="Sigma">σ(T): 1 or 0.</param>
/// <param name="Neighbour">The adjacent representable t on the side of 0.</param>
/// <param name="SigmaAtNeighbour">σ(Neighbour): still strictly between 0 and 1.</param>
public sealed record Threshold(double T, string Bits, double Sigma, double Neighbour, double SigmaAtNeighbour);

/// <summary>Part б: 1 − σ(t) computed in the format against the exact σ(−t).</summary>
/// <param name="Part">The sheet's letter, <c>б</c>.</param>
/// <param name="MaxUlpNonPositive">Largest error of 1 − σ(t) over grid t ≤ 0, in ULPs of the exact σ(−t) (the
/// README's definition: the format's spacing in the binade of the exact value); small, 1 − σ(t) is accurate there.</param>
/// <param name="MaxUlpPositive">The same over grid t &gt; 0, where 1 − σ(t) cancels: up to the whole value (2ᵖ⁻¹ ULPs
/// and more, p the format's precision) once σ(t) rounds to 1 and 1 − σ(t) = 0.</param>
/// <param name="MaxAbs">Largest |σ(−t) − (1 − σ(t))| over the whole grid.</param>
public sealed record SymmetryPart(string Part, Extreme MaxUlpNonPositive, Extreme MaxUlpPositive, Extreme MaxAbs);

/// <summary>Part в: the library's σ′(t) against the textbook σ(t)(1 − σ(t)) evaluated in the format.</summary>
/// <param name="Part">The sheet's letter, <c>в</c>.</param>
/// <param name="MaxUlpNonPositive">Largest error of σ(t)(1 − σ(t)) computed in the format over grid t ≤ 0, in ULPs of
/// the exact σ′(t) (the README's definition).</param>
/// <param name="MaxUlpPositive">The same over grid 0 &lt; t &lt; Breakdown.T.</param>
/// <param name="MaxAbs">Largest absolute gap over the grid.</param>
/// <param name="Breakdown">Where σ(t)(1 − σ(t)) collapses to 0 while σ′(t) &gt; 0.</param>
public sealed record DerivativePart(string Part, Extreme MaxUlpNonPositive, Extreme MaxUlpPositive, Extreme MaxAbs, Breakdown Breakdown);

/// <summary>The first t ≥ 0 where σ rounds to 1, so that σ(1 − σ) = 0 although the true σ′ is positive.</summary>
/// <param name="T">The threshold (the same number as part а's RoundsToOne).</param>
/// <param name="Sigma">σ(T) = 1.</param>
/// <param name="Product">σ(T)(1 − σ(T)) in the format: 0.</param>
/// <param name="Derivative">The library's σ′(T): positive.</param>
public sealed record Breakdown(double T, double Sigma, double Product, double Derivative);

/// <summary>Part г: σ(0) and σ′(0) from the library.</summary>
/// <param name="Part">The sheet's letter, <c>г</c>.</param>
/// <param name="Sigma">σ(0).</param>
/// <param name="Derivative">σ′(0).</param>
public sealed record AtZeroPart(string Part, double Sigma, double Derivative);

/// <summary>Part д: the round trip logit(σ(t)) against t.</summary>
/// <param name="Part">The sheet's letter, <c>д</c>.</param>
/// <param name="NonPositive">Errors over grid t ≤ 0.</param>
/// <param name="Positive">Errors over grid t &gt; 0 below <paramref name="InfiniteFrom"/>.</param>
/// <param name="InfiniteFrom">The first t where σ(t) = 1 and so logit(σ(t)) = +∞.</param>
public sealed record LogitPart(string Part, ErrorSummary NonPositive, ErrorSummary Positive, double InfiniteFrom);

/// <summary>Part е: the central difference (ln σ(t + h) − ln σ(t − h)) / 2h against σ(−t).</summary>
/// <param name="Part">The sheet's letter, <c>е</c>.</param>
/// <param name="Step">h, a power of two near ∛ε of the format.</param>
/// <param name="Error">Errors over the grid.</param>
public sealed record LogDerivativePart(string Part, double Step, ErrorSummary Error);

/// <summary>Part и: the maximum of σ′ found numerically, and the bound 0.25ⁿ on n stacked sigmoid layers.</summary>
/// <param name="Part">The sheet's letter, <c>и</c>.</param>
/// <param name="T">Where golden-section search on [−10, 10] ended.</param>
/// <param name="Value">σ′ there: the maximum.</param>
/// <param name="PlateauFrom">Smallest t with σ′(t) equal to the maximum (the format cannot tell them apart).</param>
/// <param name="PlateauTo">Largest t with σ′(t) equal to the maximum.</param>
/// <param name="Powers">max(σ′)ⁿ for n = 1…20.</param>
public sealed record MaxDerivativePart(string Part, double T, double Value, double PlateauFrom, double PlateauTo, IReadOnlyList<LayerBound> Powers);

/// <summary>The largest factor σ′ can contribute through <paramref name="Layers"/> sigmoid layers.</summary>
/// <param name="Layers">n.</param>
/// <param name="Bound">max(σ′)ⁿ, computed in double.</param>
public sealed record LayerBound(int Layers, double Bound);
