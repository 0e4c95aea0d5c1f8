using System.Globalization;

namespace Sigmoid.Cli.Experiments;

/// <summary>Comma-separated option values, e.g. <c>--depths 2,5,10</c>.</summary>
internal static class ListOption
{
    /// <summary>The trimmed, non-empty items of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">No item; the message names the option.</exception>
    public static string[] Items(string text, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) throw new ArgumentException($"{option} is empty.");
        return items;
    }

    /// <summary>The whole numbers of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">An item is not a whole number; the message names it and the option.</exception>
    public static int[] Integers(string text, string option) => Items(text, option).Select(s =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v
            : throw new ArgumentException($"{option}: '{s}' is not a whole number.")).ToArray();
}
