using System.CommandLine;
using Sigmoid.Lab.Localization;

namespace Sigmoid.Cli;

/// <summary>The <c>--lang en|ru</c> option every command that writes prose shares: parsed here, once, into a <see cref="Language"/>.</summary>
public static class LanguageOption
{
    /// <summary>A new <c>--lang</c> option (default English); any other value than <c>en</c> or <c>ru</c> is a usage error.</summary>
    /// <param name="description">What the language applies to, e.g. "Language of titles and text".</param>
    public static Option<Language> Create(string description) => new("--lang")
    {
        Description = $"{description}: {string.Join(" or ", Languages.Codes)}.",
        HelpName = string.Join("|", Languages.Codes),
        DefaultValueFactory = _ => Language.English,
        CustomParser = result =>
        {
            string? code = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (Languages.TryParse(code, out var language)) return language;
            result.AddError($"--lang must be {string.Join(" or ", Languages.Codes)}, not '{code}'.");
            return Language.English;
        },
    };
}
