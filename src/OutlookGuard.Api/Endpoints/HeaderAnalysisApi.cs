using System.Text.Json;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapHeaderAnalysisApi(this RouteGroupBuilder api)
    {
        api.MapPost("/analysis", PostAsync)
            .RequireAuthorization(AuthNames.UserPolicy)
            .AddEndpointFilter<AnalysisReaderFilter>()
            .WithName("AnalyzeHeaders")
            .Accepts<HeaderAnalysisRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
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
        if (!context.Request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType.ToResult();
        }

        if (context.Request.ContentLength > Problems.MaxRequestBodyBytes)
        {
            return Problems.RequestTooLarge.ToResult();
        }

        var body = await ReadBoundedAsync(context.Request.Body, Problems.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problems.RequestTooLarge.ToResult();
        }

        HeaderAnalysisRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<HeaderAnalysisRequest>(body, Json);
        }
        catch (JsonException)
        {
            return Problems.InvalidBody.ToResult();
        }

        if (request?.InternetHeaders is not { Length: > 0 } headers)
        {
            return Problems.InvalidBody.ToResult();
        }

        var result = analysis.AnalyzeHeaders(reader.Caller, headers, request.BodyPreview, reader.Language);
        return result is null ? Problems.NoHeaders.ToResult() : TypedResults.Ok(result);
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (chunked bodies have no Content-Length).</summary>
    internal static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
