using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sigmoid.Cli.Bench;

/// <summary>The facts about the machine that a timing needs beside it: CPU, cores, vector widths, runtime.</summary>
/// <param name="Cpu">CPU model (from <c>/proc/cpuinfo</c> on Linux; the architecture elsewhere).</param>
/// <param name="LogicalCores">Logical processors available to this process.</param>
/// <param name="Vector512">Whether <see cref="System.Runtime.Intrinsics.Vector512"/> is hardware accelerated.</param>
/// <param name="Vector256">Whether <see cref="System.Runtime.Intrinsics.Vector256"/> is hardware accelerated.</param>
/// <param name="Runtime">The .NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="Os">The operating system.</param>
/// <param name="Level">The instruction level this process runs on (<see cref="InstructionLevel.Describe"/>).</param>
internal sealed record MachineInfo(string Cpu, int LogicalCores, bool Vector512, bool Vector256, string Runtime, string Os, string Level)
{
    /// <summary>Reads the current machine.</summary>
    public static MachineInfo Current() => new(
        CpuModel(), Environment.ProcessorCount,
        System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated, System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated,
        RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, InstructionLevel.Describe());

    /// <summary>One line: "machine: CPU, N logical cores, Vector512 accelerated, Vector256 accelerated; .NET x; OS;
    /// running on: 512-bit vectors, FMA".</summary>
    public override string ToString() =>
        $"machine: {Cpu}, {LogicalCores} logical cores, Vector512 {(Vector512 ? "accelerated" : "not accelerated")}, " +
        $"Vector256 {(Vector256 ? "accelerated" : "not accelerated")}; {Runtime}; {Os}; running on: {Level}";

    private static string CpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                    if (line.StartsWith("model name", StringComparison.Ordinal) && line.Contains(':'))
                        return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
