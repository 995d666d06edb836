using System.Collections.Concurrent;
using System.Text.Json;
using MimeKit;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>
/// Microsoft Graph's <c>/me/messages/{id}</c>, <c>/$value</c>, the list <c>/me/messages?$filter=internetMessageId eq '…'</c>
/// (or <c>conversationId eq '…'</c>) and <c>/me/mailFolders/sentitems</c> on loopback, answering with Graph's documented
/// JSON (message resource with <c>internetMessageHeaders</c>, collections with <c>value</c>, OData errors) built from real .eml samples.
/// Only tokens issued by the local identity provider's On-Behalf-Of exchange are accepted.
/// </summary>
internal sealed partial class FakeGraph : IAsyncDisposable
{
    /// <summary>The folder id every message lies in unless a test says otherwise.</summary>
    public const string InboxFolderId = "AAMkAGI2TG93AAAuAAAAAAAiQ8W967B7TKBjgx9rVEURAQAiIsqMbYjsT5e-T7KzowPTAAAAAAEMAAA=";

    /// <summary>The id <c>/me/mailFolders/sentitems</c> answers with.</summary>
    public const string SentItemsFolderId = "AAMkAGI2TG93AAAuAAAAAAAiQ8W967B7TKBjgx9rVEURAQAiIsqMbYjsT5e-T7KzowPTAAAAAAEJAAA=";

    private readonly LocalIdentityProvider _identity;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private WebApplication? _app;

    private FakeGraph(LocalIdentityProvider identity)
    {
        _identity = identity;
        Mailbox = new FakeGraphMailbox(identity, Requests, () => BaseUrl);
    }

    /// <summary>The list queries of the history source: mail per user and sender, Sent Items.</summary>
    public FakeGraphMailbox Mailbox { get; }

    /// <summary>The base URL with the version, as <c>Graph:BaseUrl</c> takes it.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentDictionary<string, FakeGraphMessage> Messages { get; } = new();

    public ConcurrentQueue<GraphRequest> Requests { get; } = new();

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The conversation a message belongs to unless a test says otherwise.</summary>
    public const string ConversationId = "AAQkAGI2TG93AAAQAKW0hJ8kqQJIozA1cNvvd38=";

    public int HitsFor(string id) => _hits.GetValueOrDefault(id);

    public static async Task<FakeGraph> StartAsync(LocalIdentityProvider identity)
    {
        var graph = new FakeGraph(identity);
        var (app, baseUrl) = await LoopbackServer.StartAsync(graph.Map);
        graph._app = app;
        graph.BaseUrl = baseUrl + "v1.0";
        return graph;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1.0/me/messages", (Func<HttpContext, Task<IResult>>)List);
        app.MapGet("/v1.0/me/mailFolders/{name}", (string name, HttpContext context) => Folder(name, context));
        app.MapGet("/v1.0/me/messages/{id}", (string id, HttpContext context) => Answer(id, context, mime: false));
        app.MapGet("/v1.0/me/messages/{id}/$value", (string id, HttpContext context) => Answer(id, context, mime: true));
        Mailbox.Map(app);
    }

    // The query options the API sends: $filter with one equality on internetMessageId or conversationId.
    private async Task<IResult> List(HttpContext context)
    {
        var filter = FilterPattern().Match(context.Request.Query["$filter"].ToString());
        if (!filter.Success && context.Request.Query.ContainsKey("$orderby"))
        {
            // The history source's query (a sender and a date range, ordered): the mailbox's list records and answers it.
            return await Mailbox.ListAsync(context);
        }

        if (Caller(context) is not { } caller)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        if (!filter.Success)
        {
            return Error(400, "BadRequest", "Invalid filter clause.");
        }

        var value = filter.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
        var byMessageId = filter.Groups["property"].Value == "internetMessageId";
        var matches = Messages
            // A search covers the caller's own mailbox: only messages a test gave to that user (by-id reads also
            // find messages without an owner).
            .Where(m => m.Value.OwnerObjectId == caller)
            .Where(m => byMessageId ? MessageIdOf(m.Value) == value : m.Value.ConversationId == value)
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (_, message) in matches)
        {
            switch (message.Behavior)
            {
                case GraphBehavior.Forbidden:
                    return Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
                case GraphBehavior.Unavailable:
                    context.Response.Headers.RetryAfter = "0";
                    return Error(503, "serviceNotAvailable", "The service is temporarily unavailable.");
                case GraphBehavior.Slow:
                    await Task.Delay(SlowDelay, context.RequestAborted);
                    break;
            }
        }

        var top = int.TryParse(context.Request.Query["$top"], out var t) ? t : 10;
        var body = new Dictionary<string, object?>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages",
            ["value"] = matches.Take(top).Select(m => MessageFields(m.Key, m.Value)).ToList(),
        };
        return Results.Text(JsonSerializer.Serialize(body), "application/json");
    }

    private IResult Folder(string name, HttpContext context)
    {
        if (Caller(context) is null)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        return string.Equals(name, "sentitems", StringComparison.OrdinalIgnoreCase)
            ? Results.Text(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('me')/mailFolders(id)/$entity",
                ["id"] = SentItemsFolderId,
            }), "application/json")
            : Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }

    // Records the request and returns the caller's object id, or null for a token the identity provider did not issue.
    private string? Caller(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        Requests.Enqueue(new GraphRequest(
            context.Request.Path.Value!,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            authorization));
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : string.Empty;
        return _identity.OwnerOfGraphToken(token);
    }

    private static string? MessageIdOf(FakeGraphMessage message)
    {
        using var stream = new MemoryStream(message.Eml);
        var id = MimeMessage.Load(stream).MessageId;
        return id is null ? null : "<" + id + ">";
    }

    private async Task<IResult> Answer(string id, HttpContext context, bool mime)
    {
        var hits = _hits.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (Caller(context) is not { } caller)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        if (!Messages.TryGetValue(id, out var message) || (message.OwnerObjectId is not null && message.OwnerObjectId != caller))
        {
            return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        switch (message.Behavior)
        {
            case GraphBehavior.NotFound:
                return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            case GraphBehavior.Forbidden:
                return Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
            case GraphBehavior.TokenRejected:
                return Error(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
            case GraphBehavior.Unavailable:
                context.Response.Headers.RetryAfter = "0";
                return Error(503, "serviceNotAvailable", "The service is temporarily unavailable.");
            case GraphBehavior.ThrottledOnce when hits == 1:
                context.Response.Headers.RetryAfter = "1";
                return Error(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.");
            case GraphBehavior.Throttled:
                context.Response.Headers.RetryAfter = "1";
                return Error(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.");
            case GraphBehavior.FailingTwice when hits <= 2:
                context.Response.Headers.RetryAfter = "0";
                return Error(503, "serviceNotAvailable", "The service is temporarily unavailable.");
            case GraphBehavior.ConnectionReset:
                context.Abort();
                return Results.Empty;
            case GraphBehavior.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                break;
        }

        if (mime)
        {
            return Results.Bytes(message.Eml, "text/plain");
        }

        return Results.Text(MessageJson(id, message), "application/json");
    }

    private static string MessageJson(string id, FakeGraphMessage message)
    {
        var body = MessageFields(id, message);
        body["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('me')/messages(internetMessageHeaders,from,sender,replyTo,toRecipients,ccRecipients,subject,bodyPreview,receivedDateTime,conversationId,internetMessageId)/$entity";
        return JsonSerializer.Serialize(body);
    }

    private static Dictionary<string, object?> MessageFields(string id, FakeGraphMessage message)
    {
        using var stream = new MemoryStream(message.Eml);
        var mime = MimeMessage.Load(stream);
        var headers = message.Behavior == GraphBehavior.NoHeaders
            ? []
            : mime.Headers.Select(h => new Dictionary<string, string>
            {
                ["name"] = h.Field,
                ["value"] = Unfold(h.Value),
            }).ToList();
        return new Dictionary<string, object?>
        {
            ["@odata.etag"] = "W/\"CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAK5Dy0\"",
            ["id"] = id,
            ["receivedDateTime"] = (message.ReceivedDateTime ?? (mime.Date == DateTimeOffset.MinValue ? DateTimeOffset.UnixEpoch : mime.Date)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["subject"] = mime.Subject,
            ["bodyPreview"] = (mime.TextBody ?? string.Empty).Trim() is { Length: > 255 } text ? text[..255] : (mime.TextBody ?? string.Empty).Trim(),
            ["conversationId"] = message.ConversationId,
            ["isDraft"] = message.IsDraft,
            ["parentFolderId"] = message.ParentFolderId,
            ["internetMessageId"] = mime.MessageId is null ? null : "<" + mime.MessageId + ">",
            ["internetMessageHeaders"] = headers,
            ["sender"] = Recipient(mime.Sender ?? mime.From.Mailboxes.FirstOrDefault()),
            ["from"] = Recipient(mime.From.Mailboxes.FirstOrDefault()),
            ["toRecipients"] = mime.To.Mailboxes.Select(Recipient).ToList(),
            ["ccRecipients"] = mime.Cc.Mailboxes.Select(Recipient).ToList(),
            ["replyTo"] = mime.ReplyTo.Mailboxes.Select(Recipient).ToList(),
        };
    }

    internal static Dictionary<string, object>? Recipient(MailboxAddress? mailbox) => mailbox is null
        ? null
        : new Dictionary<string, object> { ["emailAddress"] = new Dictionary<string, string> { ["name"] = mailbox.Name ?? string.Empty, ["address"] = mailbox.Address } };

    internal static string Unfold(string value) => value.Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim();

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(
            new Dictionary<string, object>
            {
                ["error"] = new Dictionary<string, object>
                {
                    ["code"] = code,
                    ["message"] = message,
                    ["innerError"] = new Dictionary<string, string>
                    {
                        ["date"] = "2026-11-28T12:00:00",
                        ["request-id"] = "b9f7e3a1-2c4d-4e5f-8a6b-7c8d9e0f1a2b",
                        ["client-request-id"] = "b9f7e3a1-2c4d-4e5f-8a6b-7c8d9e0f1a2b",
                    },
                },
            },
            statusCode: status);

    [System.Text.RegularExpressions.GeneratedRegex("^(?<property>internetMessageId|conversationId) eq '(?<value>(?:[^']|'')*)'$")]
    private static partial System.Text.RegularExpressions.Regex FilterPattern();
}
