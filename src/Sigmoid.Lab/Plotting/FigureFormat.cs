namespace Sigmoid.Lab.Plotting;

/// <summary>The file formats a lab figure can be written in.</summary>
public enum FigureFormat
{
    /// <summary>Raster PNG, <see cref="LabStyle.Width"/> × <see cref="LabStyle.Height"/> pixels.</summary>
    Png,

    /// <summary>Vector SVG of the same nominal size.</summary>
    Svg,
}

/// <summary>Names and MIME types of <see cref="FigureFormat"/>.</summary>
public static class FigureFormats
{
    /// <summary>The format named <paramref name="name"/> (<c>png</c> or <c>svg</c>, case-sensitive), or null.</summary>
    public static FigureFormat? Parse(string? name) => name switch
    {
        "png" => FigureFormat.Png,
        "svg" => FigureFormat.Svg,
        _ => null,
    };

    /// <summary>The file extension without dot: <c>png</c> or <c>svg</c>.</summary>
    public static string Extension(this FigureFormat format) => format == FigureFormat.Svg ? "svg" : "png";

    /// <summary>The MIME type: <c>image/png</c> or <c>image/svg+xml</c>.</summary>
    public static string MimeType(this FigureFormat format) => format == FigureFormat.Svg ? "image/svg+xml" : "image/png";

    /// <summary>The format of a file by its extension, or null when it is neither PNG nor SVG.</summary>
    public static FigureFormat? FromPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => FigureFormat.Png,
            ".svg" => FigureFormat.Svg,
            _ => null,
        };
}
