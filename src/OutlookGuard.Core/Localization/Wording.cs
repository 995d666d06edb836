using System.Globalization;
using System.Runtime.CompilerServices;

namespace OutlookGuard.Core.Localization;

/// <summary>
/// Every sentence the product writes for a reader (finding titles, details, banners, the phrases they are built
/// from, the fallback banners and the command line's report), looked up by a stable key in one table per language:
/// <c>Wording.En.cs</c> and <c>Wording.Ja.cs</c>. Rules compute facts and pick a key with named arguments; they
/// hold no sentences of their own.
/// </summary>
/// <remarks>
/// Why two C# tables rather than <c>.resx</c> files: the tables are plain dictionaries compiled into Core, so there is
/// no satellite assembly to deploy, no <c>ResourceManager</c> reflection, and nothing for trimming or native AOT to
/// lose; and a reviewer reads all the wording of one language, in the order of the rules, in one file.
/// Placeholders are <c>{name}</c>; the same key has the same placeholders in both languages (a test checks it).
/// A banner that can be too long with long arguments may have a shorter sentence under <c>key + ".short"</c>;
/// <see cref="Analysis.BannerText.From"/> picks it, so no rule measures its own banner.
/// </remarks>
public static partial class Wording
{
    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, its placeholders filled from <paramref name="args"/>.</summary>
    /// <exception cref="KeyNotFoundException">The key or one of its placeholders is unknown: a programming error the tests catch.</exception>
    public static string Get(Language language, string key, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Table(language).TryGetValue(key, out var template))
        {
            throw new KeyNotFoundException($"No wording for '{key}'.");
        }

        return Format(template, key, args);
    }

    /// <summary>Whether the table holds <paramref name="key"/> (a banner's optional shorter sentence, for instance).</summary>
    public static bool Has(Language language, string key) => Table(language).ContainsKey(key);

    /// <summary>The table of one language (for tests).</summary>
    internal static IReadOnlyDictionary<string, string> Table(Language language) => language == Language.Ja ? Ja : En;

    // One pass over the template, so an argument that itself contains "{name}" is never filled in again.
    private static string Format(string template, string key, ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        // Built on the stack (a longer sentence spills into a pooled array): only the finished sentence is allocated.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.AppendFormatted(template.AsSpan(i));
                break;
            }

            text.AppendFormatted(template.AsSpan(i, open - i));
            text.AppendFormatted(Argument(template.AsSpan(open + 1, close - open - 1), key, args));
            i = close + 1;
        }

        return text.ToStringAndClear();
    }

    private static string Argument(ReadOnlySpan<char> name, string key, ReadOnlySpan<(string Name, object? Value)> args)
    {
        foreach (var (argName, value) in args)
        {
            if (name.Equals(argName, StringComparison.Ordinal))
            {
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        throw new KeyNotFoundException($"The wording '{key}' needs the argument '{name}'.");
    }
}
