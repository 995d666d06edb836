using System.Text.Json;

namespace OutlookGuard.Api.Endpoints;

/// <summary>
/// Reads a POST endpoint's JSON body with a size limit: not JSON → 415 <c>unsupported-media-type</c>; longer than the
/// limit (by Content-Length, or a chunked body that grows past it) → 413 <c>request-too-large</c>; not JSON of the
/// expected shape → the endpoint's own 400.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Declares the problems a user endpoint with a JSON body answers: 400, 401, 403, 413 and 415.</summary>
    public static RouteHandlerBuilder ProducesJsonBodyProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    public static async Task<(T? Value, ProblemText? Problem)> ReadAsync<T>(HttpRequest request, int limit, ProblemText invalid, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType);
        }

        if (request.ContentLength > limit || await ReadBoundedAsync(request.Body, limit, cancellationToken) is not { } body)
        {
            return (null, Problems.RequestTooLarge);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) is { } value ? (value, null) : (null, invalid);
        }
        catch (JsonException)
        {
            return (null, invalid);
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
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
