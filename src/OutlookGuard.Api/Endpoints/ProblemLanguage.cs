using Microsoft.Net.Http.Headers;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// Puts every problem the API writes (endpoint results, status-code pages, the exception handler, the rate limiter)
/// in the reader's language: the <see cref="Problems"/> entry named by the <c>code</c> extension gives the Japanese
/// title and detail when <see cref="AnalysisReader.TryResolveLanguage(HttpRequest, out Language)"/> resolves to Japanese. The code and status never change.
/// </summary>
internal static class ProblemLanguage
{
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var details = context.ProblemDetails;
        if (!details.Extensions.TryGetValue("code", out var code) || Problems.ByCode(code as string) is not { } problem)
        {
            return;
        }

        var supported = AnalysisReader.TryResolveLanguage(context.HttpContext.Request, out var language);
        details.Title = problem.TitleIn(language);
        details.Detail = problem.DetailIn(language);
        if (supported)
        {
            context.HttpContext.Response.Headers[HeaderNames.ContentLanguage] = language == Language.Ja ? "ja" : "en";
        }
    }
}
