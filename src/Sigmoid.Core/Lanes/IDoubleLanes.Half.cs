namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>Loads <see cref="Count"/> Halves as their 16-bit patterns, zero-extended into the 64-bit lanes. The
    /// arithmetic on them is <see cref="HalfBits"/>, written once for every lane width.</summary>
    static abstract TSelf LoadHalfBits(ref Half source);

    /// <summary>Stores the low 16 bits of each 64-bit lane as <see cref="Count"/> Halves (upper bits ignored).</summary>
    static abstract void StoreHalfBits(TSelf bits, ref Half destination);
}
