using System.Globalization;

namespace Sigmoid.Benchmarks;

/// <summary>
/// The benchmark sizes, shared by every benchmark class: 128 (call overhead), 6·512+7 = 3,079 (the remainder path:
/// not a multiple of any vector width), 4,096 (L1-resident), 262,144 (L2/L3) and 16,777,216 (DRAM).
/// </summary>
public static class Sizes
{
    /// <summary>The default sizes, smallest first.</summary>
    public static readonly int[] Default = [128, 6 * 512 + 7, 4_096, 262_144, 16_777_216];

    /// <summary>
    /// The sizes the suite runs: <see cref="Default"/>, unless the environment variable <c>SIGMOID_BENCH_SIZES</c>
    /// holds a comma-separated list (for a short trial run, e.g. <c>SIGMOID_BENCH_SIZES=4096</c>).
    /// </summary>
    public static int[] All =>
        Environment.GetEnvironmentVariable("SIGMOID_BENCH_SIZES") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                  .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : Default;
}
