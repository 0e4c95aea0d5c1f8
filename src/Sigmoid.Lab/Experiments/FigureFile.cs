namespace Sigmoid.Lab.Experiments;

/// <summary>
/// A figure an experiment drew: its file name (relative to the output folder; the file exists only when the run
/// had a folder to write to) and the image itself, kept in memory so that a page can embed exactly what this run
/// drew, whatever another run does to the folder meanwhile.
/// </summary>
/// <param name="Name">File name, e.g. <c>logreg-reliability.png</c>; its extension gives the format.</param>
/// <param name="Bytes">The encoded image (PNG or SVG).</param>
public sealed record FigureFile(string Name, byte[] Bytes);
