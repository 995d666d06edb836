using OutlookGuard.Api.Auth;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// Who reads an analysis and in which language, resolved once per request for the analysis endpoints: the caller
/// from the validated token (<see cref="Auth.Caller.From"/>), the language from <c>?lang=en|ja</c> when given, else
/// Accept-Language (RFC 9110 §12.5.4), else English. A handler takes it as a parameter (<see cref="BindAsync"/>);
/// <see cref="AnalysisReaderFilter"/> answers the request's problem before the handler runs.
/// </summary>
public sealed class AnalysisReader
{
    private readonly Caller? _caller;

    private AnalysisReader(Caller? caller, Language language, bool languageSupported)
    {
        _caller = caller;
        Language = language;
        Problem = !languageSupported ? Problems.InvalidLanguage
            : caller is null ? Problems.SignInRequired
            : null;
    }

    /// <summary>The caller; only read once <see cref="Problem"/> is null.</summary>
    public Caller Caller => _caller ?? throw new InvalidOperationException("The request has no caller; AnalysisReaderFilter answers it before the handler runs.");

    /// <summary>The reader's language (English when <c>?lang</c> names another one).</summary>
    public Language Language { get; }

    /// <summary>The language as a Content-Language value: <c>en</c> or <c>ja</c>.</summary>
    public string ContentLanguage => Language == Language.Ja ? "ja" : "en";

    /// <summary>Null when the request can be answered; else 400 invalid-language (checked first) or 401 sign-in-required.</summary>
    public ProblemText? Problem { get; }

    /// <summary>Minimal API binding: never fails, so the filter can answer with the request's problem.</summary>
    public static ValueTask<AnalysisReader> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var supported = TryResolveLanguage(context.Request, out var language);
        return ValueTask.FromResult(new AnalysisReader(Caller.From(context), language, supported));
    }

    /// <summary>False when <c>?lang</c> is given and is neither <c>en</c> nor <c>ja</c> (the language is then English).</summary>
    public static bool TryResolveLanguage(HttpRequest request, out Language language)
    {
        var lang = request.Query["lang"];
        return TryResolveLanguage(lang.Count == 0 ? null : lang.ToString(), request.Headers.AcceptLanguage.ToString(), out language);
    }

    /// <summary>False when <paramref name="lang"/> is given and is neither <c>en</c> nor <c>ja</c>.</summary>
    public static bool TryResolveLanguage(string? lang, string? acceptLanguage, out Language language)
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
