using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary><c>Mailbox:Source=Folder</c>: messages read from a folder of exported .eml files (the repository's samples).</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class FolderSourceTests(LocalCloud cloud) : IDisposable
{
    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?>
    {
        ["Mailbox:Source"] = "Folder",
        ["Mailbox:Folder"] = Samples.Folder,
    }, environment: "Development");

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("colleague-reply-to-gmail")]
    [InlineData("newsletter-constantcontact")]
    public async Task SampleById_ReturnsAnalysis(string id)
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis?lang=ja");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("verdict", out _));
        Assert.Equal(0, cloud.Graph.Requests.Count(r => r.Path.Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MissingFile_Returns404Problem()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync("/api/messages/no-such-message/analysis");

        await ProblemAssert.IsAsync(Problems.MessageNotFound, response);
    }

    [Theory]
    [InlineData("..policy")]
    [InlineData(".hidden")]
    [InlineData("a..b")]
    [InlineData("a%2F..%2Fsecret")]
    [InlineData("a%5Csecret")]
    public async Task PathLikeId_Returns400Problem(string id)
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.InvalidMessageId, response);
    }

    [Fact]
    public async Task DotDotSegment_IsResolvedBeforeRoutingAndNeverReachesTheFolder()
    {
        using var client = _api.ClientWith(_api.Token());

        // The client removes the dot segment: the request is GET /api/analysis, which only accepts POST.
        using var response = await client.GetAsync("/api/messages/../analysis");

        await ProblemAssert.IsAsync(Problems.MethodNotAllowed, response);
    }

    [Fact]
    public async Task FolderSource_StillRequiresAToken()
    {
        using var client = _api.ClientWith(null);

        using var response = await client.GetAsync("/api/messages/colleague-reply-to-gmail/analysis");

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task MessageEndpoint_UnsupportedLang_Returns400Problem()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync("/api/messages/colleague-legitimate/analysis?lang=fr");

        await ProblemAssert.IsAsync(Problems.InvalidLanguage, response);
        Assert.Empty(response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task MessageEndpoint_AcceptLanguageJapanese_AnswersInJapanese()
    {
        using var client = _api.ClientWith(_api.Token());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja-JP");

        using var response = await client.GetAsync("/api/messages/colleague-legitimate/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ja", response.Content.Headers.ContentLanguage.Single());
    }
}
