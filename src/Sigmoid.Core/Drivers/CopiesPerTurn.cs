using System.Runtime.CompilerServices;
using Sigmoid.Lanes;

namespace Sigmoid.Drivers;

/// <summary>
/// Whether the main loops may inline several copies of a kernel per turn (two or four vectors, or an interleaved
/// pair). That fits the inlining budget of the .NET 10 JIT (checked on every level by <c>scripts/check-inlining.sh</c>);
/// the .NET 8 JIT's budget is smaller, and there a second copy left most lane operations as calls (float σ 11.2 ns
/// instead of 2.5, double σ 49.5 ns instead of 5.9 on a Zen 3 with AVX2), so the net8.0 and net9.0 builds run one
/// copy per turn.
/// </summary>
internal static class CopiesPerTurn
{
#if NET10_0_OR_GREATER
    public const bool Several = true;
#else
    public const bool Several = false;
#endif

    /// <summary>Whether kernels that ask for it may run as interleaved pairs (<see cref="TwinLanes{T}"/>) on lanes
    /// <typeparamref name="TV"/>: where several copies fit, on 128- and 256-bit vectors (AVX-512, not measured as
    /// pairs, keeps separate copies). The type tests fold when the JIT specialises the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PairsOn<TV>() where TV : struct, IDoubleLanes<TV>
        => Several && (typeof(TV) == typeof(Vector256Lanes) || typeof(TV) == typeof(Vector128Lanes));
}
