namespace Sigmoid.Tests.Cli;

/// <summary>
/// A .NET installation with the base runtime only: a temporary folder holding a copy of the machine's <c>dotnet</c>
/// host, links to its <c>host/</c> folder and to its <c>shared/Microsoft.NETCore.App</c>, and nothing else (no
/// ASP.NET Core), as on a machine where only the .NET runtime is installed.
/// </summary>
internal static class NetCoreOnlyRoot
{
    /// <summary>The host's file name on this system.</summary>
    public static string HostName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary>The folder of the machine's .NET installation (the one running these tests).</summary>
    public static string RealRoot()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(host) || !File.Exists(host))
        {
            string? self = Environment.ProcessPath;
            host = self is not null && Path.GetFileName(self) == HostName ? self : null;
        }
        host ??= (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, HostName)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("no dotnet host on this machine");
        var target = File.ResolveLinkTarget(host, returnFinalTarget: true);
        return Path.GetDirectoryName(target?.FullName ?? Path.GetFullPath(host))!;
    }

    /// <summary>Makes the folder; the caller deletes it.</summary>
    public static DirectoryInfo Create()
    {
        string real = RealRoot();
        var root = Directory.CreateTempSubdirectory("sigmoid-netcore-only-");
        // A copy, not a link: the host finds its installation from its own resolved path.
        File.Copy(Path.Combine(real, HostName), Path.Combine(root.FullName, HostName));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(root.FullName, HostName), File.GetUnixFileMode(Path.Combine(real, HostName)));
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "host"), Path.Combine(real, "host"));
        Directory.CreateDirectory(Path.Combine(root.FullName, "shared"));
        Directory.CreateSymbolicLink(Path.Combine(root.FullName, "shared", "Microsoft.NETCore.App"),
            Path.Combine(real, "shared", "Microsoft.NETCore.App"));
        return root;
    }

    /// <summary>Removes the links first (never what they point to), then the folder.</summary>
    public static void Delete(DirectoryInfo root)
    {
        foreach (var link in new[] { Path.Combine(root.FullName, "host"), Path.Combine(root.FullName, "shared", "Microsoft.NETCore.App") })
            if (new DirectoryInfo(link).LinkTarget is not null) Directory.Delete(link); // the link itself
        root.Delete(recursive: true);
    }
}
