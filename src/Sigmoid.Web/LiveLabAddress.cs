namespace Sigmoid.Web;

/// <summary>
/// Where the live lab listens, shared by the server and by the <c>sigmoid serve</c> command that starts it (which
/// compiles this file in, so the tool itself needs no ASP.NET Core).
/// </summary>
internal static class LiveLabAddress
{
    /// <summary>The only address the server ever binds to.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5199;

    /// <summary>Highest TCP port number.</summary>
    public const int MaxPort = 65535;

    /// <summary>The command-line option that names the port (the server's and <c>sigmoid serve</c>'s).</summary>
    public const string PortOption = "--port";

    /// <summary>
    /// Tells the server that it was started by <c>sigmoid serve</c>: it stops cleanly (as after Ctrl+C) when its standard
    /// input closes, which happens when <c>sigmoid serve</c> is stopped or ends in any way.
    /// </summary>
    public const string StopWhenInputClosesOption = "--stop-when-input-closes";

    /// <summary>The server's program file, next to <c>sigmoid.dll</c>.</summary>
    public const string ServerAssemblyFile = "Sigmoid.Web.dll";
}
