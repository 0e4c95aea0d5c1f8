using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

/// <summary>
/// Whether fused multiply-add is an instruction here (x86 FMA3, every ARM64), a constant to the JIT; and the
/// constants of Dekker's exact product, which <see cref="IDoubleLanes{TSelf}.FmaCancelling"/> uses where it is not.
/// </summary>
internal static class HardwareFma
{
    public static bool IsSupported => Fma.IsSupported || AdvSimd.Arm64.IsSupported;

    /// <summary>2^27 + 1, Veltkamp's splitting factor for doubles: t = a·S, hi = t − (t − a) keeps a's top 26 bits.</summary>
    public const double SplitFactor = 134217729.0;

    /// <summary>2^995: factors up to this split without overflow (a·S &lt; 2^1023).</summary>
    public const double SplitMax = 3.3484643974570854e+299;

    /// <summary>2^-968: a product of nonzero factors at least this large has an exactly representable error (the
    /// exponents sum to at least e_min + p − 1 = −970), so Dekker's product is exact; below it the exact FMA runs.</summary>
    public const double ProductMin = 4.008336720017946e-292;
}
