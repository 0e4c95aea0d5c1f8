using System.Runtime.Intrinsics.X86;

namespace Sigmoid.Lanes;

/// <summary>
/// How the float and Half kernels form their quotient on 512-bit lanes: by <c>VDIVPD</c>, or by AVX-512's 14-bit
/// reciprocal estimate and two Newton steps. Both are within about 2^-50 of n/d, far inside what the rounding test
/// after them allows, so the float and Half results are the same bits either way (the exhaustive sweeps and the
/// child-process tests check it); only the time differs, and it differs by vendor. AMD's Zen 4 divides 512-bit lanes
/// as two 256-bit halves and was faster dividing (float σ 1.09 → 0.93 ns, SiLU 1.20 → 0.98 ns a float at 4,096,
/// medians of seven processes each); Intel's AVX-512 cores (Skylake-X to Sapphire Rapids) start one 512-bit double
/// division per 16 cycles by the published instruction tables, where the estimate and its multiply-adds take a few
/// cycles of two FMA ports. So AMD (and Hygon, its licensee) divide, every other vendor takes the estimate.
/// </summary>
/// <remarks>Read once per process, from CPUID's vendor string. A <c>static readonly</c> field: the JIT folds it to a
/// constant in the kernels' loops, so they hold one of the two forms, never a test. The environment variable
/// <c>SIGMOID_AVX512_QUOTIENT</c> = <c>divide</c> or <c>estimate</c> overrides the choice, so that either form can be
/// checked and timed on any AVX-512 machine.</remarks>
internal static class WideQuotient
{
    /// <summary>The name of the environment variable that overrides <see cref="Divides"/>.</summary>
    public const string OverrideVariable = "SIGMOID_AVX512_QUOTIENT";

    /// <summary>True where 512-bit lanes divide; false where they take the reciprocal estimate.</summary>
    public static readonly bool Divides = Choose(Environment.GetEnvironmentVariable(OverrideVariable), Vendor());

    /// <summary>The choice for an override value (null or empty: none) and a CPUID vendor string.</summary>
    /// <exception cref="InvalidOperationException">The override is neither <c>divide</c> nor <c>estimate</c>.</exception>
    internal static bool Choose(string? overrideValue, string vendor) => overrideValue switch
    {
        null or "" => vendor is "AuthenticAMD" or "HygonGenuine",
        "divide" => true,
        "estimate" => false,
        _ => throw new InvalidOperationException(
            $"{OverrideVariable}='{overrideValue}': expected 'divide' or 'estimate' (or unset, to choose by the processor's vendor)."),
    };

    /// <summary>CPUID leaf 0's vendor string (EBX, EDX, ECX as twelve ASCII characters), or "" off x86.</summary>
    internal static string Vendor()
    {
        if (!X86Base.IsSupported) return "";
        (_, int ebx, int ecx, int edx) = X86Base.CpuId(0, 0);
        Span<byte> text = stackalloc byte[12];
        BitConverter.TryWriteBytes(text, ebx);
        BitConverter.TryWriteBytes(text[4..], edx);
        BitConverter.TryWriteBytes(text[8..], ecx);
        return System.Text.Encoding.ASCII.GetString(text);
    }
}
