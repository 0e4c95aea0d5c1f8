using System.Numerics;
using Sigmoid.Cli.Eval;

namespace Sigmoid.Cli.Bench;

/// <summary>The benchmark inputs, shared by <c>sigmoid bench</c> and the BenchmarkDotNet suite.</summary>
internal static class BenchInputs
{
    /// <summary>
    /// Deterministic inputs (seeded by the size) in each function's natural domain: x or z uniform in [-10, 10];
    /// p or y uniform in (0, 1); labels uniform in [0, 1]; upstream gradients uniform in [-1, 1]. The second array is
    /// empty for one-input functions.
    /// </summary>
    public static (T[] A, T[] B) For<T>(FamilyFunction function, int n) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rng = new Random(20_260_000 + n);
        var a = new T[n];
        var b = FamilyFunctions.Arity(function) == 2 ? new T[n] : [];
        for (int i = 0; i < n; i++)
        {
            double u = rng.NextDouble();
            a[i] = T.CreateTruncating(function is FamilyFunction.Logit or FamilyFunction.BackwardFromOutput
                ? 0.0005 + 0.999 * u     // p or y in (0, 1)
                : (u - 0.5) * 20);        // x or z in [-10, 10]
            if (b.Length > 0)
                b[i] = T.CreateTruncating(function is FamilyFunction.BceWithLogits or FamilyFunction.BceGradient
                    ? rng.NextDouble()        // label in [0, 1]
                    : rng.NextDouble() * 2 - 1); // upstream gradient in [-1, 1]
        }
        return (a, b);
    }
}
