
namespace OutlookGuard.Core.Localization;

/// <summary>Maps BCP 47 tags (Accept-Language, Office's displayLanguage, a culture name) to a supported <see cref="Language"/>.</summary>
public static class LanguageTag
{
    /// <summary>Japanese for any <c>ja</c> tag (ja, ja-JP); English otherwise, including null or malformed input.</summary>
    public static Language Parse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return Language.En;
        }

        var span = tag.AsSpan().Trim();
        return span.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
            && (span.Length == 2 || span[2] is '-' or '_')
            ? Language.Ja
            : Language.En;
    }

    /// <summary>The first supported language in an Accept-Language list (RFC 9110 §12.5.4), by quality; English when none.</summary>
    public static Language FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Language.En;
        }

        var best = Language.En;
        var bestQuality = -1.0;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(32))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
            }

            var isJa = Parse(pieces[0]) == Language.Ja;
            var isEn = pieces[0].StartsWith("en", StringComparison.OrdinalIgnoreCase);
            if ((isJa || isEn) && quality > bestQuality)
            {
                best = isJa ? Language.Ja : Language.En;
                bestQuality = quality;
            }
        }

        return best;
    }
}
