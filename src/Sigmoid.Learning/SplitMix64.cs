namespace Sigmoid.Learning;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a tiny 64-bit generator whose whole state is one <see cref="ulong"/>.
/// Every step is integer arithmetic, so a seed gives the same stream on every runtime, operating system and CPU —
/// unlike <see cref="System.Random"/>, whose algorithm is not part of its contract. Not for cryptography.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>Starts the stream at <paramref name="seed"/> (any value, 0 included).</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double uniform on [0, 1): the top 53 bits times 2⁻⁵³ (exact, so bit-stable everywhere).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double uniform on [<paramref name="low"/>, <paramref name="high"/>): low + (high-low)·u, one rounding.</summary>
    public double NextUniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>An integer uniform on [0, <paramref name="exclusiveMax"/>) (Lemire's multiply-shift; bias below 2⁻³²).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exclusiveMax"/> is not positive.</exception>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(((NextUInt64() >> 32) * (ulong)exclusiveMax) >> 32);
    }

    /// <summary>
    /// A standard normal deviate (Box–Muller). Uses <see cref="Math.Log(double)"/>, <see cref="Math.Sqrt"/> and
    /// <see cref="Math.Cos"/>, so unlike the uniform draws its last bit may differ between platforms' math libraries.
    /// </summary>
    public double NextNormal()
    {
        double u1 = 1.0 - NextDouble(); // (0, 1]
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates with <see cref="NextInt"/>).</summary>
    public void Shuffle<TItem>(Span<TItem> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
