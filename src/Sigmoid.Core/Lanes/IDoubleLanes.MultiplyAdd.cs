namespace Sigmoid.Lanes;

/// <summary>
/// Multiply-adds that stay fast where the hardware has no FMA (x86-64-v2, emulated x86): there
/// <see cref="IDoubleLanes{TSelf}.Fma"/> is computed in software element by element, tens of nanoseconds each.
/// </summary>
internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>
    /// a·b + c: one FMA where the hardware has it, else a multiplication and an addition (two roundings). The two
    /// give the same bits when a·b is exact (a power-of-two factor, or a short head times a small integer), which is
    /// how the double kernels use it; the float and Half kernels use it anywhere, their error bounds counting the
    /// second rounding.
    /// </summary>
    static abstract TSelf MultiplyAddEstimate(TSelf a, TSelf b, TSelf c);

    /// <summary>
    /// a·b + c rounded once — the same bits as <see cref="Fma"/> — for the correction steps of the double kernels,
    /// where the rounded product cancels with c (c/2 ≤ −RN(a·b) ≤ 2c, e.g. c = −RN(a·b) or a residual of a
    /// quotient). One FMA where the hardware has it; elsewhere Dekker's exact product a·b = p + e (Veltkamp
    /// splitting), c + p exact by Sterbenz's lemma, and the one rounding left, (c + p) + e, is the fused result.
    /// Vectors with a lane where the product would not be exact (a factor above <see cref="HardwareFma.SplitMax"/>,
    /// or a nonzero product below <see cref="HardwareFma.ProductMin"/>) take the exact software FMA instead.
    /// </summary>
    static abstract TSelf FmaCancelling(TSelf a, TSelf b, TSelf c);

    /// <summary>
    /// <see cref="FmaCancelling"/> without its range check, for callers that know |a|, |b| ≤
    /// <see cref="HardwareFma.SplitMax"/> and |a·b| ≥ <see cref="HardwareFma.ProductMin"/> (or a·b = 0) in every lane
    /// whose result they keep (σ and σ′: quotients and denominators in [0.2, 4]).
    /// </summary>
    static abstract TSelf FmaCancellingInRange(TSelf a, TSelf b, TSelf c);
}
