using System.Numerics;
using System.Runtime.InteropServices;
using Sigmoid;

// Uses the package as an app would: scalars, spans, the generic API, opt-in threads. Exit 0 and one line when every
// check holds; otherwise each failed check on stderr and exit 1.
var failures = new List<string>();
void Check(bool holds, string what)
{
    if (!holds) failures.Add(what);
}

Check(Logistic.Sigmoid(0f) == 0.5f, "σ(0) = ½ in float");
Check(Logistic.Sigmoid(-90f) > 0f && float.IsSubnormal(Logistic.Sigmoid(-90f)), "σ(-90) is a subnormal float, not 0");
Check(Logistic.Logit(0.75) == Math.Log(3.0), "logit(¾) = ln 3 in double"); // ln 3 is correctly rounded by every libm

float[] x = [-3f, -0.5f, 0f, 2.5f, 40f];
var spans = new float[x.Length];
Logistic.Sigmoid(x, spans);
for (int i = 0; i < x.Length; i++) Check(spans[i] == Logistic.Sigmoid(x[i]), $"span σ({x[i]}) = scalar σ({x[i]})");

var generic = new float[x.Length];
Activate<float>(x, generic);
Check(generic.AsSpan().SequenceEqual(spans), "generic Sigmoid<float> = float Sigmoid");
Check(Act(0.25) == Logistic.Sigmoid(0.25), "generic scalar Sigmoid<double>");
Check(Act(Half.One) == Logistic.Sigmoid(Half.One), "generic scalar Sigmoid<Half>");

var threads = new float[x.Length];
Logistic.Sigmoid<float>(x, threads, ParallelSpanOptions.AllCores); // <float>: C# 12 and 13 infer no T from an array
Check(threads.AsSpan().SequenceEqual(spans), "the same bits with threads");

try
{
    Act((NFloat)1.0);
    Check(false, "a type without an exact kernel is refused");
}
catch (NotSupportedException) { }

string runtime = RuntimeInformation.FrameworkDescription;
if (failures.Count > 0)
{
    foreach (var f in failures) Console.Error.WriteLine($"consumer on {runtime}: failed: {f}");
    return 1;
}
Console.WriteLine($"consumer on {runtime}: {x.Length} values, scalar, span, generic and threaded calls agree");
return 0;

static T Act<T>(T value) where T : IFloatingPointIeee754<T> => Logistic.Sigmoid(value);

static void Activate<T>(ReadOnlySpan<T> input, Span<T> output) where T : IFloatingPointIeee754<T> => Logistic.Sigmoid(input, output);
