namespace Sigmoid.Lab.Sheet;

/// <summary>A text in the lab's two languages.</summary>
/// <param name="En">English.</param>
/// <param name="Ru">Russian (the sheet's language).</param>
public sealed record Bilingual(string En, string Ru)
{
    /// <summary>The languages every lab text exists in: <c>en</c> (default) and <c>ru</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru"];

    /// <summary>True for <c>en</c> and <c>ru</c>.</summary>
    public static bool IsSupported(string? language) => language is "en" or "ru";

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is neither <c>en</c> nor <c>ru</c>.</exception>
    public string In(string language) => language switch
    {
        "en" => En,
        "ru" => Ru,
        _ => throw new ArgumentException($"Unsupported language '{language}': use en or ru.", nameof(language)),
    };
}
