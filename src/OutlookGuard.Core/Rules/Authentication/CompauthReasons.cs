using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Data;

namespace OutlookGuard.Core.Rules.Authentication;

/// <summary>
/// Microsoft 365's compauth reason codes (<c>compauth=fail reason=000</c>) in plain words, read from the
/// embedded <c>compauth_reasons.txt</c>. An exact code wins over its <c>Nxx</c> family.
/// </summary>
internal static class CompauthReasons
{
    private static readonly Lazy<Dictionary<string, LocalizedText>> Table = new(Load);

    /// <summary>The explanation of a reason code in the reader's language, or null for an unknown or missing code.</summary>
    public static string? Explain(string? reason, Language language)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        var code = reason.Trim();
        if (code.Length != 3 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var table = Table.Value;
        if (table.TryGetValue(code, out var exact))
        {
            return exact.Get(language);
        }

        return table.TryGetValue(code[0] + "xx", out var family) ? family.Get(language) : null;
    }

    /// <summary>Number of codes and code families known (for tests).</summary>
    internal static int Count => Table.Value.Count;

    private static Dictionary<string, LocalizedText> Load()
    {
        var table = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("compauth_reasons.txt"))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|');
            if (parts.Length == 3)
            {
                table[parts[0].Trim()] = new LocalizedText(parts[1].Trim(), parts[2].Trim());
            }
        }

        return table;
    }
}
