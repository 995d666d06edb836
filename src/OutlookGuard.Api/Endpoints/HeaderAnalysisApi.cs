using Microsoft.AspNetCore.Http.HttpResults;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Auth;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// <c>POST /api/analysis</c>: analyzes a header block the taskpane read with Office.js, without Graph (e.g. where
/// Graph consent is missing). The body is read up to <see cref="Problems.MaxRequestBodyBytes"/>; more is a 413.
/// </summary>
public static class HeaderAnalysisApi
{
    public static RouteGroupBuilder MapHeaderAnalysisApi(this RouteGroupBuilder api)
    {
        api.MapPost("/analysis", PostAsync)
            .RequireAuthorization(AuthNames.UserPolicy)
            .AddEndpointFilter<AnalysisReaderFilter>()
            .WithName("AnalyzeHeaders")
            .Accepts<HeaderAnalysisRequest>("application/json")
            .ProducesJsonBodyProblems();
        return api;
    }

    public static async Task<Results<Ok<MessageAnalysis>, ProblemHttpResult>> PostAsync(
        AnalysisReader reader,
        HttpContext context,
        AnalysisService analysis,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(analysis);
        var (request, problem) = await JsonRequestBody.ReadAsync(
            context.Request, ApiJsonContext.Default.HeaderAnalysisRequest, Problems.MaxRequestBodyBytes, Problems.InvalidBody, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        if (request?.InternetHeaders is not { Length: > 0 } headers)
        {
            return Problems.InvalidBody.ToResult();
        }

        var result = analysis.AnalyzeHeaders(reader.Caller, headers, request.BodyPreview, reader.Language);
        return result is null ? Problems.NoHeaders.ToResult() : TypedResults.Ok(result);
    }
}
