using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using Sigmoid.Cli;

namespace Sigmoid.Tests.CodeRules;

/// <summary>The rules of the house that matter, as tests rather than review comments.</summary>
public class CodeRulesTests
{
    private static readonly Type[] ElementTypes = [typeof(float), typeof(double), typeof(Half)];

    private static IEnumerable<MethodInfo> PublicMethods(string name) =>
        typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name);

    private static readonly string[] Families =
    [
        "Sigmoid", "SigmoidDerivative", "Logit", "LogSigmoid", "Softplus",
        "BinaryCrossEntropyWithLogits", "BinaryCrossEntropyWithLogitsGradient",
        "SigmoidBackwardFromOutput", "SigmoidBackwardFromInput",
    ];

    /// <summary>Batch functions (a loss and its gradient over whole spans, with reductions): span overloads only.</summary>
    private static readonly string[] Reductions = ["BinaryCrossEntropyWithLogitsLoss", "BinaryCrossEntropyWithLogitsLossGradient"];

    public static TheoryData<string> FunctionNames() => new(Families);

    public static TheoryData<string> ReductionNames() => new(Reductions);

    [Theory]
    [MemberData(nameof(ReductionNames))]
    public void EveryReductionHasOverloadsForEveryType(string name)
    {
        var methods = PublicMethods(name).ToArray();
        foreach (var t in ElementTypes)
            Assert.True(methods.Any(m => m.GetParameters()[0].ParameterType == typeof(ReadOnlySpan<>).MakeGenericType(t)),
                $"Logistic.{name} has no overload for spans of {t.Name}.");
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void EveryFunctionHasScalarAndSpanOverloadsForEveryType(string name)
    {
        var methods = PublicMethods(name).ToArray();
        foreach (var t in ElementTypes)
        {
            Assert.True(methods.Any(m => m.ReturnType == t && m.GetParameters().All(p => p.ParameterType == t)),
                $"Logistic.{name} has no scalar overload for {t.Name}.");
            var span = methods.Where(m => m.ReturnType == typeof(void)).ToArray();
            Assert.True(span.Any(m =>
                {
                    var ps = m.GetParameters();
                    return ps[^1].ParameterType == typeof(Span<>).MakeGenericType(t)
                           && ps[..^1].All(p => p.ParameterType == typeof(ReadOnlySpan<>).MakeGenericType(t));
                }),
                $"Logistic.{name} has no span overload (ReadOnlySpan<{t.Name}>… → Span<{t.Name}>).");
        }
    }

    [Fact]
    public void EveryPublicLogisticMethodBelongsToAKnownFamily()
    {
        var known = Families.Concat(Reductions).ToHashSet();
        var strays = typeof(Logistic).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsSpecialName && !known.Contains(m.Name))
            .Select(m => m.Name).Distinct().ToArray();
        Assert.True(strays.Length == 0,
            $"Logistic has public methods this test does not know: {string.Join(", ", strays)}. Add them to Families so the overload rule covers them.");
    }

    /// <summary>.NET's LogP1 is Log(x + 1) and loses every digit for tiny x; the library must not build on it.</summary>
    [Fact]
    public void LibraryNeverCallsLogP1()
    {
        var offenders = RepositoryRoot.SourceFiles("src/Sigmoid.Core")
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\bLogP1\s*\("))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)).ToArray();
        Assert.True(offenders.Length == 0, $"LogP1 used in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void NoStubsInSources()
    {
        // Spelled in pieces so that this file itself does not contain the patterns it looks for.
        var pattern = new Regex(string.Join("|", "NotImplemented" + "Exception", "TODO" + ": implement", @"Assert\.True\(" + @"true\)"));
        var offenders = new[] { "src", "tests", "bench" }
            .SelectMany(RepositoryRoot.SourceFiles)
            .Where(f => !f.EndsWith("CodeRulesTests.cs", StringComparison.Ordinal) && pattern.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)).ToArray();
        Assert.True(offenders.Length == 0, $"Stubs found in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void EveryCommandLivesInItsOwnFileNamedAfterItsClass()
    {
        var commandTypes = typeof(ILabCommand).Assembly.GetTypes()
            .Where(t => typeof(ILabCommand).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToArray();
        Assert.NotEmpty(commandTypes);
        var files = RepositoryRoot.SourceFiles("src/Sigmoid.Cli/Commands").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var t in commandTypes)
        {
            Assert.EndsWith("Command", t.Name);
            Assert.Contains(t.Name, files);
        }
    }

    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in LabCommandLine.BuildRoot().Subcommands) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void EveryCommandHasADescriptionAndHelp(string name)
    {
        var command = LabCommandLine.BuildRoot().Subcommands.Single(c => c.Name == name);
        Assert.False(string.IsNullOrWhiteSpace(command.Description), $"'sigmoid {name}' has no description.");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LabCommandLine.Run([name, "--help"], stdout, stderr);
        Assert.Equal(0, code);
        Assert.Contains(name, stdout.ToString());
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void CommandsThatWriteFilesDefaultToSigmoidOut(string name)
    {
        var command = LabCommandLine.BuildRoot().Subcommands.Single(c => c.Name == name);
        Option? outOption = command.Options.FirstOrDefault(o => o.Name == "--out" || o.Aliases.Contains("--out"));
        if (outOption is null) return; // this command writes no files
        Assert.True(outOption.HasDefaultValue, $"'sigmoid {name} --out' has no default.");
        string? value = outOption.GetDefaultValue()?.ToString();
        Assert.NotNull(value);
        Assert.Equal("sigmoid-out", Path.GetFileName(Path.TrimEndingDirectorySeparator(value)));
    }
}
