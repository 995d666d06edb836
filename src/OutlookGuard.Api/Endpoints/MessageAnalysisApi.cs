using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;

namespace OutlookGuard.Api.Endpoints;

/// <summary><c>GET /api/messages/{id}/analysis</c>: analyzes the open message, read from the mailbox source.</summary>
public static class MessageAnalysisApi
{
    public static RouteGroupBuilder MapMessageAnalysisApi(this RouteGroupBuilder api)
    {
        api.MapGet("/messages/{id}/analysis", GetAsync)
            .RequireAuthorization(AuthNames.UserPolicy)
            .WithName("AnalyzeMessage")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        return api;
    }

    public static async Task<Results<Ok<MessageAnalysis>, ProblemHttpResult>> GetAsync(
        string id,
        [FromQuery] string? lang,
        [FromHeader(Name = "Accept-Language")] string? acceptLanguage,
        HttpContext context,
        IMessageSource source,
        AnalysisService analysis,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!RequestLanguage.TryResolve(lang, acceptLanguage, out var language))
        {
            return Problems.InvalidLanguage.ToResult();
        }

        if (!source.IsValidId(id))
        {
            return Problems.InvalidMessageId.ToResult();
        }

        if (Caller.From(context) is not { } caller)
        {
            return Problems.SignInRequired.ToResult();
        }

        try
        {
            var result = await analysis.AnalyzeMessageAsync(caller, id, language, cancellationToken);
            context.Response.Headers[HeaderNames.ContentLanguage] = language == Core.Localization.Language.Ja ? "ja" : "en";
            return TypedResults.Ok(result);
        }
        catch (MessageSourceException e)
        {
            return MessageSourceProblems.For(e.Error).ToResult();
        }
    }
}
