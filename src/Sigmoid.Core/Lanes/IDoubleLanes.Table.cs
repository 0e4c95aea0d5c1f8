namespace Sigmoid.Lanes;

internal partial interface IDoubleLanes<TSelf>
{
    /// <summary>
    /// Table lookup: lane i gets <c>table[bits(index_i) &amp; 15]</c>, where <paramref name="table"/> has exactly 16
    /// entries and must live at a fixed address (an RVA-backed <c>ReadOnlySpan&lt;double&gt;</c> property or a pinned
    /// array). Exact on every path (a lookup rounds nothing), so kernels that use it stay bit-identical across paths.
    /// </summary>
    static abstract TSelf Lookup16(ReadOnlySpan<double> table, TSelf index);
}
