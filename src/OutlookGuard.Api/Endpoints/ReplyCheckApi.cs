using Microsoft.AspNetCore.Http.HttpResults;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Replies;
using OutlookGuard.Core.Reply;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// <c>POST /api/replies/check</c>: the reply guard's check, run by the add-in's event code when a reply is opened and
/// when the user presses Send. Warns for recipients taken from a suspicious Reply-To, look-alike domains and free-mail
/// addresses showing a colleague's name. The body is read up to <see cref="MaxBodyBytes"/>; more is a 413.
/// </summary>
public static class ReplyCheckApi
{
    /// <summary>500 recipients with long names and addresses fit.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static RouteGroupBuilder MapReplyCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/replies/check", PostAsync)
            .RequireAuthorization(AuthNames.UserPolicy)
            .AddEndpointFilter<AnalysisReaderFilter>()
            .WithName("CheckReply")
            .Accepts<ReplyCheckRequest>("application/json")
            .ProducesJsonBodyProblems();
        return api;
    }

    public static async Task<Results<Ok<ReplyCheck>, ProblemHttpResult>> PostAsync(
        AnalysisReader reader,
        HttpContext context,
        ReplyCheckService replies,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(replies);
        var (request, problem) = await JsonRequestBody.ReadAsync(
            context.Request, ApiJsonContext.Default.ReplyCheckRequest, MaxBodyBytes, Problems.InvalidReplyCheck, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (request is null || !request.IsValid())
        {
            return Problems.InvalidReplyCheck.ToResult();
        }

        return TypedResults.Ok(await replies.CheckAsync(reader.Caller, request, reader.Language, cancellationToken));
    }
}
