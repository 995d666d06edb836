using System.Text.Json;

namespace OutlookGuard.Api.Endpoints;

/// <summary>Reads a small JSON request body: content type, a byte limit (also for chunked bodies, which have no Content-Length), then the JSON.</summary>
internal static class JsonRequestBody
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

    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer: 415 when not JSON, 413 when longer than <paramref name="limit"/>, or <paramref name="invalid"/> when it does not parse.</summary>
    public static async Task<(T? Value, ProblemText? Problem)> ReadAsync<T>(
        HttpRequest request, int limit, ProblemText invalid, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType);
        }

        var body = request.ContentLength > limit ? null : await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null)
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

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
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
