using System.Runtime.Intrinsics.X86;
using Sigmoid.Lanes;

namespace Sigmoid.Tests.Core;

/// <summary>
/// The choice of quotient on 512-bit lanes (<see cref="WideQuotient"/>): AMD and Hygon divide, every other vendor takes
/// the reciprocal estimate, and the override names exactly the two forms. That the form a machine does not choose
/// gives its float and Half bits is checked in child processes (<c>SamePathTests</c>, <c>LevelAccuracyTests</c>);
/// that neither form leaves calls in the loops, by <c>HotLoopInliningTests</c>.
/// </summary>
public class WideQuotientTests
{
    [Theory]
    [InlineData("AuthenticAMD", true)]
    [InlineData("HygonGenuine", true)]
    [InlineData("GenuineIntel", false)]
    [InlineData("CentaurHauls", false)]
    [InlineData("", false)]
    public void ByVendorAmdDividesOthersTakeTheEstimate(string vendor, bool divides)
        => Assert.Equal(divides, WideQuotient.Choose(null, vendor));

    [Theory]
    [InlineData("divide", "GenuineIntel", true)]
    [InlineData("estimate", "AuthenticAMD", false)]
    [InlineData("", "AuthenticAMD", true)]
    public void TheOverrideWinsOverTheVendor(string value, string vendor, bool divides)
        => Assert.Equal(divides, WideQuotient.Choose(value, vendor));

    [Theory]
    [InlineData("Divide")]
    [InlineData("rcp")]
    [InlineData(" divide")]
    public void AnyOtherOverrideIsAClearError(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => WideQuotient.Choose(value, "AuthenticAMD"));
        Assert.Contains(WideQuotient.OverrideVariable, e.Message);
        Assert.Contains($"'{value}'", e.Message);
        Assert.Contains("'divide' or 'estimate'", e.Message);
    }

    /// <summary>CPUID's vendor string, decoded, is the one the kernel reports (Linux on x86 only).</summary>
    [Fact]
    public void TheVendorIsReadAsTheOperatingSystemReadsIt()
    {
        if (!X86Base.IsSupported || !File.Exists("/proc/cpuinfo")) return;
        string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("vendor_id", StringComparison.Ordinal));
        if (line is null) return;
        Assert.Equal(line[(line.IndexOf(':') + 1)..].Trim(), WideQuotient.Vendor());
    }

    [Fact]
    public void ThisProcessChoseByItsVendorOrItsOverride()
    {
        string? value = Environment.GetEnvironmentVariable(WideQuotient.OverrideVariable);
        Assert.Equal(WideQuotient.Choose(value, WideQuotient.Vendor()), WideQuotient.Divides);
    }
}
