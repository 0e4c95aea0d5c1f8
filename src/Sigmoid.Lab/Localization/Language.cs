namespace Sigmoid.Lab.Localization;

/// <summary>
/// A language the lab speaks. Parsed once where text enters the program (the command line's <c>--lang</c>, the web
/// page's <c>lang</c> query parameter) by <see cref="Languages.Parse"/>; everything inside takes this type, never a code.
/// </summary>
public enum Language
{
    /// <summary>English, code <c>en</c> (the default).</summary>
    English,

    /// <summary>Russian, code <c>ru</c> (the problem sheet's language).</summary>
    Russian,
}
