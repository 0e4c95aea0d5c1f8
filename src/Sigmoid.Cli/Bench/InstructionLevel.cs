using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Cli.Bench;

/// <summary>
/// An instruction-set level the library can be measured on, forced in a child process by the runtime's switches:
/// the widest vectors the JIT may use and whether fused multiply-add is an instruction.
/// </summary>
/// <param name="Name">Short name, as <c>sigmoid bench --levels</c> takes it.</param>
/// <param name="Description">What the level stands for.</param>
/// <param name="Environment">The runtime switches that force it (none: the machine as it is).</param>
/// <param name="Expected">What <see cref="Describe"/> prints in a process on this level.</param>
internal sealed record InstructionLevel(string Name, string Description, IReadOnlyDictionary<string, string> Environment, string Expected)
{
    /// <summary>The levels, widest first. The AVX-512 switch is named both ways: <c>DOTNET_EnableAVX512</c> from
    /// .NET 10, <c>DOTNET_EnableAVX512F</c> before (each runtime ignores the other's).</summary>
    public static readonly IReadOnlyList<InstructionLevel> All =
    [
        new("avx512", "AVX-512 with FMA (the machine as it is, where it has AVX-512)", new Dictionary<string, string>(), "512-bit vectors, FMA"),
        new("avx2", "AVX2 with FMA, 256-bit vectors (most x86 laptops, desktops and cloud machines)",
            new Dictionary<string, string> { ["DOTNET_EnableAVX512"] = "0", ["DOTNET_EnableAVX512F"] = "0" }, "256-bit vectors, FMA"),
        new("128", "128-bit vectors with FMA, the shape of ARM64 NEON (AVX-512 off, so no 128-bit AVX-512 forms either)",
            new Dictionary<string, string> { ["DOTNET_PreferredVectorBitWidth"] = "128", ["DOTNET_EnableAVX512"] = "0", ["DOTNET_EnableAVX512F"] = "0" },
            "128-bit vectors, FMA"),
        new("nofma", "x86-64-v2: SSE4.2, 128-bit vectors, no FMA (old CPUs, some virtual CPUs, x86 emulation on ARM)",
            new Dictionary<string, string> { ["DOTNET_EnableAVX2"] = "0" }, "128-bit vectors, no FMA"),
        new("scalar", "no vector instructions at all (hardware intrinsics off)",
            new Dictionary<string, string> { ["DOTNET_EnableHWIntrinsic"] = "0" }, "scalar, no FMA"),
    ];

    /// <summary>The level by name, or null.</summary>
    public static InstructionLevel? Find(string name) =>
        All.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>What this process runs on, e.g. "256-bit vectors, FMA": the widest accelerated vector width and
    /// whether FMA is an instruction (x86 FMA3 or ARM64).</summary>
    public static string Describe()
    {
        string width = Vector512.IsHardwareAccelerated ? "512-bit vectors"
            : Vector256.IsHardwareAccelerated ? "256-bit vectors"
            : Vector128.IsHardwareAccelerated ? "128-bit vectors" : "scalar";
        bool fma = Fma.IsSupported || AdvSimd.Arm64.IsSupported;
        return width + (fma ? ", FMA" : ", no FMA");
    }

    /// <summary>"NAME=VALUE …" of <see cref="Environment"/>, or "(none)".</summary>
    public string Switches => Environment.Count == 0 ? "(none)" : string.Join(' ', Environment.Select(e => $"{e.Key}={e.Value}"));
}
