namespace Sigmoid.Drivers;

/// <summary>
/// Whether the main loops may inline several copies of a kernel per turn (two or four vectors, or an interleaved
/// pair). That fits the inlining budget of the .NET 10 JIT (checked on every level by <c>scripts/check-inlining.sh</c>);
/// the .NET 8 JIT's budget is smaller, and there a second copy left most lane operations as calls (float σ 11 ns
/// instead of 1.7, double σ 49 ns instead of 6 on a Zen 3 with AVX2), so the net8.0 and net9.0 builds run one copy
/// per turn.
/// </summary>
internal static class CopiesPerTurn
{
#if NET10_0_OR_GREATER
    public const bool Several = true;
#else
    public const bool Several = false;
#endif
}
