namespace Sigmoid.Lab.Sheet;

/// <summary>
/// Bisection over the bit patterns of a format: finds the first non-negative value at which a monotone predicate
/// turns true. Non-negative IEEE values are ordered like their bit patterns, so halving the range of patterns
/// visits every representable number in at most 32 (float) or 64 (double) steps, with no tolerance to choose.
/// </summary>
public static class ThresholdSearch
{
    /// <summary>
    /// The smallest finite value m ≥ +0 of <paramref name="format"/> with <paramref name="predicate"/>(m) true,
    /// or null when it is false even at the largest finite value.
    /// </summary>
    /// <param name="format">The format whose representable numbers are searched.</param>
    /// <param name="predicate">Must be monotone on [+0, MaxValue]: false, …, false, true, …, true.</param>
    /// <remarks>The result is exact only if the predicate really is monotone; callers check both sides
    /// (predicate false at the previous value, true at the result) and report them.</remarks>
    public static double? FirstNonNegative(NumberFormat format, Func<double, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(predicate);
        ulong lo = format.Bits(0.0);             // predicate(lo) assumed false unless checked below
        ulong hi = format.Bits(format.MaxValue); // predicate(hi) must be true
        if (!predicate(format.FromBits(hi))) return null;
        if (predicate(format.FromBits(lo))) return 0.0;
        while (hi - lo > 1)
        {
            ulong mid = lo + (hi - lo) / 2;
            if (predicate(format.FromBits(mid))) hi = mid; else lo = mid;
        }
        return format.FromBits(hi);
    }
}
