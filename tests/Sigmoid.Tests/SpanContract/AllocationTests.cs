using System.Reflection;
using System.Numerics;

namespace Sigmoid.Tests.SpanContract;

/// <summary>
/// No span path allocates. Every public span overload of <see cref="Logistic"/> (found by reflection), on one
/// thread, at lengths that take each path — vector loop and tail, and for Half both the compute path (short spans)
/// and the table path (≥ 2,048) — allocates 0 bytes on the calling thread once warmed up (the Half table is built, once
/// per function, by the first long call). The plain overloads never split (parallelism is opt-in through ParallelSpanOptions), and the generic forms, closed over float, double and Half, allocate nothing either.
/// A pass is measured up to three times and the least count kept: one pass of a generic BCE overload that allocates
/// nothing once counted 7,160 bytes in a CI run (the runtime's own one-time work on the calling thread, most likely
/// while it recompiled a method the tests share), while a path that allocates does so on every pass.
/// </summary>
public class AllocationTests
{
    [Fact]
    public void SpanOverloadsAllocateNothingOnOneThread()
    {
        var failures = new List<string>();
        foreach (var definition in typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var ps = definition.GetParameters();
            if (ps.Length < 2 || !ps[^1].ParameterType.IsGenericType || ps[^1].ParameterType.GetGenericTypeDefinition() != typeof(Span<>)) continue;
            // the generic forms are measured closed over each type they accept
            var methods = definition.IsGenericMethodDefinition
                ? new[] { typeof(float), typeof(double), typeof(Half) }.Select(t => definition.MakeGenericMethod(t))
                : [definition];
            foreach (var m in methods)
            {
                Type t = m.GetParameters()[^1].ParameterType.GetGenericArguments()[0];
                long bytes = t == typeof(float) ? Measure<float>(m, ps.Length)
                    : t == typeof(double) ? Measure<double>(m, ps.Length) : Measure<Half>(m, ps.Length);
                if (bytes != 0) failures.Add($"{m.Name}{(m.IsGenericMethod ? "<T>" : "")}({t.Name}): {bytes} bytes");
            }
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    private static long Measure<T>(MethodInfo m, int arity) where T : unmanaged, IFloatingPoint<T>
    {
        var a = new T[5003];
        var b = new T[5003];
        var d = new T[5003];
        for (int i = 0; i < a.Length; i++) { a[i] = T.CreateTruncating((i % 200 - 100) * 0.05); b[i] = T.CreateTruncating((i % 10) * 0.1); }
        int[] lengths = [1, 7, 64, 1000, 5003];
        if (SpanOverloadTests.HasScalarParameter(m))
        {
            var f = m.CreateDelegate<ParameterSpan<T>>();
            T parameter = T.CreateTruncating(SpanOverloadTests.Parameter);
            foreach (int n in lengths) f(a.AsSpan(0, n), parameter, d.AsSpan(0, n));
            return LeastOfThree(() => { foreach (int n in lengths) f(a.AsSpan(0, n), parameter, d.AsSpan(0, n)); });
        }
        if (arity == 2)
        {
            var f = m.CreateDelegate<UnarySpan<T>>();
            foreach (int n in lengths) f(a.AsSpan(0, n), d.AsSpan(0, n));     // warm up (JIT, Half table)
            return LeastOfThree(() => { foreach (int n in lengths) f(a.AsSpan(0, n), d.AsSpan(0, n)); });
        }
        else
        {
            var f = m.CreateDelegate<BinarySpan<T>>();
            foreach (int n in lengths) f(a.AsSpan(0, n), b.AsSpan(0, n), d.AsSpan(0, n));
            return LeastOfThree(() => { foreach (int n in lengths) f(a.AsSpan(0, n), b.AsSpan(0, n), d.AsSpan(0, n)); });
        }
    }

    /// <summary>Bytes allocated on this thread by <paramref name="pass"/>: the least of up to three measurements (0 ends it).</summary>
    private static long LeastOfThree(Action pass)
    {
        long least = long.MaxValue;
        for (int attempt = 0; attempt < 3 && least > 0; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            pass();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return least;
    }
}
