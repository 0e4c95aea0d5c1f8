using Sigmoid.Kernels;
using Sigmoid.Lanes;
using Sigmoid.Lab.Reference;
using LabDoubleDouble = Sigmoid.Lab.Reference.DoubleDouble;

using static Sigmoid.Tests.Core.LaneHarness;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The building blocks of the fast float/Half kernels, on every lane width, against references that do not use them:
/// the 2^(j/16) and 2^(j/4) tables and their lookups, the narrow e^-a and reciprocal (their error bounds, which the correct-rounding margin rests
/// on), the power-of-two scaling (same bits on every path, rounded once), Min's NaN rule and the rounding bracket.
/// </summary>
public class NarrowLaneTests
{
    [Fact]
    public void ExpTableHoldsTwoToTheSixteenthsToAbout2PowMinus100()
    {
        for (int j = 0; j < 16; j++)
        {
            BigFloat exact = BigMath.Exp(BigMath.Ln2 * BigFloat.FromInteger(j) / BigFloat.FromInteger(16));
            BigFloat stored = BigFloat.FromDouble(ExpTable.Hi[j]) + BigFloat.FromDouble(ExpTable.Lo[j]);
            double relative = Math.Abs(((stored - exact) / exact).ToDouble());
            Assert.True(relative < Math.ScaleB(1, -100), $"j = {j}: relative error {relative:E3}");
            double halfUlp = (Math.BitIncrement(ExpTable.Hi[j]) - ExpTable.Hi[j]) / 2;
            Assert.True(Math.Abs(ExpTable.Lo[j]) <= halfUlp, $"j = {j}: Hi is not the nearest double");
        }
    }

    [Fact]
    public void QuarterTableHoldsTheNearestDoublesToTwoToTheQuarters()
    {
        for (int j = 0; j < 4; j++)
        {
            BigFloat exact = BigMath.Exp(BigMath.Ln2 * BigFloat.FromInteger(j) / BigFloat.FromInteger(4));
            double stored = ExpTable.Quarter[j];
            double error = Math.Abs((BigFloat.FromDouble(stored) - exact).ToDouble());
            Assert.True(error <= (Math.BitIncrement(stored) - stored) / 2, $"j = {j}: {stored:R} is not the double nearest 2^(j/4)");
        }
    }

    /// <summary>The tables the float exponential reads hold 2^(j/4) and 2^(j/16) with j·2^50 and j·2^48 taken from the
    /// bits, so that adding the rounding sum shifted up gives 2^(j/4)·2^⌊k/4⌋ in one integer add: they must be
    /// exactly the checked tables less those offsets.</summary>
    [Fact]
    public void IndexFoldedTablesAreTheCheckedTablesLessTheirIndex()
    {
        for (int j = 0; j < 4; j++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(ExpTable.Quarter[j]) - ((long)j << 50), BitConverter.DoubleToInt64Bits(ExpTable.QuarterLessIndex[j]));
        for (int j = 0; j < 16; j++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(ExpTable.Hi[j]) - ((long)j << 48), BitConverter.DoubleToInt64Bits(ExpTable.HiLessIndex[j]));
    }

    [Fact]
    public void Lookup4ReadsTheLowTwoBitsOnEveryPath()
    {
        // Index patterns whose low two bits are j, with other bits set above them (as in the rounding sum).
        double[] index = [.. Enumerable.Range(0, 64).Select(i => BitConverter.Int64BitsToDouble(0x4338000000000000L + i * 7 - 200))];
        foreach (var (path, r) in OnEveryPath(index, v => ScalarLanes.Lookup4(ExpTable.Quarter, v), v => Vector128Lanes.Lookup4(ExpTable.Quarter, v),
                     v => Vector256Lanes.Lookup4(ExpTable.Quarter, v), v => Vector512Lanes.Lookup4(ExpTable.Quarter, v)))
            for (int i = 0; i < index.Length; i++)
                Assert.True(r[i] == ExpTable.Quarter[(int)(BitConverter.DoubleToInt64Bits(index[i]) & 3)], $"{path}: index {i}");
    }

    [Fact]
    public void NarrowExpIsWithin2PowMinus49OnEveryPath()
    {
        // The documented bound of both tables' forms (the 4-entry one runs on the AVX2 path); the rounding test
        // needs only 2^-45.
        double[] a = [.. Uniform(50000, -128, 128, 11), .. Uniform(20000, -0.2, 0.2, 12), 0.0866, -0.0866, 0.1733, 0.3466, 88.72, -88.72, 127.99];
        foreach (var (path, e) in OnEveryPath(a, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow))
            for (int i = 0; i < a.Length; i++)
            {
                var (m, k) = DoubleDoubleMath.Exp(-a[i]);
                double relative = Math.Abs(((LabDoubleDouble)Math.ScaleB(e[i], -k) - m).ToDouble() / m.Hi);
                Assert.True(relative < Math.ScaleB(1, -49), $"{path}: e^-{a[i]:R} relative error {relative:E3}");
            }
    }

    [Fact]
    public void NarrowExpIsWithin2PowMinus45OnEveryPath()
    {
        double[] a = [.. Uniform(20000, -128, 128, 1), .. Uniform(5000, -1, 1, 2), 0, 1e-300, 5e-324, 0.5, 87.3, 103.9, 127.99, 128, -128, -103.9];
        foreach (var (path, e) in OnEveryPath(a, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow))
            for (int i = 0; i < a.Length; i++)
            {
                var (m, k) = DoubleDoubleMath.Exp(-a[i]);
                double relative = Math.Abs(((LabDoubleDouble)Math.ScaleB(e[i], -k) - m).ToDouble() / m.Hi);
                Assert.True(relative < Math.ScaleB(1, -45), $"{path}: e^-{a[i]:R} relative error {relative:E3}");
            }
    }

    [Fact]
    public void NarrowExpClampsTo128EitherWayAndKeepsNaN()
    {
        double[] a = [128, 500, double.PositiveInfinity, double.NaN, -128, -500, double.NegativeInfinity];
        foreach (var (path, e) in OnEveryPath(a, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow, ExpCore.ExpNegNarrow))
        {
            Assert.True(e[0] > 0 && e[0] < Math.ScaleB(1, -184), path);
            Assert.Equal(e[0], e[1]);
            Assert.Equal(e[0], e[2]);
            Assert.True(double.IsNaN(e[3]), path);
            Assert.True(e[4] > Math.ScaleB(1, 184) && double.IsFinite(e[4]), path);
            Assert.Equal(e[4], e[5]);
            Assert.Equal(e[4], e[6]);
        }
    }

    private static TV RatioOver<TV>(TV a) where TV : struct, IDoubleLanes<TV>
    {
        ExpCore.ExpNegRatio(a, out TV over, out _);
        return over;
    }

    private static TV RatioUnder<TV>(TV a) where TV : struct, IDoubleLanes<TV>
    {
        ExpCore.ExpNegRatio(a, out _, out TV under);
        return under;
    }

    /// <summary>The [5/5] Padé form of e^-a that σ, σ′ and SiLU fold into their division: its documented bound, at
    /// random points and where |s| is largest (a halfway between multiples of ln 2, where k may round either way).</summary>
    [Fact]
    public void NarrowExpRatioIsWithin2PowMinus47OnEveryPath()
    {
        double[] halfway = [.. Enumerable.Range(-184, 369).SelectMany(k => new[] { (k + 0.5) * Math.Log(2), Math.BitDecrement((k + 0.5) * Math.Log(2)), Math.BitIncrement((k + 0.5) * Math.Log(2)) })
            .Where(v => Math.Abs(v) <= 128)];
        double[] a = [.. Uniform(50000, -128, 128, 21), .. Uniform(20000, -1, 1, 22), .. halfway, 0, 1e-300, 5e-324, 0.3466, -0.3466, 87.3, 103.9, 127.99, 128, -128, -103.9, -87.3];
        var overs = OnEveryPath(a, RatioOver, RatioOver, RatioOver, RatioOver).ToArray();
        var unders = OnEveryPath(a, RatioUnder, RatioUnder, RatioUnder, RatioUnder).ToArray();
        for (int p = 0; p < overs.Length; p++)
            for (int i = 0; i < a.Length; i++)
            {
                double over = overs[p].Result[i], under = unders[p].Result[i];
                Assert.True(double.IsNormal(over) && over > 0 && double.IsNormal(under) && under > 0, $"{overs[p].Path}: a = {a[i]:R}: {over:R}/{under:R}");
                var (m, k) = DoubleDoubleMath.Exp(-a[i]);
                LabDoubleDouble ratio = (LabDoubleDouble)Math.ScaleB(over, -k) / (LabDoubleDouble)under;
                double relative = Math.Abs((ratio - m).ToDouble() / m.Hi);
                Assert.True(relative < Math.ScaleB(1, -47), $"{overs[p].Path}: e^-{a[i]:R} relative error {relative:E3}");
            }
    }

    [Fact]
    public void NarrowExpRatioClampsTo128EitherWayAndKeepsNaN()
    {
        double[] a = [128, 500, double.PositiveInfinity, double.NaN, -128, -500, double.NegativeInfinity];
        var overs = OnEveryPath(a, RatioOver, RatioOver, RatioOver, RatioOver).ToArray();
        var unders = OnEveryPath(a, RatioUnder, RatioUnder, RatioUnder, RatioUnder).ToArray();
        for (int p = 0; p < overs.Length; p++)
        {
            double[] e = [.. overs[p].Result.Zip(unders[p].Result, (o, u) => o / u)];
            string path = overs[p].Path;
            Assert.True(e[0] > 0 && e[0] < Math.ScaleB(1, -184), path);
            Assert.Equal(e[0], e[1]);
            Assert.Equal(e[0], e[2]);
            Assert.True(double.IsNaN(overs[p].Result[3]) && double.IsNaN(unders[p].Result[3]), path);
            Assert.True(e[4] > Math.ScaleB(1, 184) && double.IsFinite(e[4]), path);
            Assert.Equal(e[4], e[5]);
            Assert.Equal(e[4], e[6]);
        }
    }

    private static TV DivideBySeven<TV>(TV n) where TV : struct, IDoubleLanes<TV> => TV.DivideForNarrow(n, n * TV.Create(7.0) + TV.Create(1.0));

    [Fact]
    public void NarrowQuotientIsWithin2PowMinus50OnEveryPath()
    {
        // n/(7n + 1): denominators from 1 to 2^1000, numerators across the same range.
        double[] n = [.. Uniform(20000, 0, 4, 31), .. Uniform(2000, 1, 1e100, 32), 0, 1, 2, Math.ScaleB(1.3, 185), Math.ScaleB(1.7, 996)];
        foreach (var (path, q) in OnEveryPath(n, DivideBySeven, DivideBySeven, DivideBySeven, DivideBySeven))
            for (int i = 0; i < n.Length; i++)
            {
                double d = n[i] * 7.0 + 1.0;
                if (n[i] == 0) { Assert.Equal(0.0, q[i]); continue; }
                LabDoubleDouble exact = (LabDoubleDouble)n[i] / (LabDoubleDouble)d;
                double relative = Math.Abs(((LabDoubleDouble)q[i] - exact).ToDouble() / exact.Hi);
                Assert.True(relative < Math.ScaleB(1, -50), $"{path}: {n[i]:R}/{d:R} relative error {relative:E3}");
            }
    }

    [Fact]
    public void NarrowReciprocalIsWithin2PowMinus50OnEveryPath()
    {
        double[] d = [.. Uniform(20000, 1, 4, 3), .. Uniform(2000, 1, 1e100, 4), 1, 2, 4, Math.BitDecrement(2), 65536, Math.ScaleB(1.3, 185), Math.ScaleB(1.7, 999)];
        foreach (var (path, r) in OnEveryPath(d, v => ScalarLanes.ReciprocalForNarrow(v), v => Vector128Lanes.ReciprocalForNarrow(v),
                     v => Vector256Lanes.ReciprocalForNarrow(v), v => Vector512Lanes.ReciprocalForNarrow(v)))
            for (int i = 0; i < d.Length; i++)
            {
                double relative = Math.Abs(Math.FusedMultiplyAdd(r[i], d[i], -1.0));   // r·d - 1, one rounding
                Assert.True(relative < Math.ScaleB(1, -50), $"{path}: 1/{d[i]:R} relative error {relative:E3}");
            }
    }

    [Fact]
    public void PowerOfTwoScalingRoundsOnceAndGivesTheSameBitsOnEveryPath()
    {
        var rng = new Random(5);
        int count = 20000;
        double[] v = new double[count], n = new double[count];
        for (int i = 0; i < count; i++)
        {
            v[i] = (1 + rng.NextDouble()) * (rng.Next(2) == 0 ? 1 : -1) * Math.ScaleB(1, rng.Next(-3, 4));
            n[i] = (i % 3) switch { 0 => rng.Next(-1100, -1020), 1 => rng.Next(-300, 300), _ => rng.Next(-1200, 1000) + rng.NextDouble() };
        }
        double[] Expected()
        {
            var e = new double[count];
            for (int i = 0; i < count; i++)
            {
                int k = (int)Math.Floor(n[i]);
                // exact v·2^k rounded once: in units of the smallest subnormal when the result is that small
                double scaled = Math.ScaleB(v[i], k + 1074);                  // exact: a double times a power of two in range
                e[i] = Math.Abs(scaled) < Math.ScaleB(1, 53)
                    ? Math.ScaleB(Math.Round(scaled, MidpointRounding.ToEven), -1074)   // both steps exact
                    : Math.ScaleB(v[i], k);                                   // normal result: exact
            }
            return e;
        }
        double[] expected = Expected();
        double[] packed = v.Zip(n, (a, b) => a).ToArray();
        int index = 0;
        foreach (var (path, r) in new[]
                 {
                     ("scalar", Scale<ScalarLanes>(v, n)), ("Vector128", Scale<Vector128Lanes>(v, n)),
                     ("Vector256", Scale<Vector256Lanes>(v, n)), ("Vector512", Scale<Vector512Lanes>(v, n)),
                 })
            for (index = 0; index < count; index++)
                Assert.True(BitConverter.DoubleToInt64Bits(expected[index]) == BitConverter.DoubleToInt64Bits(r[index]),
                    $"{path}: {v[index]:R}·2^⌊{n[index]:R}⌋ = {r[index]:R}, expected {expected[index]:R}");
        Assert.Equal(packed.Length, index);
    }

    private static double[] Scale<TV>(double[] v, double[] n) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        var result = new double[v.Length];
        for (int i = 0; i + w <= v.Length; i += w)
            TV.Store(TV.ScaleByPowerOfTwoFloor(TV.Load(ref v[i]), TV.Load(ref n[i])), ref result[i]);
        for (int i = v.Length / w * w; i < v.Length; i++)
            result[i] = ScalarLanes.ScaleByPowerOfTwoFloor(new ScalarLanes(v[i]), new ScalarLanes(n[i])).V;
        return result;
    }

    [Fact]
    public void MinKeepsNaNAndClamps()
    {
        double[] a = [double.NaN, 200, 3, double.PositiveInfinity, -0.0, 128];
        foreach (var (path, r) in OnEveryPath(a, v => ScalarLanes.Min(v, ScalarLanes.Create(128)), v => Vector128Lanes.Min(v, Vector128Lanes.Create(128)),
                     v => Vector256Lanes.Min(v, Vector256Lanes.Create(128)), v => Vector512Lanes.Min(v, Vector512Lanes.Create(128))))
        {
            Assert.True(double.IsNaN(r[0]), path);
            Assert.Equal([128, 3, 128, 0, 128], r[1..]);
        }
    }

    [Fact]
    public void BracketDecidesTheSameLanesOnEveryPathAndStoresTheRoundedValue()
    {
        // doubles at, near and away from float midpoints, in the normal and the subnormal float range
        var rng = new Random(9);
        var values = new List<double>();
        for (int i = 0; i < 4096; i++)
        {
            float f = BitConverter.Int32BitsToSingle(rng.Next(1, 0x3F800000)) * (i % 7 == 0 ? -1 : 1);
            double mid = ((double)f + MathF.BitIncrement(f)) / 2;
            long offset = rng.Next(-(1 << 13), 1 << 13);
            values.Add(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(mid) + offset));
            values.Add(rng.NextDouble());
        }
        double[] x = values.ToArray();
        int flagged = 0;
        foreach (double v in x)
        {
            // an independent statement of the rule: decided exactly when no float midpoint lies within 2^-41·|v|
            float nearest = (float)v;
            float other = v > nearest ? MathF.BitIncrement(nearest) : MathF.BitDecrement(nearest);
            double midpoint = ((double)nearest + other) / 2;
            // (slack 2^-50·|v| for the roundings of the two products)
            bool straddles = Math.Abs(v - midpoint) <= Math.Abs(v) * (Math.ScaleB(1, -41) + Math.ScaleB(1, -50));
            bool clear = Math.Abs(v - midpoint) >= Math.Abs(v) * (Math.ScaleB(1, -41) - Math.ScaleB(1, -50));
            float stored = 0;
            bool decided = ScalarLanes.StoreNarrowingIfSame(new(v * CorrectRounding.BracketUp), new(v * CorrectRounding.BracketDown), ref stored);
            if (!straddles) Assert.True(decided, $"{v:R} is clear of the midpoint {midpoint:R}");
            if (!clear) Assert.False(decided, $"{v:R} is within the band of {midpoint:R}");
            if (decided) Assert.Equal(nearest, stored);
            if (!decided) flagged++;
        }
        Assert.InRange(flagged, 1000, 4096);
        Assert.Equal(Decisions<ScalarLanes>(x), Decisions<Vector128Lanes>(x));
        Assert.Equal(Decisions<ScalarLanes>(x), Decisions<Vector256Lanes>(x));
        Assert.Equal(Decisions<ScalarLanes>(x), Decisions<Vector512Lanes>(x));
    }

    /// <summary>Per block of TV.Count values: whether the bracket decided them all, and the stored float bits.</summary>
    private static string Decisions<TV>(double[] x) where TV : struct, IDoubleLanes<TV>
    {
        int w = TV.Count;
        var sb = new System.Text.StringBuilder();
        var stored = new float[w];
        for (int i = 0; i + w <= x.Length; i += w)
        {
            TV r = TV.Load(ref x[i]);
            bool decided = TV.StoreNarrowingIfSame(r * TV.Create(CorrectRounding.BracketUp), r * TV.Create(CorrectRounding.BracketDown), ref stored[0]);
            bool all = true;
            for (int j = 0; j < w; j++)
            {
                float s = 0;
                all &= ScalarLanes.StoreNarrowingIfSame(new(x[i + j] * CorrectRounding.BracketUp), new(x[i + j] * CorrectRounding.BracketDown), ref s);
                sb.Append(BitConverter.SingleToInt32Bits(stored[j])).Append(',');
            }
            sb.Append(decided == all ? "" : $"[disagree at {i}]");
        }
        return sb.ToString();
    }
}
