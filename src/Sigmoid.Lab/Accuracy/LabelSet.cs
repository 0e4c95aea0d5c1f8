namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// Labels paired with logits when BCE-with-logits is swept: input number i (its bit pattern for the exhaustive
/// sweeps) gets <see cref="Values"/>[i mod 5] — both hard labels, a tie, and two soft ones (0.3 is inexact).
/// </summary>
public static class LabelSet
{
    /// <summary>0, 1, ½, 0.3 and 0.875.</summary>
    public static readonly float[] Values = [0f, 1f, 0.5f, 0.3f, 0.875f];

    /// <summary>The label for input number <paramref name="index"/>.</summary>
    public static float For(ulong index) => Values[(int)(index % (ulong)Values.Length)];
}
