using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Replies;

/// <summary><c>POST /api/replies/check</c> with the Graph source: the original found by Message-ID through the real GraphServiceClient.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class ReplyCheckApiTests(LocalCloud cloud)
{
    public const string SeedMessageId = "<20261117091236.4AH9CbTq031877@smtp.sunshine-broadband.example>";
    public const string SeedReplyTo = "haruto.mori.office@gmail.com";
    public const string SeedFrom = "haruto.mori@hanabi-foods.co.jp";
    private const string Seed = "colleague-reply-to-gmail.eml";
    private readonly ApiFactory _api = cloud.SharedApi;

    [Fact]
    public async Task SeedReply_ToItsReplyTo_WarnsFromOneFilteredGraphQuery()
    {
        var user = Mailbox(Seed);

        using var response = await CheckAsync(user, SeedMessageId, (SeedReplyTo, "Haruto Mori"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("warn", root.GetProperty("action").GetString());
        Assert.StartsWith($"Your reply goes to {SeedReplyTo}, not to Haruto Mori ({SeedFrom}).", root.GetProperty("message").GetString(), StringComparison.Ordinal);
        var flagged = Assert.Single(root.GetProperty("flagged").EnumerateArray().ToList());
        Assert.Equal(SeedReplyTo, flagged.GetProperty("address").GetString());
        Assert.Equal("reply-to-divergence", flagged.GetProperty("reason").GetString());
        Assert.Equal(SeedFrom, root.GetProperty("original").GetProperty("from").GetProperty("address").GetString());
        Assert.Equal(SeedReplyTo, root.GetProperty("original").GetProperty("replyTo")[0].GetProperty("address").GetString());

        var query = Assert.Single(ListRequests(user)).Query;
        Assert.Equal($"internetMessageId eq '{SeedMessageId}'", query["$filter"]);
        Assert.Equal("10", query["$top"]);
        Assert.Contains("isDraft", query["$select"], StringComparison.Ordinal);
        Assert.Contains("parentFolderId", query["$select"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedReply_ToItsFrom_Allows()
    {
        var user = Mailbox(Seed);

        using var json = await CheckJsonAsync(user, SeedMessageId, (SeedFrom, "Haruto Mori"));

        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("message").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("flagged").EnumerateArray());
    }

    [Fact]
    public async Task SeedReply_InJapanese_WarnsInJapanese()
    {
        var user = Mailbox(Seed);

        using var json = await CheckJsonAsync(user, SeedMessageId, [(SeedReplyTo, null)], "?lang=ja");

        Assert.StartsWith($"この返信は Haruto Mori（{SeedFrom}）ではなく {SeedReplyTo} に届きます。", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopiesInSentItemsAndDrafts_AreSkipped_TheReceivedCopyDecides()
    {
        var user = Guid.NewGuid().ToString();
        Add(user, Seed, FakeGraph.SentItemsFolderId, receivedDateTime: DateTimeOffset.Parse("2026-11-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Add(user, Seed, FakeGraph.InboxFolderId, isDraft: true, receivedDateTime: DateTimeOffset.Parse("2026-11-21T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Add(user, Seed, FakeGraph.InboxFolderId);

        using var json = await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null));

        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Contains(cloud.Graph.Requests, r => r.Path == "/v1.0/me/mailFolders/sentitems" && r.Query["$select"] == "id");
    }

    [Fact]
    public async Task OnlyASentItemsCopy_IsNotAnOriginal_TheReplyIsAllowed()
    {
        var user = Guid.NewGuid().ToString();
        Add(user, Seed, FakeGraph.SentItemsFolderId);

        using var json = await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null));

        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
    }

    [Fact]
    public async Task UnknownMessageId_AllowsWithoutAnError()
    {
        var user = Mailbox(Seed);

        using var json = await CheckJsonAsync(user, "<no-such-message@example.com>", (SeedReplyTo, "Haruto Mori"));

        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
    }

    [Fact]
    public async Task NewMessage_ToALookalike_WarnsWithoutAskingGraph()
    {
        var user = Guid.NewGuid().ToString();

        using var json = await CheckJsonAsync(user, null, ("haruto.mori@hanabi-fooods.co.jp", "Haruto Mori"));

        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("lookalike-domain", json.RootElement.GetProperty("flagged")[0].GetProperty("reason").GetString());
        Assert.Empty(ListRequests(user));
    }

    [Fact]
    public async Task MessageIdWithAQuote_IsQuotedForOData()
    {
        const string quoted = "<o'brien.20261117@smtp.sunshine-broadband.example>";
        var user = Guid.NewGuid().ToString();
        var eml = Encoding.ASCII.GetString(Samples.Bytes(Seed)).Replace(SeedMessageId, quoted, StringComparison.Ordinal);
        cloud.Graph.Messages[NewId()] = new FakeGraphMessage(Encoding.ASCII.GetBytes(eml), GraphBehavior.Normal, user);

        using var json = await CheckJsonAsync(user, quoted, (SeedReplyTo, null));

        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("internetMessageId eq '<o''brien.20261117@smtp.sunshine-broadband.example>'", Assert.Single(ListRequests(user)).Query["$filter"]);
    }

    [Fact]
    public async Task ConversationIdWithoutInReplyTo_FindsTheConversationsReceivedMessage()
    {
        var user = Guid.NewGuid().ToString();
        var conversation = "AAQkAGI2TG93AAAQA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[NewId()] = new FakeGraphMessage(Samples.Bytes(Seed), GraphBehavior.Normal, user, ConversationId: conversation);
        using var client = _api.ClientWith(_api.Token(objectId: user));

        using var response = await client.PostAsJsonAsync("/api/replies/check", new
        {
            inReplyTo = (string?)null,
            conversationId = conversation,
            recipients = new[] { new { name = (string?)null, address = SeedReplyTo } },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal($"conversationId eq '{conversation}'", Assert.Single(ListRequests(user)).Query["$filter"]);
    }

    [Fact]
    public async Task SameCheckTwice_AsksGraphOnce()
    {
        var user = Mailbox(Seed);

        using (await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null)))
        using (var second = await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null)))
        {
            Assert.Equal("warn", second.RootElement.GetProperty("action").GetString());
        }

        Assert.Single(ListRequests(user));
    }

    [Fact]
    public async Task GraphRefuses_RecipientsAreStillChecked_WithoutTheOriginal()
    {
        var user = Guid.NewGuid().ToString();
        Add(user, Seed, FakeGraph.InboxFolderId, GraphBehavior.Forbidden);

        using var json = await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null), ("a@hanabi-fooods.co.jp", null));

        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("a@hanabi-fooods.co.jp", Assert.Single(json.RootElement.GetProperty("flagged").EnumerateArray().ToList()).GetProperty("address").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
    }

    [Fact]
    public async Task GraphTooSlow_AnswersWithinTheGraphTimeout_WithoutTheOriginal()
    {
        var user = Guid.NewGuid().ToString();
        Add(user, Seed, FakeGraph.InboxFolderId, GraphBehavior.Slow);
        var watch = Stopwatch.StartNew();

        using var json = await CheckJsonAsync(user, SeedMessageId, (SeedReplyTo, null));

        // Graph:TimeoutSeconds is 3 in the test settings; the fake Graph would answer after 20 s.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{ "inReplyTo": "<a@b>" }""")]
    [InlineData("""{ "recipients": [ { "name": "x" } ] }""")]
    [InlineData("""{ "recipients": [ { "address": "two words@gmail.com" } ] }""")]
    [InlineData("""{ "recipients": [ null ] }""")]
    [InlineData("""{ "recipients": [], "inReplyTo": "<a b@c>" }""")]
    [InlineData("""{ "recipients": [], "conversationId": 12 }""")]
    public async Task MalformedBody_Returns400Problem(string body)
    {
        using var client = _api.ClientWith(_api.Token());
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/replies/check", content);

        await ProblemAssert.IsAsync(Problems.InvalidReplyCheck, response);
    }

    [Fact]
    public async Task TooManyRecipients_Returns400Problem()
    {
        using var client = _api.ClientWith(_api.Token());
        var recipients = Enumerable.Range(0, 501).Select(i => new { address = $"r{i}@example.com" });

        using var response = await client.PostAsJsonAsync("/api/replies/check", new { recipients });

        await ProblemAssert.IsAsync(Problems.InvalidReplyCheck, response);
    }

    [Fact]
    public async Task PlainTextBody_Returns415Problem()
    {
        using var client = _api.ClientWith(_api.Token());
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/replies/check", content);

        await ProblemAssert.IsAsync(Problems.UnsupportedMediaType, response);
    }

    [Fact]
    public async Task NoToken_Returns401Problem()
    {
        using var client = _api.ClientWith(null);

        using var response = await client.PostAsJsonAsync("/api/replies/check", new { recipients = Array.Empty<object>() });

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task WellKnownAllowList_NamesTheEventScriptOfThisOrigin()
    {
        using var client = _api.CreateClient();

        using var response = await client.GetAsync("/.well-known/microsoft-officeaddins-allowed.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"https://{client.BaseAddress!.Authority}/events.js", Assert.Single(json.RootElement.GetProperty("allowed").EnumerateArray().ToList()).GetString());
    }

    private static string NewId() => "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";

    // A new user whose mailbox holds one received copy of the sample.
    private string Mailbox(string sample)
    {
        var user = Guid.NewGuid().ToString();
        Add(user, sample, FakeGraph.InboxFolderId);
        return user;
    }

    private void Add(string user, string sample, string folder, GraphBehavior behavior = GraphBehavior.Normal, bool isDraft = false, DateTimeOffset? receivedDateTime = null) =>
        cloud.Graph.Messages[NewId()] = new FakeGraphMessage(Samples.Bytes(sample), behavior, user, folder, isDraft, receivedDateTime);

    // The list requests the Graph tokens of this user made (the On-Behalf-Of token names its user).
    private List<GraphRequest> ListRequests(string user) =>
        [.. cloud.Graph.Requests.Where(r => r.Path == "/v1.0/me/messages" && _api.Identity.OwnerOfGraphToken(r.Authorization[7..]) == user)];

    private Task<HttpResponseMessage> CheckAsync(string user, string? inReplyTo, params (string Address, string? Name)[] recipients) =>
        PostAsync(user, inReplyTo, recipients, string.Empty);

    private Task<JsonDocument> CheckJsonAsync(string user, string? inReplyTo, params (string Address, string? Name)[] recipients) =>
        CheckJsonAsync(user, inReplyTo, recipients, string.Empty);

    private async Task<JsonDocument> CheckJsonAsync(string user, string? inReplyTo, (string Address, string? Name)[] recipients, string query)
    {
        using var response = await PostAsync(user, inReplyTo, recipients, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string? inReplyTo, (string Address, string? Name)[] recipients, string query)
    {
        using var client = _api.ClientWith(_api.Token(objectId: user));
        return await client.PostAsJsonAsync("/api/replies/check" + query, new
        {
            inReplyTo,
            conversationId = (string?)null,
            recipients = recipients.Select(r => new { name = r.Name, address = r.Address }),
        });
    }
}
