using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>
/// Graph's list queries on the fake Graph, for the history source: <c>GET /me/messages</c> with <c>$filter</c>,
/// <c>$orderby</c>, <c>$top</c> and <c>$select</c> (answering <c>InefficientFilter</c>, as Graph does, when the ordered
/// property is not first in the filter), paged with <c>@odata.nextLink</c>; and
/// <c>GET /me/mailFolders/sentitems/messages?$search="to:…"</c>. Mail is kept per user (object id) and sender.
/// </summary>
internal sealed partial class FakeGraphMailbox(LocalIdentityProvider identity, ConcurrentQueue<GraphRequest> requests, Func<string> baseUrl)
{
    private readonly ConcurrentDictionary<(string Owner, string Sender), List<byte[]>> _received = new();
    private readonly ConcurrentDictionary<string, List<string>> _sentTo = new();
    private readonly ConcurrentDictionary<string, GraphBehavior> _behavior = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Puts messages (.eml bytes) in a user's mailbox; the sender is each message's From.</summary>
    public void Receive(string owner, IEnumerable<byte[]> emls)
    {
        foreach (var eml in emls)
        {
            var from = Load(eml).From.Mailboxes.First().Address.ToLowerInvariant();
            var list = _received.GetOrAdd((owner, from), _ => []);
            lock (list)
            {
                list.Add(eml);
            }
        }
    }

    /// <summary>Records that the user sent a message to <paramref name="recipient"/> (Sent Items).</summary>
    public void Sent(string owner, string recipient)
    {
        var list = _sentTo.GetOrAdd(owner, _ => []);
        lock (list)
        {
            list.Add(recipient.ToLowerInvariant());
        }
    }

    /// <summary>How Graph answers the list query for this sender.</summary>
    public void Behave(string sender, GraphBehavior behavior) => _behavior[sender] = behavior;

    /// <summary>Maps Sent Items; the list query shares <c>/me/messages</c> with the reply check's lookup (<see cref="FakeGraph"/>).</summary>
    public void Map(WebApplication app)
    {
        app.MapGet("/v1.0/me/mailFolders/{folder}/messages", (string folder, HttpContext context) => SentAsync(folder, context));
    }

    /// <summary>The history source's list query (the one <c>/me/messages</c> route of <see cref="FakeGraph"/> hands it over).</summary>
    public async Task<IResult> ListAsync(HttpContext context)
    {
        if (Authorize(context) is not { } owner)
        {
            return FakeGraph.Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        var query = context.Request.Query;
        var filter = FilterShape().Match(query["$filter"].ToString());
        if (!filter.Success || query["$orderby"].ToString() != "receivedDateTime desc")
        {
            return FakeGraph.Error(400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
        }

        var sender = filter.Groups["address"].Value.Replace("''", "'", StringComparison.Ordinal);
        var hits = _hits.AddOrUpdate(sender, 1, (_, n) => n + 1);
        switch (_behavior.GetValueOrDefault(sender))
        {
            case GraphBehavior.ThrottledOnce when hits == 1:
                context.Response.Headers.RetryAfter = "1";
                return FakeGraph.Error(429, "TooManyRequests", "Application is over its MailboxConcurrency limit.");
            case GraphBehavior.Unavailable:
                context.Response.Headers.RetryAfter = "0";
                return FakeGraph.Error(503, "serviceNotAvailable", "The service is temporarily unavailable.");
            case GraphBehavior.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                break;
        }

        var top = int.TryParse(query["$top"], CultureInfo.InvariantCulture, out var t) ? Math.Clamp(t, 1, 1000) : 10;
        var skip = int.TryParse(query["$skip"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var select = query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        List<byte[]> all;
        var list = _received.GetValueOrDefault((owner, sender)) ?? [];
        lock (list)
        {
            all = [.. list.OrderByDescending(e => Load(e).Date)];
        }

        var page = all.Skip(skip).Take(top).Select((eml, i) => Item(eml, skip + i, select)).ToList();
        var body = new Dictionary<string, object?>
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('me')/messages({string.Join(',', select)})",
            ["value"] = page,
        };
        if (skip + top < all.Count)
        {
            body["@odata.nextLink"] = $"{baseUrl()}/me/messages?$filter={Uri.EscapeDataString(query["$filter"]!)}&$orderby=receivedDateTime+desc&$top={top}&$skip={skip + top}";
        }

        return Results.Text(JsonSerializer.Serialize(body), "application/json");
    }

    private IResult SentAsync(string folder, HttpContext context)
    {
        if (Authorize(context) is not { } owner)
        {
            return FakeGraph.Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }

        var search = SearchShape().Match(context.Request.Query["$search"].ToString());
        if (!string.Equals(folder, "sentitems", StringComparison.OrdinalIgnoreCase) || !search.Success)
        {
            return FakeGraph.Error(400, "ErrorInvalidUrlQuery", "The query parameter is invalid.");
        }

        var to = search.Groups["address"].Value.ToLowerInvariant();
        var sent = _sentTo.GetValueOrDefault(owner) ?? [];
        int count;
        lock (sent)
        {
            count = sent.Count(r => r == to);
        }

        var top = int.TryParse(context.Request.Query["$top"], CultureInfo.InvariantCulture, out var t) ? t : 10;
        var value = Enumerable.Range(0, Math.Min(count, top)).Select(i => new Dictionary<string, object> { ["id"] = $"AAMkAGSent{i:D4}=" }).ToList();
        return Results.Text(JsonSerializer.Serialize(new Dictionary<string, object> { ["value"] = value }), "application/json");
    }

    private string? Authorize(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        requests.Enqueue(new GraphRequest(
            context.Request.Path.Value!,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            authorization));
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : string.Empty;
        return identity.OwnerOfGraphToken(token);
    }

    // One list item with the selected fields, as Graph returns them.
    private static Dictionary<string, object?> Item(byte[] eml, int index, HashSet<string> select)
    {
        var mime = Load(eml);
        var all = new Dictionary<string, object?>
        {
            ["@odata.etag"] = "W/\"CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAAAK5Dy0\"",
            ["id"] = $"AAMkAGHist{index:D4}{Math.Abs(mime.MessageId?.GetHashCode(StringComparison.Ordinal) ?? 0):D10}=",
            ["receivedDateTime"] = mime.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["replyTo"] = mime.ReplyTo.Mailboxes.Select(FakeGraph.Recipient).ToList(),
            ["internetMessageId"] = mime.MessageId is null ? null : "<" + mime.MessageId + ">",
            ["bodyPreview"] = (mime.TextBody ?? string.Empty).Trim() is { Length: > 255 } text ? text[..255] : (mime.TextBody ?? string.Empty).Trim(),
            ["internetMessageHeaders"] = mime.Headers.Select(h => new Dictionary<string, string> { ["name"] = h.Field, ["value"] = FakeGraph.Unfold(h.Value) }).ToList(),
        };
        return all.Where(p => p.Key == "@odata.etag" || p.Key == "id" || select.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private static MimeMessage Load(byte[] eml)
    {
        using var stream = new MemoryStream(eml);
        return MimeMessage.Load(stream);
    }

    [GeneratedRegex("^receivedDateTime ge [0-9T:Z-]+ and from/emailAddress/address eq '(?<address>(?:[^']|'')+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex FilterShape();

    [GeneratedRegex("^\"to:(?<address>[^\"]+)\"$", RegexOptions.CultureInvariant)]
    private static partial Regex SearchShape();
}
