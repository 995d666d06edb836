using Microsoft.AspNetCore.Http.HttpResults;

namespace OutlookGuard.Api.Endpoints;

/// <summary>One fixed RFC 9457 problem: the same words every time, never exception text or header values.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Code">A stable machine-readable code, sent as the <c>code</c> extension.</param>
/// <param name="Title">A few words.</param>
/// <param name="Detail">What happened and what to do.</param>
public sealed record ProblemText(int Status, string Code, string Title, string Detail)
{
    public ProblemHttpResult ToResult() =>
        TypedResults.Problem(
            detail: Detail,
            statusCode: Status,
            title: Title,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code });
}
