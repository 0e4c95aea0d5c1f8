using System.Globalization;
using Sigmoid.Lab.Input;

namespace Sigmoid.Cli.Experiments;

/// <summary>Comma-separated option values, e.g. <c>--depths 2,5,10</c>.</summary>
internal static class ListOption
{
    /// <summary>The trimmed items of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">No item, or an empty one (<c>1,,2</c>, <c>2,</c>); the message names the option.</exception>
    public static string[] Items(string text, string option)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.All(s => s.Length == 0)) throw new ArgumentException($"{option} is empty; give a comma-separated list.");
        int empty = Array.IndexOf(items, "");
        if (empty >= 0)
            throw new ArgumentException($"{option} \"{UserText.Escape(text, 80)}\": item {empty + 1} is empty; separate the items with single commas, e.g. 2,5,10.");
        return items;
    }

    /// <summary>The whole numbers of <paramref name="text"/>, each from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentException">An item is empty, not a whole number or out of range; the message names it,
    /// the option and the range (<paramref name="unit"/> says what the numbers count).</exception>
    public static int[] Integers(string text, string option, int min = int.MinValue, int max = int.MaxValue, string unit = "") => Items(text, option).Select(s =>
        !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)
            ? throw new ArgumentException($"{option}: \"{UserText.Escape(s, 80)}\" is not a whole number.")
            : v < min || v > max
                ? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{option}: {v} is out of range; each must be from {min} to {max}{unit}."))
                : v).ToArray();
}
