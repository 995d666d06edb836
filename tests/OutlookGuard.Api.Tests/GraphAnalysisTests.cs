using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>GET /api/messages/{id}/analysis through the real GraphServiceClient, On-Behalf-Of and all, against the local cloud.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class GraphAnalysisTests(LocalCloud cloud)
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";
    private readonly ApiFactory _api = cloud.SharedApi;

    private string NewMessage(GraphBehavior behavior, string sample = AttackSample, string? owner = null)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(sample), behavior, owner);
        return id;
    }

    [Fact]
    public async Task NormalMessage_ReturnsAnalysisFromOneSelectedGraphRequest()
    {
        var id = NewMessage(GraphBehavior.Normal);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("verdict").GetString(), new[] { "safe", "caution", "danger" });
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(1, cloud.Graph.HitsFor(id));
        var request = cloud.Graph.Requests.Single(r => r.Path.Contains(id, StringComparison.Ordinal));
        Assert.Equal(
            "internetMessageHeaders,from,sender,replyTo,toRecipients,ccRecipients,subject,bodyPreview,receivedDateTime,conversationId,internetMessageId",
            request.Query["$select"]);
        Assert.StartsWith("Bearer graph-token-", request.Authorization, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task MessageWithoutHeaders_ReadsMimeValue()
    {
        var id = NewMessage(GraphBehavior.NoHeaders);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(cloud.Graph.Requests, r => r.Path.EndsWith(id + "/$value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageNotFound_Returns404Problem()
    {
        var id = NewMessage(GraphBehavior.NotFound);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MessageNotFound, response);
    }

    [Fact]
    public async Task GraphAccessDenied_Returns403ConsentProblemNamingMailRead()
    {
        var id = NewMessage(GraphBehavior.Forbidden);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MailConsentMissing, response);
        Assert.Contains("Mail.Read", Problems.MailConsentMissing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphRejectsToken_Returns401SignInAgainProblem()
    {
        var id = NewMessage(GraphBehavior.TokenRejected);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.SignInAgain, response);
    }

    [Fact]
    public async Task ThrottledOnceWithRetryAfter_RetriesAndSucceeds()
    {
        var id = NewMessage(GraphBehavior.ThrottledOnce);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, cloud.Graph.HitsFor(id));
    }

    [Fact]
    public async Task GraphUnavailable_RetriesBoundedThenReturns503Problem()
    {
        var id = NewMessage(GraphBehavior.Unavailable);
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MailServiceUnavailable, response);
        Assert.Equal(3, cloud.Graph.HitsFor(id)); // the first try and Graph:MaxRetries = 2
    }

    [Fact]
    public async Task GraphTooSlow_Returns504ProblemWithinTimeout()
    {
        var id = NewMessage(GraphBehavior.Slow);
        using var client = _api.ClientWith(_api.Token());
        var started = DateTime.UtcNow;

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MailServiceTimeout, response);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("AAMkAGI2TG93AAA$not-a-rest-id")]
    [InlineData("AAMkAGI2TG93AAA.not.a.rest.id")]
    public async Task BadIdShape_Returns400WithoutCallingGraph(string id)
    {
        var before = cloud.Graph.Requests.Count;
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync($"/api/messages/{Uri.EscapeDataString(id)}/analysis");

        await ProblemAssert.IsAsync(Problems.InvalidMessageId, response);
        Assert.Equal(before, cloud.Graph.Requests.Count);
    }

    [Fact]
    public async Task TenAnalysesByOneUser_CostOneTokenExchange()
    {
        var user = Guid.NewGuid().ToString();
        using var client = _api.ClientWith(_api.Token(objectId: user));

        for (var i = 0; i < 10; i++)
        {
            var id = NewMessage(GraphBehavior.Normal);
            using var response = await client.GetAsync($"/api/messages/{id}/analysis");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, cloud.Identity.ExchangesFor(user));
    }

    [Fact]
    public async Task ConsentRequiredAtExchange_Returns403ConsentProblem()
    {
        var user = Guid.NewGuid().ToString();
        cloud.Identity.UsersWithoutConsent[user] = true;
        var id = NewMessage(GraphBehavior.Normal);
        using var client = _api.ClientWith(_api.Token(objectId: user));

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MailConsentMissing, response);
        Assert.Equal(0, cloud.Graph.HitsFor(id));
    }

    [Fact]
    public async Task CertificateCredential_ExchangesWithSignedClientAssertion()
    {
        var directory = Directory.CreateTempSubdirectory("outlookguard-cert-");
        try
        {
            var pfx = Path.Combine(directory.FullName, "api.pfx");
            cloud.Identity.ExportClientCertificate(pfx);
            using var api = new ApiFactory(cloud, new Dictionary<string, string?>
            {
                ["AzureAd:ClientSecret"] = string.Empty,
                ["AzureAd:ClientCertificatePath"] = pfx,
            });
            var before = cloud.Identity.CertificateExchanges;
            var id = NewMessage(GraphBehavior.Normal);
            using var client = api.ClientWith(api.Token());

            using var response = await client.GetAsync($"/api/messages/{id}/analysis");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(before + 1, cloud.Identity.CertificateExchanges);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RevokedGrantAtExchange_Returns401SignInAgainProblem()
    {
        var user = Guid.NewGuid().ToString();
        cloud.Identity.UsersWithRevokedGrant[user] = true;
        var id = NewMessage(GraphBehavior.Normal);
        using var client = _api.ClientWith(_api.Token(objectId: user));

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.SignInAgain, response);
        Assert.Equal(0, cloud.Graph.HitsFor(id));
    }

    [Fact]
    public async Task SameMessageTwice_SecondAnswerComesFromCache()
    {
        var id = NewMessage(GraphBehavior.Normal);
        using var client = _api.ClientWith(_api.Token());

        using var first = await client.GetAsync($"/api/messages/{id}/analysis");
        using var second = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, cloud.Graph.HitsFor(id));
    }

    [Fact]
    public async Task SameMessageInAnotherLanguage_IsAnalyzedAgain()
    {
        var id = NewMessage(GraphBehavior.Normal);
        using var client = _api.ClientWith(_api.Token());

        using var english = await client.GetAsync($"/api/messages/{id}/analysis?lang=en");
        using var japanese = await client.GetAsync($"/api/messages/{id}/analysis?lang=ja");

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal(HttpStatusCode.OK, japanese.StatusCode);
        Assert.Equal("ja", japanese.Content.Headers.ContentLanguage.Single());
        Assert.Equal(2, cloud.Graph.HitsFor(id));
    }

    [Fact]
    public async Task CachedVerdict_IsNotServedToAnotherUser()
    {
        var owner = Guid.NewGuid().ToString();
        var id = NewMessage(GraphBehavior.Normal, owner: owner);
        using var ownerClient = _api.ClientWith(_api.Token(objectId: owner));
        using var otherClient = _api.ClientWith(_api.Token());
        using var otherTenantClient = _api.ClientWith(_api.Token(LocalCloud.TenantB, objectId: owner));

        using var ownerResponse = await ownerClient.GetAsync($"/api/messages/{id}/analysis");
        using var otherResponse = await otherClient.GetAsync($"/api/messages/{id}/analysis");
        using var otherTenantResponse = await otherTenantClient.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, ownerResponse.StatusCode);
        await ProblemAssert.IsAsync(Problems.MessageNotFound, otherResponse);
        Assert.Equal(HttpStatusCode.OK, otherTenantResponse.StatusCode);
        Assert.Equal(3, cloud.Graph.HitsFor(id)); // each (tenant, user) asked Graph itself
    }
}
