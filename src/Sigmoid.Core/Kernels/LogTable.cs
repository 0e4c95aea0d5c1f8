namespace Sigmoid.Kernels;

/// <summary>
/// ln(1 + j/16), j = 0..15, for the table-driven logarithms: ln(1+g) = ln(1 + j/16) + ln(1 + (g - j/16)/(1 + j/16))
/// with j = round(16·g), so the remaining logarithm is of a number within 1/32 of 1. Each value is split as
/// <see cref="Hi"/> (the double nearest ln(1 + j/16)) plus <see cref="Lo"/> (the double nearest the remainder),
/// together about 2^-110 relative. Computed with 60-digit decimal arithmetic; tests check them against the lab's
/// independent reference.
/// </summary>
/// <remarks>The spans are backed by constant data in the assembly image, so their addresses never move (required by
/// <see cref="Lanes.IDoubleLanes{TSelf}.Lookup16"/>).</remarks>
internal static class LogTable
{
    /// <summary>The double nearest ln(1 + j/16).</summary>
    public static ReadOnlySpan<double> Hi =>
    [
        0.0, 0.06062462181643484, 0.11778303565638346, 0.17185025692665923,
        0.22314355131420976, 0.27193371548364176, 0.3184537311185346, 0.3629054936893685,
        0.4054651081081644, 0.44628710262841953, 0.4855078157817008, 0.5232481437645479,
        0.5596157879354227, 0.5947071077466928, 0.6286086594223741, 0.661398482245365,
    ];

    /// <summary>The double nearest ln(1 + j/16) − Hi[j].</summary>
    public static ReadOnlySpan<double> Lo =>
    [
        0.0, 2.6424025938726934e-18, -1.1971685747593677e-18, -6.0224538210113705e-18,
        -9.091270597324799e-18, 7.83319637697442e-19, 2.7114779367326236e-17, -2.1492361455310972e-17,
        -2.8811380259626426e-18, -1.8182541194649598e-17, -1.6618350693852048e-17, -3.1833882216350925e-17,
        2.685492580212308e-17, 1.3751689964323675e-17, 4.3538742607970387e-17, -7.603333785634003e-18,
    ];
}
