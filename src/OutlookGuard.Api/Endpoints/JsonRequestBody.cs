using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OutlookGuard.Api.Endpoints;

/// <summary>Reads a small JSON request body: content type, a byte limit (also for chunked bodies, which have no Content-Length), then the JSON.</summary>
internal static class JsonRequestBody
{
    /// <summary>Declares the problems a user endpoint with a JSON body answers: 400, 401, 403, 413 and 415.</summary>
    public static RouteHandlerBuilder ProducesJsonBodyProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>
    /// The body as <typeparamref name="T"/> (source-generated <paramref name="type"/>), or the problem to answer: 415 when
    /// not JSON, 413 when longer than <paramref name="limit"/>, or <paramref name="invalid"/> when it does not parse. The
    /// body is read once, from the request's pipe, and parsed where it lies (copied only when it spans several segments).
    /// </summary>
    public static async Task<(T? Value, ProblemText? Problem)> ReadAsync<T>(
        HttpRequest request, JsonTypeInfo<T> type, int limit, ProblemText invalid, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(type);
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType);
        }

        if (request.ContentLength > limit)
        {
            return (null, Problems.RequestTooLarge);
        }

        var body = request.BodyReader;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                return (null, Problems.RequestTooLarge);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                var value = Parse(buffer, type);
                body.AdvanceTo(buffer.End);
                return value is null ? (null, invalid) : (value, null);
            }

            // Nothing consumed yet: ask for more until the body is complete.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static T? Parse<T>(ReadOnlySequence<byte> body, JsonTypeInfo<T> type)
        where T : class
    {
        if (body.IsSingleSegment)
        {
            return Parse(body.FirstSpan, type);
        }

        var length = checked((int)body.Length);
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(copy);
            return Parse(copy.AsSpan(0, length), type);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    private static T? Parse<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
