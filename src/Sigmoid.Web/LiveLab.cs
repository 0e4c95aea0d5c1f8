namespace Sigmoid.Web;

/// <summary>The local interactive web page of the lab (<c>sigmoid serve</c>).</summary>
public static class LiveLab
{
    /// <summary>The only address the server ever binds to.</summary>
    public const string LoopbackHost = "127.0.0.1";
}
