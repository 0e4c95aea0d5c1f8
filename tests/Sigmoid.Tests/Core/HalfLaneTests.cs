using Sigmoid.Kernels;
using Sigmoid.Lanes;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The Half span paths: the lane conversions (<see cref="HalfBits"/> through each lane struct) against the scalar
/// conversions — <c>(double)Half</c> for all 2^16 patterns, <see cref="CorrectRounding.RoundToHalf"/> for doubles at,
/// beside and between every Half midpoint plus the boundaries and random doubles — and every Half span function
/// against its scalar overload for all 2^16 inputs on every forced path, out of place and in place.
/// </summary>
public class HalfLaneTests
{
    private static readonly SimdPath[] Paths = [SimdPath.Scalar, SimdPath.Vector128, SimdPath.Vector256, SimdPath.Vector512];

    public static TheoryData<string> LaneWidths => new() { "Scalar", "Vector128", "Vector256", "Vector512" };

    private static Half[] AllHalves() => Enumerable.Range(0, 1 << 16).Select(i => BitConverter.UInt16BitsToHalf((ushort)i)).ToArray();

    // ------------------------------------------------------------------ lane conversions

    [Theory, MemberData(nameof(LaneWidths))]
    public void WideningIsExactForEveryHalf(string width) => Dispatch(width, new WidenCheck());

    [Theory, MemberData(nameof(LaneWidths))]
    public void NarrowingRoundsAsTheScalarForDoublesAroundEveryMidpoint(string width) => Dispatch(width, new NarrowCheck());

    [Theory, MemberData(nameof(LaneWidths))]
    public void UnaryRoundingFlagsTheMidpointBandAndRoundsCorrectlyOutsideIt(string width) => Dispatch(width, new FlaggedRoundingCheck());

    private interface ILaneCheck { void Run<TV>() where TV : struct, IDoubleLanes<TV>; }

    private static void Dispatch(string width, ILaneCheck check)
    {
        switch (width)
        {
            case "Scalar": check.Run<ScalarLanes>(); break;
            // run whether or not the hardware accelerates the width: unaccelerated, the lane structs take their
            // cross-platform branches (the Narrow/WidenLower chains), which must give the same bits too
            case "Vector128": check.Run<Vector128Lanes>(); break;
            case "Vector256": check.Run<Vector256Lanes>(); break;
            case "Vector512": check.Run<Vector512Lanes>(); break;
            default: throw new ArgumentException(width);
        }
    }

    private sealed class WidenCheck : ILaneCheck
    {
        public void Run<TV>() where TV : struct, IDoubleLanes<TV>
        {
            Half[] h = AllHalves();
            for (int i = 0; i < h.Length; i += TV.Count)
            {
                TV v = HalfBits.LoadWidening<TV>(ref h[i]);
                for (int j = 0; j < TV.Count; j++)
                {
                    long expected = BitConverter.DoubleToInt64Bits((double)h[i + j]), actual = BitConverter.DoubleToInt64Bits(TV.GetElement(v, j));
                    Assert.True(expected == actual, $"{typeof(TV).Name}: Half 0x{i + j:X4} widened to 0x{actual:X16}, expected 0x{expected:X16}");
                }
            }
        }
    }

    private sealed class NarrowCheck : ILaneCheck
    {
        public void Run<TV>() where TV : struct, IDoubleLanes<TV>
        {
            double[] d = NarrowingInputs();
            var buffer = new double[TV.Count];
            var result = new Half[TV.Count + 2];
            for (int i = 0; i < d.Length; i += TV.Count)
            {
                for (int j = 0; j < TV.Count; j++) buffer[j] = d[(i + j) % d.Length];
                result[0] = result[^1] = (Half)7;                       // guards: the store writes Count Halves only
                HalfBits.StoreNarrowing(TV.Load(ref buffer[0]), ref result[1]);
                Assert.True(result[0] == (Half)7 && result[^1] == (Half)7, $"{typeof(TV).Name}: store wrote outside its {TV.Count} Halves");
                for (int j = 0; j < TV.Count; j++)
                {
                    ushort expected = BitConverter.HalfToUInt16Bits(CorrectRounding.RoundToHalf(buffer[j]));
                    ushort actual = BitConverter.HalfToUInt16Bits(result[1 + j]);
                    Assert.True(expected == actual,
                        $"{typeof(TV).Name}: {buffer[j]:R} (0x{BitConverter.DoubleToInt64Bits(buffer[j]):X16}) narrowed to 0x{actual:X4}, RoundToHalf gives 0x{expected:X4}");
                }
            }
        }
    }

    private sealed class FlaggedRoundingCheck : ILaneCheck
    {
        public void Run<TV>() where TV : struct, IDoubleLanes<TV>
        {
            double[] d = NarrowingInputs();
            var buffer = new double[TV.Count];
            var result = new Half[TV.Count];
            int flagged = 0;
            for (int i = 0; i < d.Length; i += TV.Count)
            {
                for (int j = 0; j < TV.Count; j++) buffer[j] = d[(i + j) % d.Length];
                TV r = TV.Load(ref buffer[0]);
                TV.StoreHalfBits(HalfBits.RoundAwayFromMidpoints(r, out TV band), ref result[0]);
                TV near = HalfBits.NearMidpoint(band);
                Assert.Equal(TV.Any(near), HalfBits.AnyNearMidpoint(band));
                TV expectedNear = CorrectRounding.NearHalfMidpoint(r);
                for (int j = 0; j < TV.Count; j++)
                {
                    bool isNear = BitConverter.DoubleToInt64Bits(TV.GetElement(near, j)) != 0;
                    Assert.True(BitConverter.DoubleToInt64Bits(TV.GetElement(expectedNear, j)) == BitConverter.DoubleToInt64Bits(TV.GetElement(near, j)),
                        $"{typeof(TV).Name}: {buffer[j]:R} flagged {isNear}, NearHalfMidpoint disagrees");
                    if (isNear) { flagged++; continue; }
                    ushort expected = BitConverter.HalfToUInt16Bits(CorrectRounding.RoundToHalf(buffer[j]));
                    ushort actual = BitConverter.HalfToUInt16Bits(result[j]);
                    Assert.True(expected == actual,
                        $"{typeof(TV).Name}: {buffer[j]:R} (0x{BitConverter.DoubleToInt64Bits(buffer[j]):X16}) rounded to 0x{actual:X4}, RoundToHalf gives 0x{expected:X4}");
                }
            }
            Assert.True(flagged > d.Length / 5, $"only {flagged} of {d.Length} inputs flagged: the five nearest each midpoint should be");
        }
    }

    /// <summary>Every Half and every midpoint between neighbours (∞ included), each exactly and 1, 2 and 2^20 double
    /// ulps either side, both signs; the subnormal/normal and 65504/65520 boundaries; tiny, huge and non-finite
    /// doubles, NaNs with payloads; and random doubles over the whole Half range.</summary>
    private static double[] NarrowingInputs()
    {
        var list = new List<double>();
        void AddAround(double v)
        {
            list.Add(v);
            double up = v, down = v;
            for (int k = 1; k <= 2; k++) { up = Math.BitIncrement(up); down = Math.BitDecrement(down); list.Add(up); list.Add(down); }
            long b = BitConverter.DoubleToInt64Bits(v);
            list.Add(BitConverter.Int64BitsToDouble(b + (1L << 20)));
            if (v != 0) list.Add(BitConverter.Int64BitsToDouble(b - (1L << 20)));
        }
        for (int bits = 0; bits < 0x7C00; bits++)
        {
            double lo = (double)BitConverter.UInt16BitsToHalf((ushort)bits), hi = (double)BitConverter.UInt16BitsToHalf((ushort)(bits + 1));
            AddAround(lo);
            AddAround((lo + hi) / 2);
        }
        AddAround(65504); AddAround(65520); AddAround(65536); AddAround(1.0 / 16384); AddAround(Math.ScaleB(1, -25)); AddAround(Math.ScaleB(1, -24));
        list.AddRange([double.Epsilon, 1e-300, 1e-30, 1e30, 1e300, double.MaxValue, double.PositiveInfinity, 0.0, double.NaN,
            BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001), BitConverter.Int64BitsToDouble(0x7FF4_0123_4567_89AB),
            BitConverter.Int64BitsToDouble(0x7FFF_FFFF_FFFF_FFFF), BitConverter.Int64BitsToDouble(0x7FF8_0400_0000_0000)]);
        var rng = new Random(2026);
        for (int i = 0; i < 200_000; i++)
            list.Add(Math.ScaleB(1 + rng.NextDouble(), rng.Next(-40, 17)));
        int n = list.Count;
        for (int i = 0; i < n; i++) list.Add(-list[i]);
        return list.ToArray();
    }

    // ------------------------------------------------------------------ span functions, all 2^16 inputs

    public static TheoryData<string> UnaryFunctions => new() { "Sigmoid", "SigmoidDerivative", "Logit", "LogSigmoid", "Softplus" };

    public static TheoryData<string> BinaryFunctions => new()
    {
        "BinaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsGradient", "SigmoidBackwardFromOutput", "SigmoidBackwardFromInput",
    };

    private delegate void UnarySpan(ReadOnlySpan<Half> x, Span<Half> d);
    private delegate void BinarySpan(ReadOnlySpan<Half> a, ReadOnlySpan<Half> b, Span<Half> d);

    [Theory, MemberData(nameof(UnaryFunctions))]
    public void UnarySpansEqualTheScalarForEveryHalfOnEveryPath(string name)
    {
        var scalar = (Func<Half, Half>)Delegate.CreateDelegate(typeof(Func<Half, Half>), typeof(Logistic).GetMethod(name, [typeof(Half)])!);
        var span = (UnarySpan)Delegate.CreateDelegate(typeof(UnarySpan), typeof(Logistic).GetMethod(name, [typeof(ReadOnlySpan<Half>), typeof(Span<Half>)])!);
        Half[] x = AllHalves();
        Half[] expected = x.Select(scalar).ToArray();
        foreach (SimdPath path in Paths.Prepend(SimdPath.Auto))   // Auto: long spans read the table of all Halves
        {
            Half[] outOfPlace = new Half[x.Length], inPlace = (Half[])x.Clone();
            WithPath(path, () => { span(x, outOfPlace); span(inPlace, inPlace); });
            AssertSameBits(expected, outOfPlace, i => $"{name} path {path} x=0x{i:X4}");
            AssertSameBits(expected, inPlace, i => $"{name} path {path} in place x=0x{i:X4}");
        }
    }

    [Theory, MemberData(nameof(BinaryFunctions))]
    public void BinarySpansEqualTheScalarForEveryHalfOnEveryPath(string name)
    {
        var scalar = (Func<Half, Half, Half>)Delegate.CreateDelegate(typeof(Func<Half, Half, Half>), typeof(Logistic).GetMethod(name, [typeof(Half), typeof(Half)])!);
        var span = (BinarySpan)Delegate.CreateDelegate(typeof(BinarySpan),
            typeof(Logistic).GetMethod(name, [typeof(ReadOnlySpan<Half>), typeof(ReadOnlySpan<Half>), typeof(Span<Half>)])!);
        Half[] a = AllHalves();
        // second argument: labels in [0,1] (and a few outside), and for the backward passes every Half once more
        var rng = new Random(9);
        foreach (Half[] b in new[]
                 {
                     a.Select(_ => (Half)(rng.Next(8) == 0 ? rng.Next(2) : rng.NextDouble())).ToArray(),
                     Enumerable.Reverse(a).ToArray(),
                 })
        {
            Half[] expected = a.Select((v, i) => scalar(v, b[i])).ToArray();
            foreach (SimdPath path in Paths)
            {
                Half[] outOfPlace = new Half[a.Length], inPlaceA = (Half[])a.Clone(), inPlaceB = (Half[])b.Clone();
                WithPath(path, () => { span(a, b, outOfPlace); span(inPlaceA, b, inPlaceA); span(a, inPlaceB, inPlaceB); });
                AssertSameBits(expected, outOfPlace, i => $"{name} path {path} a=0x{i:X4} b={b[i]}");
                AssertSameBits(expected, inPlaceA, i => $"{name} path {path} in place (a) a=0x{i:X4} b={b[i]}");
                AssertSameBits(expected, inPlaceB, i => $"{name} path {path} in place (b) a=0x{i:X4} b={b[i]}");
            }
        }
    }

    [Theory, MemberData(nameof(UnaryFunctions))]
    public void UnarySpansEqualTheScalarAtEveryShortLengthAndOffset(string name)
    {
        var scalar = (Func<Half, Half>)Delegate.CreateDelegate(typeof(Func<Half, Half>), typeof(Logistic).GetMethod(name, [typeof(Half)])!);
        var span = (UnarySpan)Delegate.CreateDelegate(typeof(UnarySpan), typeof(Logistic).GetMethod(name, [typeof(ReadOnlySpan<Half>), typeof(Span<Half>)])!);
        var rng = new Random(3);
        Half[] pool = Enumerable.Range(0, 64).Select(_ => BitConverter.UInt16BitsToHalf((ushort)rng.Next(1 << 16))).ToArray();
        foreach (SimdPath path in Paths)
            for (int n = 0; n <= 40; n++)
                for (int offset = 0; offset < 3; offset++)
                {
                    Half[] buffer = new Half[n + 6], destination = new Half[n + 6];
                    for (int i = 0; i < buffer.Length; i++) buffer[i] = destination[i] = pool[(i + n) % pool.Length];
                    Half[] sentinel = (Half[])destination.Clone();
                    Half[] inPlace = (Half[])buffer.Clone();
                    WithPath(path, () =>
                    {
                        span(buffer.AsSpan(offset, n), destination.AsSpan(offset + 1, n));
                        span(inPlace.AsSpan(offset, n), inPlace.AsSpan(offset, n));
                    });
                    for (int i = 0; i < destination.Length; i++)
                    {
                        bool inside = i >= offset + 1 && i < offset + 1 + n;
                        Half want = inside ? scalar(buffer[i - 1]) : sentinel[i];
                        Assert.True(Same(want, destination[i]), $"{name} path {path} n={n} offset={offset} i={i}");
                        Half wantInPlace = i >= offset && i < offset + n ? scalar(buffer[i]) : buffer[i];
                        Assert.True(Same(wantInPlace, inPlace[i]), $"{name} path {path} in place n={n} offset={offset} i={i}");
                    }
                }
    }

    private static void WithPath(SimdPath path, Action action)
    {
        SimdPath saved = SimdPathOverride.Forced;
        SimdPathOverride.Forced = path;
        try { action(); }
        finally { SimdPathOverride.Forced = saved; }
    }

    private static bool Same(Half a, Half b) => BitConverter.HalfToUInt16Bits(a) == BitConverter.HalfToUInt16Bits(b) || Half.IsNaN(a) && Half.IsNaN(b);

    private static void AssertSameBits(Half[] expected, Half[] actual, Func<int, string> where)
    {
        for (int i = 0; i < expected.Length; i++)
            if (!Same(expected[i], actual[i]))
                Assert.Fail($"{where(i)}: span gives 0x{BitConverter.HalfToUInt16Bits(actual[i]):X4}, scalar 0x{BitConverter.HalfToUInt16Bits(expected[i]):X4}");
    }
}
