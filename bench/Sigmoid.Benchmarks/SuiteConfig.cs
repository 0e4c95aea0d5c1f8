using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sigmoid.Benchmarks;

/// <summary>
/// The suite's one configuration: a ShortRun-like job (1 launch, 3 warm-up and 5 measured iterations of about 100 ms)
/// run in process, so the whole suite is one process and one run (about 15 minutes on 2 cores); memory diagnoser on;
/// each class's summary gets an ns/element column beside BenchmarkDotNet's Ratio (relative to the class's
/// TensorPrimitives baseline). <see cref="SuiteTable"/> then joins every class into the comparison table of
/// <c>sigmoid bench</c>, with ratios against TensorPrimitives and <c>Span.CopyTo</c>.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    /// <summary>Builds the configuration.</summary>
    public SuiteConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithEvaluateOverhead(false) // the call overhead (~1 ns) is under 1% even at N = 128; skipping it saves a third of the run
            .WithId("ShortInProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(new NsPerElementColumn());
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub, CsvExporter.Default);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared));
    }
}
