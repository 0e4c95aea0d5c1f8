using System.Numerics;
using Sigmoid.Cli.Bench;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Tests.Cli;

/// <summary>
/// The peers of the benchmarks compute the same function as the library (so that the speed comparison compares like
/// with like), and the ratios are the documented quotients.
/// </summary>
public class BenchPeersTests
{
    public static TheoryData<string> Functions()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in FamilyFunctions.All) data.Add(name);
        return data;
    }

    /// <summary>
    /// On the benchmark inputs (moderate: |x| ≤ 10, p in (0.0005, 0.9995)) every peer agrees with the library to a
    /// relative 1e-4 in float and 1e-9 in double, or an absolute 1e-6 / 1e-12 where the value is near zero (the naive
    /// compositions lose relative accuracy there, which is the library's point, not the peers' bug).
    /// </summary>
    [Theory]
    [MemberData(nameof(Functions))]
    public void PeersComputeTheSameFunctionAsTheLibrary(string name)
    {
        Assert.True(FamilyFunctions.TryParse(name, out var f));
        Check<float>(f, 1e-4, 1e-6);
        Check<double>(f, 1e-9, 1e-12);
    }

    private static void Check<T>(FamilyFunction f, double relative, double absolute) where T : unmanaged, IFloatingPointIeee754<T>
    {
        const int n = 1000;
        var (a, b) = BenchInputs.For<T>(f, n);
        var expected = new T[n];
        var scratch = new T[n];
        var peers = new List<(string Name, T[] Result)>();
        void Add(string label, Action<T[]> run) { var d = new T[n]; run(d); peers.Add((label, d)); }
        if (FamilyFunctions.Arity(f) == 1)
        {
            LibrarySpans<T>.Unary(f)(a, expected);
            Add("TensorPrimitives", d => Peers<T>.TensorPrimitivesUnary(f, a, d, scratch));
            Add("naive", d => Peers<T>.NaiveUnary(f, a, d));
            if (Peers<T>.HasMathNet(f)) Add("MathNet", d => Peers<T>.MathNetUnary(f, a, d));
        }
        else
        {
            Assert.Equal(n, b.Length);
            LibrarySpans<T>.Binary(f)(a, b, expected);
            Add("TensorPrimitives", d => Peers<T>.TensorPrimitivesBinary(f, a, b, d, scratch));
            Add("naive", d => Peers<T>.NaiveBinary(f, a, b, d));
        }
        foreach (var (label, result) in peers)
            for (int i = 0; i < n; i++)
            {
                double e = double.CreateTruncating(expected[i]), r = double.CreateTruncating(result[i]);
                Assert.True(Math.Abs(r - e) <= Math.Max(absolute, relative * Math.Abs(e)),
                    $"{FamilyFunctions.Name(f)} {typeof(T).Name} {label} at input {a[i]}: {r} vs library {e}");
            }
    }

    [Fact]
    public void InputsStayInTheirDomains()
    {
        var (p, _) = BenchInputs.For<double>(FamilyFunction.Logit, 10_000);
        Assert.All(p, v => Assert.InRange(v, 0.0005, 0.9995));
        var (z, y) = BenchInputs.For<float>(FamilyFunction.BceWithLogits, 10_000);
        Assert.All(z, v => Assert.InRange(v, -10f, 10f));
        Assert.All(y, v => Assert.InRange(v, 0f, 1f));
        var (_, dy) = BenchInputs.For<double>(FamilyFunction.BackwardFromInput, 10_000);
        Assert.All(dy, v => Assert.InRange(v, -1.0, 1.0));
        Assert.Equal(BenchInputs.For<double>(FamilyFunction.Sigmoid, 100).A, BenchInputs.For<double>(FamilyFunction.Sigmoid, 100).A);
    }

    [Fact]
    public void TensorPrimitivesAllCoresEqualsOneThread()
    {
        int n = 100_003;
        var (x, _) = BenchInputs.For<float>(FamilyFunction.Sigmoid, n);
        var one = new float[n];
        var all = new float[n];
        System.Numerics.Tensors.TensorPrimitives.Sigmoid(x, one);
        Peers<float>.TensorPrimitivesSigmoidAllCores(x, all, n);
        Assert.Equal(one, all);
    }

    [Fact]
    public void RatiosAreTheDocumentedQuotients()
    {
        BenchRow Row(Contender who, double ns, int threads = 1, string function = "sigmoid") =>
            new(function, "float", 4096, threads, who, who.ToString(), ns);
        var rows = BenchRatios.Apply(
        [
            Row(Contender.Library, 0.5), Row(Contender.TensorPrimitives, 1.0), Row(Contender.CopyTo, 0.1),
            Row(Contender.Library, 0.25, threads: 2), Row(Contender.TensorPrimitives, 0.8, threads: 2),
            Row(Contender.Library, 2.0, function: "logit"), Row(Contender.TensorPrimitives, 3.0, function: "logit"),
        ]);
        Assert.Equal(2.0, rows[0].SpeedVsTensorPrimitives!.Value, 12);   // TP time / library time
        Assert.Equal(5.0, rows[0].TimeVsCopyTo!.Value, 12);              // library time / CopyTo time
        Assert.Equal(1.0, rows[1].SpeedVsTensorPrimitives!.Value, 12);
        Assert.Equal(3.2, rows[3].SpeedVsTensorPrimitives!.Value, 12);   // against TP with the same thread count
        Assert.Equal(1.5, rows[5].SpeedVsTensorPrimitives!.Value, 12);
        Assert.Equal(20.0, rows[5].TimeVsCopyTo!.Value, 12);             // CopyTo of the same type and size, from another function
    }
}
