using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>
/// <c>Mailbox:History=Graph</c>: the user's history with the sender read through the real GraphServiceClient from the
/// fake Graph's list queries, bounded in calls and time, and cached per user and tenant.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class GraphHistoryTests(LocalCloud cloud) : IDisposable
{
    private const string Colleague = "haruto.mori@hanabi-foods.co.jp";

    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?> { ["Mailbox:History"] = "Graph" });

    public void Dispose() => _api.Dispose();

    private static IEnumerable<byte[]> SampleMailbox() =>
        Directory.GetFiles(Path.Combine(Samples.Folder, "colleague-mailbox"), "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes);

    // The colleague case in a user's mailbox: the message itself, the seven earlier messages, two sent replies.
    private string ColleagueCase(string owner)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes("colleague-reply-to-gmail.eml"), GraphBehavior.Normal, owner);
        cloud.Graph.Mailbox.Receive(owner, [.. SampleMailbox(), Samples.Bytes("colleague-reply-to-gmail.eml")]);
        cloud.Graph.Mailbox.Sent(owner, Colleague);
        cloud.Graph.Mailbox.Sent(owner, Colleague);
        return id;
    }

    private static async Task<JsonElement> AnalysisAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/messages/{id}/analysis?lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private List<GraphRequest> HistoryRequests(string owner) =>
        [.. cloud.Graph.Requests.Where(r => !r.Path.Contains("/messages/", StringComparison.Ordinal) && OwnerOf(r) == owner)];

    private string? OwnerOf(GraphRequest request) =>
        cloud.Identity.OwnerOfGraphToken(request.Authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? request.Authorization[7..] : string.Empty);

    private static IEnumerable<string> RuleIds(JsonElement analysis) =>
        analysis.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!);

    [Fact]
    public async Task ColleagueCase_FindsNewReplyToAndLanguageShift_WithTwoBoundedQueries()
    {
        var owner = Guid.NewGuid().ToString();
        var id = ColleagueCase(owner);
        using var client = _api.ClientWith(_api.Token(objectId: owner));

        var analysis = await AnalysisAsync(client, id);

        Assert.Contains("new-reply-to", RuleIds(analysis));
        Assert.Contains("language-shift", RuleIds(analysis));
        var relationship = analysis.GetProperty("relationship");
        Assert.Equal("full", relationship.GetProperty("completeness").GetString());
        Assert.Equal(7, relationship.GetProperty("received").GetInt32());
        Assert.Equal(1, relationship.GetProperty("sent").GetInt32());
        var requests = HistoryRequests(owner);
        Assert.Equal(2, requests.Count);
        var list = Assert.Single(requests, r => r.Path == "/v1.0/me/messages");
        Assert.Equal($"receivedDateTime ge 2000-01-01T00:00:00Z and from/emailAddress/address eq '{Colleague}'", list.Query["$filter"]);
        Assert.Equal("receivedDateTime desc", list.Query["$orderby"]);
        Assert.Equal("25", list.Query["$top"]);
        Assert.Equal("id,receivedDateTime,replyTo,internetMessageId,bodyPreview,internetMessageHeaders", list.Query["$select"]);
        var sent = Assert.Single(requests, r => r.Path == "/v1.0/me/mailFolders/sentitems/messages");
        Assert.Equal($"\"to:{Colleague}\"", sent.Query["$search"]);
        Assert.Equal("1", sent.Query["$top"]);
        Assert.Equal("id", sent.Query["$select"]);
    }

    [Fact]
    public async Task MoreMessagesThanOnePage_ReadsOnePage_NeverFollowsNextLink()
    {
        var owner = Guid.NewGuid().ToString();
        var id = ColleagueCase(owner);
        var eml = File.ReadAllText(Path.Combine(Samples.Folder, "colleague-mailbox", "2025-04-14-haruto.eml"));
        cloud.Graph.Mailbox.Receive(owner, Enumerable.Range(1, 30).Select(i => System.Text.Encoding.UTF8.GetBytes(eml
            .Replace("Mon, 14 Apr 2025", $"Mon, {i:D2} Sep 2024", StringComparison.Ordinal)
            .Replace("Message-ID: <", $"Message-ID: <p{i}", StringComparison.Ordinal))));
        using var client = _api.ClientWith(_api.Token(objectId: owner));

        var analysis = await AnalysisAsync(client, id);

        // One page of 25, newest first; the message itself is the newest and is left out.
        Assert.Equal(24, analysis.GetProperty("relationship").GetProperty("received").GetInt32());
        Assert.Single(HistoryRequests(owner), r => r.Path == "/v1.0/me/messages");
        Assert.DoesNotContain(HistoryRequests(owner), r => r.Query.ContainsKey("$skip"));
    }

    [Fact]
    public async Task Throttled_RetriesAfterRetryAfter_AndReadsTheWholeHistory()
    {
        var owner = Guid.NewGuid().ToString();
        var sender = $"ops-{Guid.NewGuid():N}@northwind-traders.com";
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        var eml = Samples.Bytes("colleague-reply-to-gmail.eml");
        cloud.Graph.Messages[id] = new FakeGraphMessage(Rewrite(eml, sender), GraphBehavior.Normal, owner);
        cloud.Graph.Mailbox.Receive(owner, SampleMailbox().Take(3).Select(e => Rewrite(e, sender)));
        cloud.Graph.Mailbox.Behave(sender, GraphBehavior.ThrottledOnce);
        using var client = _api.ClientWith(_api.Token(objectId: owner));

        var analysis = await AnalysisAsync(client, id);

        Assert.Equal("full", analysis.GetProperty("relationship").GetProperty("completeness").GetString());
        Assert.Equal(3, analysis.GetProperty("relationship").GetProperty("received").GetInt32());
        Assert.Equal(2, HistoryRequests(owner).Count(r => r.Path == "/v1.0/me/messages"));
    }

    [Fact]
    public async Task SlowList_IsLeftUnreadWithinTheBudget_HistoryPartial_AnalysisStillAnswers()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:History"] = "Graph",
            ["Mailbox:HistoryBudgetMilliseconds"] = "400",
        });
        var owner = Guid.NewGuid().ToString();
        var sender = $"slow-{Guid.NewGuid():N}@northwind-traders.com";
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Rewrite(Samples.Bytes("colleague-reply-to-gmail.eml"), sender), GraphBehavior.Normal, owner);
        cloud.Graph.Mailbox.Behave(sender, GraphBehavior.Slow);
        using var client = api.ClientWith(api.Token(objectId: owner));
        var watch = Stopwatch.StartNew();

        var analysis = await AnalysisAsync(client, id);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
        var relationship = analysis.GetProperty("relationship");
        Assert.Equal("partial", relationship.GetProperty("completeness").GetString());
        Assert.Equal(JsonValueKind.Null, relationship.GetProperty("received").ValueKind);
        Assert.Equal(0, relationship.GetProperty("sent").GetInt32());
        Assert.DoesNotContain("new-reply-to", RuleIds(analysis));
        Assert.DoesNotContain("first-contact", RuleIds(analysis));
        Assert.Equal("danger", analysis.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task History_IsCachedPerUserAndPerTenant()
    {
        var owner = Guid.NewGuid().ToString();
        var first = ColleagueCase(owner);
        var second = ColleagueCase(owner);
        using var client = _api.ClientWith(_api.Token(objectId: owner));

        await AnalysisAsync(client, first);
        var fromCache = await AnalysisAsync(client, second);
        Assert.Single(HistoryRequests(owner), r => r.Path == "/v1.0/me/messages");
        Assert.Equal(7, fromCache.GetProperty("relationship").GetProperty("received").GetInt32());
        Assert.Contains("new-reply-to", RuleIds(fromCache));

        var other = Guid.NewGuid().ToString();
        var third = ColleagueCase(other);
        using var otherClient = _api.ClientWith(_api.Token(objectId: other));
        await AnalysisAsync(otherClient, third);
        Assert.Single(HistoryRequests(other), r => r.Path == "/v1.0/me/messages");

        var key = Api.History.HistoryService.CacheKey(new Api.Auth.Caller(LocalCloud.TenantA, owner, "token", DateTimeOffset.MaxValue), Colleague);
        var inTenantB = Api.History.HistoryService.CacheKey(new Api.Auth.Caller(LocalCloud.TenantB, owner, "token", DateTimeOffset.MaxValue), Colleague);
        Assert.NotEqual(key, inTenantB);
        Assert.DoesNotContain(Colleague, key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryOff_ReadsNoListAndAnswersWithoutRelationship()
    {
        var owner = Guid.NewGuid().ToString();
        var id = ColleagueCase(owner);
        var api = cloud.SharedApi;
        using var client = api.ClientWith(api.Token(objectId: owner));

        var analysis = await AnalysisAsync(client, id);

        Assert.False(analysis.TryGetProperty("relationship", out _));
        Assert.Empty(HistoryRequests(owner));
        Assert.DoesNotContain("new-reply-to", RuleIds(analysis));
    }

    [Fact]
    public async Task Logs_AboveDebug_HoldNoAddress()
    {
        var owner = Guid.NewGuid().ToString();
        var id = ColleagueCase(owner);
        using var client = _api.ClientWith(_api.Token(objectId: owner));

        await AnalysisAsync(client, id);

        Assert.Contains(_api.Logs.Entries, e => e.Message.StartsWith("History read: Full, 7 earlier messages", StringComparison.Ordinal));
        Assert.Empty(_api.Logs.Entries.Where(e => e.Level > LogLevel.Debug && (e.Message.Contains(Colleague, StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains(Uri.EscapeDataString(Colleague), StringComparison.OrdinalIgnoreCase))).Select(e => e.Message));
    }

    // A sample with its From (and Return-Path) moved to another address.
    private static byte[] Rewrite(byte[] eml, string sender) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(eml).Replace(Colleague, sender, StringComparison.Ordinal));
}
