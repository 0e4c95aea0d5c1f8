using Sigmoid.Cli.Bench;

namespace Sigmoid.Tests.Accuracy;

/// <summary>Which of the instruction-set levels (<see cref="InstructionLevel.All"/>) the child-process tests can
/// show on this machine.</summary>
internal static class InstructionLevels
{
    /// <summary>Whether this machine has what the level keeps (its switches only turn features off, so a level
    /// above the machine, e.g. AVX2 on an x86-64-v2 machine, cannot be shown).</summary>
    public static bool MachineCanShow(InstructionLevel level) => level.Name switch
    {
        "avx2" => System.Runtime.Intrinsics.X86.Avx2.IsSupported,
        "128" => System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported,
        "nofma" => System.Runtime.Intrinsics.X86.Sse42.IsSupported,
        _ => true,
    };
}
