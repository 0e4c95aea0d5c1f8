using Sigmoid.Drivers;
using Sigmoid.Lanes;

using static Sigmoid.Tests.Core.LaneHarness;

namespace Sigmoid.Tests.Core;

/// <summary>
/// A kernel run on <see cref="TwinLanes{T}"/> (two vectors interleaved) gives, bit for bit, what it gives on each half
/// alone — for every kernel, double and narrow, on the scalar lanes (every machine) and on the vector widths this
/// machine accelerates; and the pair's loads, stores and rounding test keep the element order.
/// </summary>
public class TwinLanesTests
{
    private static double[] Inputs(bool probability)
    {
        var rng = new Random(20261202);
        var x = new List<double> { 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, 1.0, -1.0, 0.5 };
        for (int i = 0; i < 2000; i++)
            x.Add(probability ? rng.NextDouble() : (float)Math.ScaleB((rng.NextDouble() * 2 - 1), rng.Next(-30, 10)));
        if (probability) x.AddRange([1e-300, 1 - 1e-16, 1.5, -0.25]);
        else x.AddRange([-745.5, -104.0, 88.7, 800.0, 5e-324]);
        return [.. x];
    }

    private static void AssertPairsMatch<TOp>(bool probability) where TOp : IUnaryOperator
    {
        double[] x = Inputs(probability);
        Compare<TOp, ScalarLanes>(x, "scalar");
        if (Vector128Lanes.IsHardwareAccelerated) Compare<TOp, Vector128Lanes>(x, "Vector128");
        if (Vector256Lanes.IsHardwareAccelerated) Compare<TOp, Vector256Lanes>(x, "Vector256");
    }

    private static void Compare<TOp, T>(double[] x, string width) where TOp : IUnaryOperator where T : struct, IDoubleLanes<T>
    {
        foreach (bool narrow in new[] { false, true })
        {
            double[] single = Apply<T>(x, v => narrow ? TOp.InvokeForNarrow(v) : TOp.Invoke(v));
            double[] paired = Apply<TwinLanes<T>>(x, v => narrow ? TOp.InvokeForNarrow(v) : TOp.Invoke(v));
            for (int i = 0; i < x.Length; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(single[i]) == BitConverter.DoubleToInt64Bits(paired[i]),
                    $"{typeof(TOp).Name} {(narrow ? "narrow" : "double")} on {width} pairs: x = {x[i]:R} gives {paired[i]:R}, alone {single[i]:R}");
        }
    }

    [Fact] public void SigmoidAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<SigmoidOperator>(false);
    [Fact] public void LogitAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<LogitOperator>(true);
    [Fact] public void LogSigmoidAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<LogSigmoidOperator>(false);
    [Fact] public void SoftplusAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<SoftplusOperator>(false);
    [Fact] public void SigmoidDerivativeAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<SigmoidDerivativeOperator>(false);
    [Fact] public void SiluAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<SiluOperator>(false);
    [Fact] public void SiluDerivativeAsPairsGivesTheBitsOfItsHalves() => AssertPairsMatch<SiluDerivativeOperator>(false);

    [Fact]
    public void SigmoidBackwardFromInputAsPairsGivesTheBitsOfItsHalves()
    {
        double[] x = Inputs(false);
        double[] dy = [.. x.Select((v, i) => i % 7 == 0 ? double.PositiveInfinity : Math.ScaleB(1.0 + i % 13, i % 200 - 100))];
        Check<ScalarLanes>("scalar");
        if (Vector128Lanes.IsHardwareAccelerated) Check<Vector128Lanes>("Vector128");
        if (Vector256Lanes.IsHardwareAccelerated) Check<Vector256Lanes>("Vector256");

        void Check<T>(string width) where T : struct, IDoubleLanes<T>
        {
            foreach (bool narrow in new[] { false, true })
            {
                double[] single = ApplyBinary<T>(x, dy, (a, b) => narrow ? SigmoidBackwardFromInputOperator.InvokeForNarrow(a, b) : SigmoidBackwardFromInputOperator.Invoke(a, b));
                double[] paired = ApplyBinary<TwinLanes<T>>(x, dy, (a, b) => narrow ? SigmoidBackwardFromInputOperator.InvokeForNarrow(a, b) : SigmoidBackwardFromInputOperator.Invoke(a, b));
                for (int i = 0; i < x.Length; i++)
                    Assert.True(BitConverter.DoubleToInt64Bits(single[i]) == BitConverter.DoubleToInt64Bits(paired[i]),
                        $"σ backward {(narrow ? "narrow" : "double")} on {width} pairs: ({x[i]:R}, {dy[i]:R}) gives {paired[i]:R}, alone {single[i]:R}");
            }
        }
    }

    [Fact]
    public void PairsKeepTheElementOrderInLoadsStoresAndTheRoundingTest()
    {
        Check<ScalarLanes>();
        if (Vector128Lanes.IsHardwareAccelerated) Check<Vector128Lanes>();
        if (Vector256Lanes.IsHardwareAccelerated) Check<Vector256Lanes>();

        static void Check<T>() where T : struct, IDoubleLanes<T>
        {
            int n = TwinLanes<T>.Count;
            Assert.Equal(2 * T.Count, n);
            float[] source = [.. Enumerable.Range(0, n).Select(i => 1.5f + i)];
            var pair = TwinLanes<T>.LoadWidening(ref source[0]);
            for (int i = 0; i < n; i++) Assert.Equal(source[i], TwinLanes<T>.GetElement(pair, i));
            var narrowed = new float[n];
            TwinLanes<T>.StoreNarrowing(pair, ref narrowed[0]);
            Assert.Equal(source, narrowed);
            double[] doubles = [.. Enumerable.Range(0, n).Select(i => -2.25 * i)];
            var copy = new double[n];
            TwinLanes<T>.Store(TwinLanes<T>.Load(ref doubles[0]), ref copy[0]);
            Assert.Equal(doubles, copy);

            // The rounding test decides only when every element of both halves rounds the same either way; a single
            // undecided element in either half must fail it.
            for (int bad = 0; bad < n; bad++)
            {
                double[] up = [.. Enumerable.Range(0, n).Select(i => 1.0 + i)];
                double[] down = [.. up];
                down[bad] = 1.0 + bad + 1e-3;
                Assert.False(TwinLanes<T>.NarrowsSame(TwinLanes<T>.Load(ref up[0]), TwinLanes<T>.Load(ref down[0])), $"element {bad}");
                var stored = new float[n];
                Assert.False(TwinLanes<T>.StoreNarrowingIfSame(TwinLanes<T>.Load(ref up[0]), TwinLanes<T>.Load(ref down[0]), ref stored[0]));
                Assert.All(stored, v => Assert.Equal(0f, v));
                down[bad] = up[bad];
                Assert.True(TwinLanes<T>.NarrowsSame(TwinLanes<T>.Load(ref up[0]), TwinLanes<T>.Load(ref down[0])));
            }
        }
    }
}
