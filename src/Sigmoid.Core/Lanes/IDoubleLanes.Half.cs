namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>Loads <see cref="Count"/> Halves and widens them exactly to double (NaN payloads as <c>(double)Half</c>).</summary>
    static abstract TSelf LoadWidening(ref Half source);

    /// <summary>Rounds each lane once to Half (nearest, ties to even, subnormals kept, overflow to ∞) and stores
    /// <see cref="Count"/> Halves: the same bits as <see cref="Kernels.CorrectRounding.RoundToHalf"/>.</summary>
    static abstract void StoreNarrowing(TSelf value, ref Half destination);
}
