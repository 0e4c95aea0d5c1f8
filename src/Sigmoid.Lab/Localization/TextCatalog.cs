using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sigmoid.Lab.Localization;

/// <summary>
/// Every sentence the lab shows a reader in one language, read from the embedded resource
/// <c>Resources/&lt;code&gt;.json</c> (one per <see cref="Language"/>): code holds keys, the files hold the prose.
/// </summary>
/// <remarks>
/// A resource file is one flat JSON object. A value is either a string (a text, possibly with named placeholders
/// <c>{name}</c>; <c>{{</c> and <c>}}</c> are literal braces) or, for a phrase with a count, an object of plural
/// forms (<c>one</c>/<c>other</c> in English, <c>one</c>/<c>few</c>/<c>many</c> in Russian, see
/// <see cref="PluralRules"/>) whose texts hold the count as <c>{n}</c>. Placeholders are filled by
/// <see cref="Format"/> and <see cref="Count"/>: strings as they are, whole numbers and doubles through
/// <see cref="Numbers"/>. Back-quotes mark code and identifiers (<c>`float`</c>, <c>`sigmoid report`</c>): the plain
/// accessors drop them, <see cref="Html"/> writes them as <c>&lt;code&gt;</c>; a Russian text may hold Latin words
/// only inside them. Tests check that both files have the same keys, the same placeholders and every plural
/// form, and that Russian texts hold no Latin words.
/// </remarks>
public sealed class TextCatalog
{
    private static readonly Lazy<TextCatalog> EnglishCatalog = new(() => Load(Language.English));
    private static readonly Lazy<TextCatalog> RussianCatalog = new(() => Load(Language.Russian));

    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, FrozenDictionary<PluralForm, string>> _plurals;

    private TextCatalog(Language language, FrozenDictionary<string, string> texts,
        FrozenDictionary<string, FrozenDictionary<PluralForm, string>> plurals)
    {
        Language = language;
        Numbers = NumberText.For(language);
        _texts = texts;
        _plurals = plurals;
    }

    /// <summary>The texts of <paramref name="language"/> (read once, then shared).</summary>
    public static TextCatalog For(Language language) =>
        language == Language.Russian ? RussianCatalog.Value : EnglishCatalog.Value;

    /// <summary>The language of every text here.</summary>
    public Language Language { get; }

    /// <summary>How this language writes numbers.</summary>
    public NumberText Numbers { get; }

    /// <summary>Every key: the plain texts and the plural phrases.</summary>
    public IReadOnlyCollection<string> Keys => [.. _texts.Keys, .. _plurals.Keys];

    /// <summary>The plain text called <paramref name="key"/> (code marks dropped, placeholders left in).</summary>
    /// <exception cref="KeyNotFoundException">No such key (or it is a plural phrase); the message names key and file.</exception>
    public string this[string key] => Raw(key).Replace("`", "", StringComparison.Ordinal);

    /// <summary>The text called <paramref name="key"/> exactly as the file has it (code marks and placeholders in).</summary>
    /// <exception cref="KeyNotFoundException">No such key (or it is a plural phrase); the message names key and file.</exception>
    public string Raw(string key) => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"no text '{key}' in the {Language.Code()} resources (Resources/{Language.Code()}.json)");

    /// <summary>True when <paramref name="key"/> is a plural phrase (filled by <see cref="Count"/>).</summary>
    public bool IsPlural(string key) => _plurals.ContainsKey(key);

    /// <summary>The forms of the plural phrase <paramref name="key"/>, by form.</summary>
    /// <exception cref="KeyNotFoundException">No plural phrase of that name.</exception>
    public IReadOnlyDictionary<PluralForm, string> PluralForms(string key) => _plurals.TryGetValue(key, out var forms)
        ? forms
        : throw new KeyNotFoundException($"no plural phrase '{key}' in the {Language.Code()} resources (Resources/{Language.Code()}.json)");

    /// <summary>The text <paramref name="key"/> with its placeholders filled from <paramref name="args"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such key.</exception>
    /// <exception cref="FormatException">The text names a placeholder that <paramref name="args"/> lacks.</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> args) => Fill(key, Raw(key), args, FillMode.Plain);

    /// <summary>
    /// The text <paramref name="key"/> with its placeholders filled and its code marks kept (see <see cref="MarkedText"/>):
    /// for text that goes on to both plain and HTML readers. Values are inserted as they are, so a value may carry
    /// marks of its own (<see cref="MarkedText.Code"/>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such key.</exception>
    /// <exception cref="FormatException">The text names a placeholder that <paramref name="args"/> lacks.</exception>
    public string Marked(string key, params ReadOnlySpan<(string Name, object? Value)> args) => Fill(key, Raw(key), args, FillMode.Marked);

    /// <summary>
    /// The text <paramref name="key"/> as an HTML fragment: the text HTML-escaped, code marks as
    /// <c>&lt;code&gt;</c>, placeholders filled from <paramref name="args"/> and escaped.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such key.</exception>
    /// <exception cref="FormatException">The text names a placeholder that <paramref name="args"/> lacks.</exception>
    public string Html(string key, params ReadOnlySpan<(string Name, object? Value)> args) => Fill(key, Raw(key), args, FillMode.Html);

    /// <summary>
    /// The plural phrase <paramref name="key"/> for <paramref name="n"/> items, in the form the language needs, with
    /// <c>{n}</c> written as a whole number and other placeholders filled from <paramref name="args"/>:
    /// "34 steps" / "34 шага", "1 step" / "21 шаг".
    /// </summary>
    /// <exception cref="KeyNotFoundException">No plural phrase of that name.</exception>
    /// <exception cref="FormatException">A form names a placeholder that is not given.</exception>
    public string Count(string key, long n, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        string template = PluralForms(key)[PluralRules.For(Language, n)];
        var all = new (string Name, object? Value)[args.Length + 1];
        all[0] = ("n", n);
        args.CopyTo(all.AsSpan(1));
        return Fill(key, template, all, FillMode.Plain);
    }

    /// <summary>The placeholder names in <paramref name="template"/>, in order of appearance.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{') { i++; continue; }
            if (template[i] != '{') continue;
            int end = template.IndexOf('}', i + 1);
            if (end < 0) yield break;
            yield return template[(i + 1)..end];
            i = end;
        }
    }

    private string Fill(string key, string template, ReadOnlySpan<(string Name, object? Value)> args, FillMode mode)
    {
        bool html = mode == FillMode.Html;
        if (mode == FillMode.Plain && template.IndexOfAny(['{', '}', '`']) < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        var run = new StringBuilder();
        void Flush()
        {
            sb.Append(html ? Escape(run.ToString()) : run.ToString());
            run.Clear();
        }
        bool inCode = false;
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c) { run.Append(c); i++; continue; }
            if (c == '`')
            {
                Flush();
                if (html) sb.Append(inCode ? "</code>" : "<code>");
                else if (mode == FillMode.Marked) sb.Append('`');
                inCode = !inCode;
                continue;
            }
            if (c != '{') { run.Append(c); continue; }
            int end = template.IndexOf('}', i + 1);
            if (end < 0) throw new FormatException($"text '{key}' ({Language.Code()}): '{{' without '}}'");
            string name = template[(i + 1)..end];
            bool found = false;
            foreach (var (argName, value) in args)
            {
                if (argName != name) continue;
                run.Append(Write(value));
                found = true;
                break;
            }
            if (!found) throw new FormatException($"text '{key}' ({Language.Code()}) needs a value for {{{name}}}");
            i = end;
        }
        Flush();
        if (inCode) throw new FormatException($"text '{key}' ({Language.Code()}): a code mark '`' is not closed");
        return sb.ToString();
    }

    /// <summary>Escapes the five characters HTML gives a meaning (&amp; &lt; &gt; " '); every other character stays as it is.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }

    private enum FillMode { Plain, Marked, Html }

    private string Write(object? value) => value switch
    {
        null => "",
        string s => s,
        int i => Numbers.Integer(i),
        long l => Numbers.Integer(l),
        double d => Numbers.Number(d),
        float f => Numbers.Number(f),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static TextCatalog Load(Language language)
    {
        string name = $"Sigmoid.Lab.Resources.{language.Code()}.json";
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from the Sigmoid.Lab assembly");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, FrozenDictionary<PluralForm, string>>(StringComparer.Ordinal);
        var forms = PluralRules.Forms(language);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                texts.Add(property.Name, property.Value.GetString()!);
                continue;
            }
            if (property.Value.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{name}: '{property.Name}' must be a string or an object of plural forms");
            var byForm = new Dictionary<PluralForm, string>();
            foreach (var form in property.Value.EnumerateObject())
            {
                var parsed = forms.Where(f => PluralRules.Name(f) == form.Name).ToArray();
                if (parsed.Length == 0 || form.Value.ValueKind != JsonValueKind.String)
                    throw new InvalidDataException($"{name}: '{property.Name}' has '{form.Name}', not a text of one of the forms {string.Join(", ", forms.Select(PluralRules.Name))}");
                byForm.Add(parsed[0], form.Value.GetString()!);
            }
            var missing = forms.Where(f => !byForm.ContainsKey(f)).Select(PluralRules.Name).ToArray();
            if (missing.Length > 0)
                throw new InvalidDataException($"{name}: '{property.Name}' lacks the plural form(s) {string.Join(", ", missing)}");
            plurals.Add(property.Name, byForm.ToFrozenDictionary());
        }
        return new TextCatalog(language, texts.ToFrozenDictionary(StringComparer.Ordinal), plurals.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
