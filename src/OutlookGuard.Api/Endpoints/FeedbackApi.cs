using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// <c>POST /api/feedback</c>: the reader's "This looks fine" on a caution or danger verdict. Only rule ids and the verdict
/// are accepted, checked against the rule catalogue, and counted per rule (<c>outlookguard.feedback</c>) so admins see
/// which rules cry wolf. Nothing is stored; the verdict the reader saw does not change.
/// </summary>
public static class FeedbackApi
{
    /// <summary>The body limit: a list of rule ids and a verdict fit in far less.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    private static readonly string[] Verdicts = ["caution", "danger"];

    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder api)
    {
        api.MapPost("/feedback", PostAsync)
            .RequireAuthorization(AuthNames.UserPolicy)
            .WithName("Feedback")
            .Accepts<FeedbackRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesJsonBodyProblems();
        return api;
    }

    public static async Task<IResult> PostAsync(HttpContext context, GuardTelemetry telemetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(telemetry);
        var (request, problem) = await JsonRequestBody.ReadAsync(
            context.Request, ApiJsonContext.Default.FeedbackRequest, MaxBodyBytes, Problems.InvalidFeedback, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (Validated(request) is not { } feedback)
        {
            return Problems.InvalidFeedback.ToResult();
        }

        telemetry.RecordFeedback(feedback.RuleIds, feedback.Verdict);
        return TypedResults.NoContent();
    }

    /// <summary>The request with catalogue spellings of its rule ids, or null when a rule id, the verdict or the list is not acceptable.</summary>
    private static (IReadOnlyList<string> RuleIds, string Verdict)? Validated(FeedbackRequest? request)
    {
        if (request?.RuleIds is not { Count: > 0 } ruleIds || ruleIds.Count > RuleCatalog.Ids.Count
            || request.Verdict is not { } verdict || !Verdicts.Contains(verdict, StringComparer.Ordinal))
        {
            return null;
        }

        var known = new List<string>(ruleIds.Count);
        foreach (var id in ruleIds)
        {
            var match = RuleCatalog.Ids.FirstOrDefault(k => string.Equals(k, id, StringComparison.Ordinal));
            if (match is null || known.Contains(match, StringComparer.Ordinal))
            {
                return null;
            }

            known.Add(match);
        }

        return (known, verdict);
    }
}
