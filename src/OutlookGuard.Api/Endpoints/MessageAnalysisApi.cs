using Microsoft.AspNetCore.Http.HttpResults;
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
            .AddEndpointFilter<AnalysisReaderFilter>()
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
        AnalysisReader reader,
        IMessageSource source,
        AnalysisService analysis,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!source.IsValidId(id))
        {
            return Problems.InvalidMessageId.ToResult();
        }

        try
        {
            return TypedResults.Ok(await analysis.AnalyzeMessageAsync(reader.Caller, id, reader.Language, cancellationToken));
        }
        catch (MessageSourceException e)
        {
            return MessageSourceProblems.For(e.Error).ToResult();
        }
    }
}
