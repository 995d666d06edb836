using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Replies;

/// <summary><c>POST /api/replies/check</c> with <c>Mailbox:Source=Folder</c>: the original is the sample whose Message-ID matches.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class FolderReplyCheckTests(LocalCloud cloud) : IDisposable
{
    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?>
    {
        ["Mailbox:Source"] = "Folder",
        ["Mailbox:Folder"] = Samples.Folder,
    }, environment: "Development");

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(ReplyCheckApiTests.SeedReplyTo, "warn")]
    [InlineData(ReplyCheckApiTests.SeedFrom, "allow")]
    public async Task ReplyToTheColleagueSample_WarnsForItsReplyTo_AllowsForItsFrom(string recipient, string expected)
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/replies/check", new
        {
            inReplyTo = ReplyCheckApiTests.SeedMessageId,
            recipients = new[] { new { name = "Haruto Mori", address = recipient } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, json.RootElement.GetProperty("action").GetString());
        Assert.Equal(ReplyCheckApiTests.SeedFrom, json.RootElement.GetProperty("original").GetProperty("from").GetProperty("address").GetString());
    }

    [Fact]
    public async Task SeedReply_AnswersExactlyAsTheApiDocumentationShows()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "OutlookGuard.sln")))
        {
            root = root.Parent!;
        }

        var doc = File.ReadLines(Path.Combine(root.FullName, "docs", "api.md"))
            .Single(line => line.StartsWith("{\"action\":\"warn\"", StringComparison.Ordinal));
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/replies/check?lang=en", new
        {
            inReplyTo = ReplyCheckApiTests.SeedMessageId,
            conversationId = (string?)null,
            recipients = new[] { new { name = "Haruto Mori", address = ReplyCheckApiTests.SeedReplyTo } },
        });

        Assert.Equal(doc, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ConversationIdOnly_FindsNoOriginalInAFolder_AndAllows()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/replies/check", new
        {
            conversationId = "AAQkAGI2TG93AAAQAKW0hJ8kqQJIozA1cNvvd38=",
            recipients = new[] { new { address = ReplyCheckApiTests.SeedReplyTo } },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
    }
}
