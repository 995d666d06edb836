using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>
/// <c>Mailbox:Source=Client</c>, for tenants that grant no Mail.Read: the taskpane sends the headers, the service never
/// calls Microsoft Graph (every request below is checked against the fake Graph's log).
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class ClientSourceTests(LocalCloud cloud) : IDisposable
{
    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?> { ["Mailbox:Source"] = "Client" });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ReadingAMessageById_AnswersHeadersFromPane_WithoutCallingGraph()
    {
        var user = Guid.NewGuid().ToString();
        using var client = _api.ClientWith(_api.Token(objectId: user));

        using var response = await client.GetAsync("/api/messages/AAMkAGI2TG93AAA=/analysis?lang=en");

        await ProblemAssert.IsAsync(Problems.HeadersFromPane, response);
        Assert.DoesNotContain(cloud.Graph.Requests, r => _api.Identity.OwnerOfGraphToken(r.Authorization.Length > 7 ? r.Authorization[7..] : string.Empty) == user);
    }

    [Fact]
    public async Task PostedHeaders_AreAnalyzed()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-reply-to-gmail.eml") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "reply-to-mismatch");
    }

    [Fact]
    public async Task TaskpaneConfig_TellsThePaneToSendTheHeaders()
    {
        using var client = _api.ClientWith(null);
        using var shared = cloud.SharedApi.ClientWith(null);

        using var config = JsonDocument.Parse(await client.GetStringAsync("/taskpane-config.json"));
        using var graphConfig = JsonDocument.Parse(await shared.GetStringAsync("/taskpane-config.json"));

        Assert.True(config.RootElement.GetProperty("headersFromPane").GetBoolean());
        Assert.False(graphConfig.RootElement.GetProperty("headersFromPane").GetBoolean());
    }

    [Fact]
    public async Task ReplyCheck_JudgesTheRecipientsAlone_WithoutCallingGraph()
    {
        var user = Guid.NewGuid().ToString();
        using var client = _api.ClientWith(_api.Token(objectId: user));

        using var response = await client.PostAsJsonAsync("/api/replies/check", new
        {
            inReplyTo = Replies.ReplyCheckApiTests.SeedMessageId,
            conversationId = (string?)null,
            recipients = new[] { new { name = "Haruto Mori", address = "haruto.mori@hanabi-fooods.co.jp" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("lookalike-domain", json.RootElement.GetProperty("flagged")[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
        Assert.DoesNotContain(cloud.Graph.Requests, r => _api.Identity.OwnerOfGraphToken(r.Authorization.Length > 7 ? r.Authorization[7..] : string.Empty) == user);
    }

    [Fact]
    public void HistoryFromGraph_WithClientSource_StopsTheServiceNamingTheSetting() =>
        Assert.Contains(
            "Mailbox:History Graph needs Mailbox:Source Graph",
            ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["Mailbox:Source"] = "Client", ["Mailbox:History"] = "Graph" }),
            StringComparison.Ordinal);
}
