using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Sigmoid.Lab.Reference;

namespace Sigmoid.Lab.Accuracy;

/// <summary>
/// A fingerprint of what <c>Sigmoid.Logistic</c> computes: SHA-256 of the output bits over a fixed input set,
/// evaluated through the span API. Equal fingerprints under different instruction sets (forced SIMD paths,
/// <c>DOTNET_EnableAVX512=0</c>, <c>DOTNET_PreferredVectorBitWidth=128</c>, <c>DOTNET_EnableAVX2=0</c>) show that every path
/// gives the same bits.
/// Inputs: float — 2^20 bit patterns spread over all 2^32 (i·4096 plus a varying low part) and the specials;
/// Half — all 2^16; double — 2^20 samples of <see cref="DoubleSamples"/>. BCE labels from <see cref="LabelSet"/>.
/// The inputs are processed in spans of varying lengths (1 to 1000, then the rest) so that remainders are covered.
/// NaN results are hashed as one canonical NaN: which NaN payload an operation propagates is not part of IEEE 754's
/// requirements nor of the library's contract (with <c>DOTNET_EnableHWIntrinsic=0</c> the runtime's own scalar
/// fallbacks return other payloads for signalling-NaN inputs).
/// </summary>
public static class OutputHash
{
    /// <summary>Number of float and double inputs hashed (besides specials).</summary>
    public const int Count = 1 << 20;

    /// <summary>Hex SHA-256 of the library's outputs for <paramref name="function"/> in <paramref name="format"/>.</summary>
    public static string Compute(SigmoidFunction function, NumberFormat format)
    {
        var c = Candidates.Library(function);
        if (format == NumberFormat.Float) return Run(c.Float!, FloatInputs());
        if (format == NumberFormat.Half) return Run(c.Half!, HalfInputs());
        return Run(c.Double!, DoubleInputs(function));
    }

    /// <summary>The float inputs and labels hashed.</summary>
    public static (float[] X, float[] Y) FloatInputs()
    {
        var specials = SpecialInputs.For(NumberFormat.Float);
        var x = new float[Count + specials.Length];
        for (int i = 0; i < specials.Length; i++) x[i] = (float)specials[i];
        for (uint i = 0; i < Count; i++)
            x[specials.Length + i] = BitConverter.UInt32BitsToSingle(i * 4096u + ((i * 2654435761u) >> 20));
        return (x, x.Select((_, i) => LabelSet.For((ulong)i)).ToArray());
    }

    private static (Half[] X, Half[] Y) HalfInputs()
    {
        var x = new Half[1 << 16];
        for (int i = 0; i < x.Length; i++) x[i] = BitConverter.UInt16BitsToHalf((ushort)i);
        return (x, x.Select((_, i) => (Half)LabelSet.For((ulong)i)).ToArray());
    }

    private static (double[] X, double[] Y) DoubleInputs(SigmoidFunction function) => DoubleSamples.Generate(function, Count);

    private static string Run<T>(SpanKernel<T> kernel, (T[] X, T[] Y) inputs) where T : unmanaged
    {
        var (x, y) = inputs;
        var r = new T[x.Length];
        int start = 0, length = 1;
        while (start < x.Length)
        {
            int n = Math.Min(length, x.Length - start);
            kernel(x.AsSpan(start, n), y.AsSpan(start, n), r.AsSpan(start, n));
            start += n;
            length = length < 1000 ? length + 37 : x.Length;
        }
        for (int i = 0; i < r.Length; i++)
            if (IsNaN(r[i])) r[i] = CanonicalNaN<T>();
        return Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(r.AsSpan())));
    }

    private static bool IsNaN<T>(T v) => v switch
    {
        float f => float.IsNaN(f),
        double d => double.IsNaN(d),
        Half h => Half.IsNaN(h),
        _ => false,
    };

    private static T CanonicalNaN<T>() =>
        typeof(T) == typeof(float) ? (T)(object)float.NaN
        : typeof(T) == typeof(double) ? (T)(object)double.NaN
        : (T)(object)Half.NaN;
}
