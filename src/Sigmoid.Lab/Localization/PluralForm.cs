namespace Sigmoid.Lab.Localization;

/// <summary>
/// The grammatical number a count takes (CLDR plural categories). English: <see cref="One"/> for 1,
/// <see cref="Other"/> otherwise. Russian: <see cref="One"/> for 1, 21, 31 … (not 11), <see cref="Few"/> for 2–4,
/// 22–24 … (not 12–14), <see cref="Many"/> for 0, 5–20, 25–30 …: 1 шаг, 2 шага, 5 шагов, 11 шагов, 21 шаг.
/// </summary>
public enum PluralForm
{
    /// <summary>English and Russian singular: 1 step, 1 шаг, 21 шаг.</summary>
    One,

    /// <summary>Russian 2–4 (except 12–14): 2 шага, 34 шага.</summary>
    Few,

    /// <summary>Russian 0, 5–20 and the rest: 5 шагов, 11 шагов.</summary>
    Many,

    /// <summary>English plural: 0 steps, 2 steps.</summary>
    Other,
}

/// <summary>Which <see cref="PluralForm"/> a count takes in a language, and which forms a language has.</summary>
public static class PluralRules
{
    /// <summary>The forms a plural resource must give in <paramref name="language"/>.</summary>
    public static IReadOnlyList<PluralForm> Forms(Language language) => language switch
    {
        Language.Russian => [PluralForm.One, PluralForm.Few, PluralForm.Many],
        _ => [PluralForm.One, PluralForm.Other],
    };

    /// <summary>The form the whole number <paramref name="n"/> (its absolute value) takes in <paramref name="language"/>.</summary>
    public static PluralForm For(Language language, long n)
    {
        ulong a = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
        if (language != Language.Russian) return a == 1 ? PluralForm.One : PluralForm.Other;
        ulong last = a % 10, lastTwo = a % 100;
        if (last == 1 && lastTwo != 11) return PluralForm.One;
        if (last is >= 2 and <= 4 && lastTwo is < 12 or > 14) return PluralForm.Few;
        return PluralForm.Many;
    }

    /// <summary>The form's name in the resource files: <c>one</c>, <c>few</c>, <c>many</c> or <c>other</c>.</summary>
    public static string Name(PluralForm form) => form switch
    {
        PluralForm.One => "one",
        PluralForm.Few => "few",
        PluralForm.Many => "many",
        _ => "other",
    };
}
