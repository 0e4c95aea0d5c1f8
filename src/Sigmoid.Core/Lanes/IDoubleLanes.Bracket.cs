namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>
    /// Rounds each lane of <paramref name="up"/> to float (to nearest even, subnormals kept) and stores
    /// <see cref="IDoubleLanes{TSelf}.Count"/> floats; returns true when every lane of <paramref name="down"/> rounds
    /// to the same float bits. With up and down the two ends of an interval known to hold the exact value, true means
    /// the stored floats are the correctly rounded ones (rounding is monotonic).
    /// </summary>
    static abstract bool StoreNarrowingIfSame(TSelf up, TSelf down, ref float destination);

    /// <summary>True when every lane of <paramref name="up"/> and <paramref name="down"/> rounds to the same float
    /// bits; stores nothing (the loops test a whole turn first, then store it with
    /// <see cref="IDoubleLanes{TSelf}.StoreNarrowing"/>, so a turn that needs fixing leaves its inputs untouched even in place).</summary>
    static abstract bool NarrowsSame(TSelf up, TSelf down);

    /// <summary><see cref="NarrowsSame(TSelf, TSelf)"/> for two pairs at once, with one test and one branch: the
    /// differences of the two pairs' float bits are or-ed and tested for zero.</summary>
    static abstract bool NarrowsSame(TSelf up0, TSelf down0, TSelf up1, TSelf down1);
}
