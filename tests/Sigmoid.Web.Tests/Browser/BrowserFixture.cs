using Microsoft.Playwright;

namespace Sigmoid.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium (/usr/bin/chromium) driven by Playwright for every browser test; Playwright never
/// downloads a browser. Screenshots go to <c>TestResults/artifacts/</c> at the repository root.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>The launched browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The folder screenshots are written to.</summary>
    public static string ArtifactsDirectory { get; } = FindArtifacts();

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(30_000); // waits on conditions, generous for a busy 2-core CI machine
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (scripts/test.sh does as root)");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _playwright = await Playwright.CreateAsync();
        Console.WriteLine($"playwright driver started in {clock.Elapsed.TotalSeconds:0.0} s");
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Console.WriteLine($"chromium {Browser.Version} launched after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public async Task DisposeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Console.WriteLine($"browser closed in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>A fresh page of 1280×900 whose failed network requests to anything but the lab are recorded.</summary>
    public async Task<IPage> NewPage(string baseUrl, List<string> offsiteRequests)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal)) lock (offsiteRequests) offsiteRequests.Add(request.Url);
        };
        return page;
    }

    /// <summary>Saves a screenshot of <paramref name="target"/> as <c>TestResults/artifacts/NAME.png</c> and returns the path.</summary>
    public static async Task<string> Shot(ILocator target, string name)
    {
        string path = Path.Combine(ArtifactsDirectory, name + ".png");
        await target.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        Console.WriteLine($"screenshot: {path}");
        return path;
    }

    private static string FindArtifacts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sigmoid.slnx"))) dir = dir.Parent;
        string root = dir?.FullName ?? AppContext.BaseDirectory;
        string artifacts = Path.Combine(root, "TestResults", "artifacts");
        Directory.CreateDirectory(artifacts);
        return artifacts;
    }
}

/// <summary>Browser tests share one browser and run one after another (the CI machine has 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
