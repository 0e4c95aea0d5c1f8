using System.Reflection;
using System.Text;
using Sigmoid.Learning;
using Sigmoid.Tests.CodeRules;

namespace Sigmoid.Tests.PublicApi;

/// <summary>
/// The public surface of each package, pinned: every public type and member of <c>Sigmoid</c> and
/// <c>Sigmoid.Learning</c>, listed by reflection, must equal the checked-in list next to this file, so that the surface
/// changes only on purpose. After an intended change, run the tests with <c>SIGMOID_ACCEPT_PUBLIC_API=1</c> to rewrite
/// the lists, and review the difference in the commit.
/// </summary>
public class PublicSurfaceTests
{
    public static TheoryData<string> Packages() => new("Sigmoid", "Sigmoid.Learning");

    private static Assembly AssemblyOf(string package) =>
        package == "Sigmoid" ? typeof(Logistic).Assembly : typeof(Mlp<>).Assembly;

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicSurfaceIsTheCheckedInList(string package)
    {
        string path = Path.Combine(RepositoryRoot.Path, "tests", "Sigmoid.Tests", "PublicApi", package + ".txt");
        string[] actual = PublicSurface.Of(AssemblyOf(package));
        if (Environment.GetEnvironmentVariable("SIGMOID_ACCEPT_PUBLIC_API") == "1")
            File.WriteAllText(path, string.Join("\n", actual) + "\n");
        string[] expected = File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : [];
        var added = actual.Except(expected).ToArray();
        var removed = expected.Except(actual).ToArray();
        var message = new StringBuilder($"The public surface of {package} differs from {Path.GetFileName(path)}");
        foreach (var line in added) message.Append("\n  + ").Append(line);
        foreach (var line in removed) message.Append("\n  - ").Append(line);
        message.Append("\nIf the change is on purpose, rerun with SIGMOID_ACCEPT_PUBLIC_API=1 and commit the list.");
        Assert.True(added.Length == 0 && removed.Length == 0, message.ToString());
    }

    [Fact]
    public void SigmoidHoldsTheFunctionFamilyOnly()
    {
        string[] namespaces = typeof(Logistic).Assembly.GetExportedTypes().Select(t => t.Namespace ?? "").Distinct().ToArray();
        Assert.Equal(["Sigmoid"], namespaces);
        Assert.DoesNotContain(typeof(Logistic).Assembly.GetExportedTypes(), t => t.Name.Contains("Layer") || t.Name.Contains("Mlp"));
    }

    /// <summary>Like TensorPrimitives: the one span a function writes is its <c>destination</c>, gradients included.</summary>
    [Fact]
    public void EveryWrittenSpanOfTheFunctionFamilyIsNamedDestination()
    {
        var written = typeof(Logistic).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => (Method: m, Parameter: p)))
            .Where(x => x.Parameter.ParameterType.IsGenericType && x.Parameter.ParameterType.GetGenericTypeDefinition() == typeof(Span<>))
            .ToList();
        Assert.NotEmpty(written);
        var misnamed = written.Where(x => x.Parameter.Name != "destination")
            .Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}({x.Parameter.ParameterType.Name} {x.Parameter.Name})").Distinct();
        Assert.Empty(misnamed);
    }

    [Fact]
    public void TheListerSeesEveryKindOfMember()
    {
        string[] surface = PublicSurface.Of(typeof(Logistic).Assembly);
        Assert.Contains("static class Sigmoid.Logistic", surface);
        Assert.Contains("Sigmoid.Logistic: static float Sigmoid(float x)", surface);
        Assert.Contains("Sigmoid.Logistic: static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> destination) where T : System.Numerics.IFloatingPointIeee754<T>", surface);
        Assert.Contains("Sigmoid.ParallelSpanOptions: int MaxDegreeOfParallelism { get; }", surface);
    }
}
