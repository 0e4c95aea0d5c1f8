namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>
    /// Table lookup: lane i gets <c>table[bits(index_i) &amp; 15]</c>, where <paramref name="table"/> has exactly 16
    /// entries and must live at a fixed address (an RVA-backed <c>ReadOnlySpan&lt;double&gt;</c> property or a pinned
    /// array). Exact on every path (a lookup rounds nothing), so kernels that use it stay bit-identical across paths.
    /// </summary>
    static abstract TSelf Lookup16(ReadOnlySpan<double> table, TSelf index);

    /// <summary>
    /// Table lookup: lane i gets <c>table[bits(index_i) &amp; 3]</c>, where <paramref name="table"/> has exactly 4
    /// entries at a fixed address (as for <see cref="Lookup16"/>). Exact on every path. One permute on AVX2 and
    /// AVX-512 (VPERMPS, VPERMPD), where <see cref="Lookup16"/> takes twelve instructions on AVX2.
    /// </summary>
    static abstract TSelf Lookup4(ReadOnlySpan<double> table, TSelf index);
}
