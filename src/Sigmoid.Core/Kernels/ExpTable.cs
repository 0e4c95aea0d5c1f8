namespace Sigmoid.Kernels;

/// <summary>
/// 2^(j/16), j = 0..15, for the table-driven exponentials: e^t = 2^(k/16)·e^r with k = round(16·t/ln2), so
/// |r| ≤ ln2/32 ≈ 0.0217 and a short polynomial suffices. Each value is split as <see cref="Hi"/> (the double nearest
/// 2^(j/16)) plus <see cref="Lo"/> (the double nearest the remainder), together about 2^-107 relative. The values
/// were computed with 60-digit decimal arithmetic; tests check them against the lab's independent reference.
/// </summary>
/// <remarks>The spans are backed by constant data in the assembly image, so their addresses never move: the lane
/// lookups (<see cref="Lanes.IDoubleLanes{TSelf}.Lookup16"/>) may gather from them by pointer.</remarks>
internal static class ExpTable
{
    /// <summary>The double nearest 2^(j/16).</summary>
    public static ReadOnlySpan<double> Hi =>
    [
        1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916,
        1.189207115002721, 1.241857812073484, 1.2968395546510096, 1.3542555469368927,
        1.4142135623730951, 1.4768261459394993, 1.5422108254079407, 1.6104903319492543,
        1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474,
    ];

    /// <summary>The double nearest 2^(j/16) − Hi[j].</summary>
    public static ReadOnlySpan<double> Lo =>
    [
        0.0, 8.551889705537965e-17, -3.046782079812471e-17, 8.912812676025408e-17,
        3.982015231465646e-17, 4.658027591836937e-17, 2.5382502794888315e-17, 7.70094837980299e-17,
        -9.667293313452913e-17, -3.483994556892796e-17, 7.949834809697621e-17, 2.4707192569797888e-17,
        8.199010020581497e-17, 2.960140695448873e-17, 3.283107224245627e-17, -1.0619946056195963e-16,
    ];

    /// <summary>The double nearest 2^(j/4), j = 0..3 (= <see cref="Hi"/>[4j]): the values behind
    /// <see cref="QuarterLessIndex"/>, which the float/Half exponential reads.</summary>
    public static ReadOnlySpan<double> Quarter => [1.0, 1.189207115002721, 1.4142135623730951, 1.681792830507429];

    /// <summary><see cref="Quarter"/>[j] with j·2^50 taken from its bits: adding k·2^50 (the rounding sum shifted
    /// up by 50, k = 4⌊k/4⌋ + j) to these bits gives 2^(j/4)·2^⌊k/4⌋ in one integer add, no mask.</summary>
    public static ReadOnlySpan<double> QuarterLessIndex => [1.0, 0.9696035575013605, 0.9571067811865476, 0.9658964152537145];

    /// <summary><see cref="Hi"/>[j] with j·2^48 taken from its bits, as <see cref="QuarterLessIndex"/> for k = 16⌊k/16⌋ + j.</summary>
    public static ReadOnlySpan<double> HiLessIndex =>
    [
        1.0, 0.9908868912137069, 0.9827538663326288, 0.9756443173783458,
        0.9696035575013605, 0.964678906036742, 0.9609197773255048, 0.9583777734684463,
        0.9571067811865476, 0.9571630729697497, 0.9586054127039704, 0.9614951659746271,
        0.9658964152537145, 0.9718760801866497, 0.9795040432046712, 0.9888532806985737,
    ];
}
