using OutlookGuard.Core.Localization;

namespace OutlookGuard.Api.Endpoints;

/// <summary>The reader's language: <c>?lang=en|ja</c> when given, else Accept-Language (RFC 9110 §12.5.4), else English.</summary>
public static class RequestLanguage
{
    /// <summary>False when <paramref name="lang"/> is given and is neither <c>en</c> nor <c>ja</c>.</summary>
    public static bool TryResolve(string? lang, string? acceptLanguage, out Language language)
    {
        if (lang is null)
        {
            language = LanguageTag.FromAcceptLanguage(acceptLanguage);
            return true;
        }

        switch (lang.ToLowerInvariant())
        {
            case "en":
                language = Language.En;
                return true;
            case "ja":
                language = Language.Ja;
                return true;
            default:
                language = Language.En;
                return false;
        }
    }
}
