using System.Diagnostics.CodeAnalysis;

namespace Sigmoid.Lab.Localization;

/// <summary>The codes of <see cref="Language"/> (<c>en</c>, <c>ru</c>) and the one place they are parsed.</summary>
public static class Languages
{
    /// <summary>Every language, in code order: English, Russian.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.English, Language.Russian];

    /// <summary>Every code, as accepted by <see cref="Parse"/>: <c>en</c>, <c>ru</c>.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(Code)];

    /// <summary>The language's code: <c>en</c> or <c>ru</c> (also the HTML <c>lang</c> attribute).</summary>
    public static string Code(this Language language) => language switch
    {
        Language.English => "en",
        Language.Russian => "ru",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the lab."),
    };

    /// <summary>True and the language when <paramref name="code"/> is exactly <c>en</c> or <c>ru</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Language language)
    {
        switch (code)
        {
            case "en": language = Language.English; return true;
            case "ru": language = Language.Russian; return true;
            default: language = default; return false;
        }
    }

    /// <summary>The language with code <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">The code is neither <c>en</c> nor <c>ru</c>; the message names it.</exception>
    public static Language Parse(string? code) => TryParse(code, out var language)
        ? language
        : throw new ArgumentException($"unsupported language '{code}': use en or ru", nameof(code));
}
