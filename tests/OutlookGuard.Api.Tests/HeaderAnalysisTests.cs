using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Tests;

/// <summary>POST /api/analysis: the header block the taskpane read with Office.js, without Graph.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class HeaderAnalysisTests(LocalCloud cloud)
{
    private readonly ApiFactory _api = cloud.SharedApi;

    [Theory]
    [InlineData("colleague-reply-to-gmail.eml")]
    [InlineData("colleague-legitimate.eml")]
    [InlineData("spoofed-internal-domain.eml")]
    [InlineData("mailing-list-via.eml")]
    public async Task RealHeaderBlock_ReturnsCoresVerdictAndFindings(string sample)
    {
        using var client = _api.ClientWith(_api.Token());
        var headers = Samples.HeaderBlock(sample);

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = headers, bodyPreview = "Hi all," });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var engine = GuardEngine.Create(new GuardPolicy { InternalDomains = ["hanabi-foods.co.jp"] }).GetEngineOrThrow();
        var expected = engine.Analyze(MessageInput.FromText(headers, "Hi all,"), Language.En);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(expected.Verdict.ToString().ToLowerInvariant(), root.GetProperty("verdict").GetString());
        Assert.Equal(expected.Findings.Select(f => f.RuleId), root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.False(root.TryGetProperty("message", out _));
        Assert.Equal(16, root.GetProperty("policyVersion").GetString()!.Length);
    }

    [Theory]
    [InlineData("?lang=ja", null, "ja")]
    [InlineData("?lang=en", "ja-JP", "en")]
    [InlineData("", "ja-JP,ja;q=0.9,en;q=0.8", "ja")]
    [InlineData("", "fr-FR", "en")]
    public async Task Language_FromQueryThenAcceptLanguage(string query, string? acceptLanguage, string expected)
    {
        using var client = _api.ClientWith(_api.Token());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analysis" + query)
        {
            Content = JsonContent.Create(new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") }),
        };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task UnsupportedLang_Returns400Problem()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis?lang=fr", new { internetHeaders = "From: a@b.example\r\n" });

        await ProblemAssert.IsAsync(Problems.InvalidLanguage, response);
    }

    [Fact]
    public async Task BodyOverLimit_Returns413Problem()
    {
        using var client = _api.ClientWith(_api.Token());
        var headers = "X-Filler: " + new string('a', Problems.MaxRequestBodyBytes) + "\r\n";

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = headers });

        await ProblemAssert.IsAsync(Problems.RequestTooLarge, response);
    }

    [Fact]
    public async Task ChunkedBodyOverLimit_Returns413Problem()
    {
        using var client = _api.ClientWith(_api.Token());
        var json = "{\"internetHeaders\":\"X-Filler: " + new string('a', Problems.MaxRequestBodyBytes) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analysis") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsAsync(Problems.RequestTooLarge, response);
    }

    [Fact]
    public async Task NotJson_Returns415Problem()
    {
        using var client = _api.ClientWith(_api.Token());
        using var content = new StringContent(Samples.HeaderBlock("colleague-legitimate.eml"), Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/analysis", content);

        await ProblemAssert.IsAsync(Problems.UnsupportedMediaType, response);
    }

    [Theory]
    [InlineData("{\"internetHeaders\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"bodyPreview\":\"only a preview\"}")]
    [InlineData("{\"internetHeaders\":42}")]
    public async Task MalformedBody_Returns400Problem(string json)
    {
        using var client = _api.ClientWith(_api.Token());
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/analysis", content);

        await ProblemAssert.IsAsync(Problems.InvalidBody, response);
    }

    [Fact]
    public async Task TextWithoutHeaderFields_Returns400NoHeadersProblem()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = "\r\n\r\nhello, this is a body without any header" });

        await ProblemAssert.IsAsync(Problems.NoHeaders, response);
    }
}
