namespace Sigmoid;

public sealed partial class LogisticDistribution
{
    /// <summary>
    /// Fills <paramref name="destination"/> with independent draws, by inversion, from a SplitMix64 stream started at
    /// <paramref name="seed"/>: the same seed gives the same numbers on every machine and runtime.
    /// </summary>
    /// <remarks>
    /// <para>Each draw takes one 64-bit output b of SplitMix64 (Steele, Lea and Flood 2014; state += 0x9E3779B97F4A7C15,
    /// then the two xor-shift-multiply steps), forms v = (2k+1)·2⁻⁵⁴ from its top 52 bits k — so v ∈ (0, ½), exact,
    /// never 0 — and returns x = fma(s, logit(v), μ) if b's lowest bit is 0 (the left half) or x = fma(−s, logit(v), μ)
    /// if it is 1 (the right half, i.e. μ + s·logit(1−v)). Both tails are therefore drawn with the same fine resolution
    /// near 0 and 1, and the extreme draws are μ ± 37.4·s. logit is <see cref="Logistic.Logit(double)"/> (≤ 1 ULP).</para>
    /// </remarks>
    public void Sample(Span<double> destination, ulong seed)
    {
        ulong state = seed;
        for (int i = 0; i < destination.Length; i++)
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            destination[i] = Draw(z >> 12, (z & 1) != 0);
        }
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with independent draws by inversion, taking the randomness from
    /// <paramref name="generator"/>: per draw k = <c>generator.NextInt64(2^52)</c> and a side
    /// <c>generator.Next(2)</c>, then as in <see cref="Sample(Span{double}, ulong)"/>. Reproducible exactly as far as
    /// <paramref name="generator"/>'s own stream is (a seeded <see cref="Random"/> is, on one runtime).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is null.</exception>
    public void Sample(Span<double> destination, Random generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        for (int i = 0; i < destination.Length; i++)
        {
            ulong k = (ulong)generator.NextInt64(1L << 52);
            destination[i] = Draw(k, generator.Next(2) == 1);
        }
    }

    /// <summary>μ ± s·logit(v), v = (2k+1)·2⁻⁵⁴ ∈ (0, ½) for k &lt; 2^52.</summary>
    private double Draw(ulong k, bool right)
    {
        double v = (2 * k + 1) * (1.0 / (1UL << 54));      // exact: 2k+1 < 2^53
        double l = Logistic.Logit(v);
        return Math.FusedMultiplyAdd(right ? -Scale : Scale, l, Location);
    }
}
