using System.Net;
using System.Net.Http.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>Nothing above Debug names an address, a subject or a token, whatever the outcome.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class LoggingTests(LocalCloud cloud) : IDisposable
{
    // Debug lines are captured too, so the test sees what is kept below Information.
    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AnalysesAndFailures_LogNoAddressSubjectOrTokenAboveDebug()
    {
        var ok = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        var fallback = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        var denied = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        var eml = Samples.Bytes("colleague-reply-to-gmail.eml");
        cloud.Graph.Messages[ok] = new FakeGraphMessage(eml, GraphBehavior.Normal);
        cloud.Graph.Messages[fallback] = new FakeGraphMessage(eml, GraphBehavior.NoHeaders);
        cloud.Graph.Messages[denied] = new FakeGraphMessage(eml, GraphBehavior.Forbidden);
        var token = _api.Token();
        var expired = cloud.Identity.CreateToken(new TokenSpec { TenantId = LocalCloud.TenantA, IssuedAt = DateTimeOffset.UtcNow.AddHours(-3) });
        using var client = _api.ClientWith(token);
        using var expiredClient = _api.ClientWith(expired);

        using (var r = await client.GetAsync($"/api/messages/{ok}/analysis"))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        using (var r = await client.GetAsync($"/api/messages/{fallback}/analysis"))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        using (var r = await client.GetAsync($"/api/messages/{denied}/analysis"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        }

        using (var r = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-reply-to-gmail.eml") }))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        using (var r = await expiredClient.GetAsync($"/api/messages/{ok}/analysis"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }

        var visible = _api.Logs.Entries.Where(e => e.Level > LogLevel.Debug).ToList();
        Assert.Contains(visible, e => e.EventId == 3001); // the analyses were logged, without their content
        Assert.Contains(_api.Logs.Entries, e => e.EventId == 1001 && e.Level == LogLevel.Debug); // the expired token, at Debug only
        Assert.DoesNotContain(visible, e => e.EventId == 1001);
        string[] secrets =
        [
            "haruto.mori", "yui.sato", "ren.takahashi", "aoi.suzuki", "gmail.com", "Quick question", "kt4921",
            token, expired, token[^20..], expired[^20..], "graph-token-", ok, fallback, denied,
        ];
        foreach (var entry in visible)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, entry.Message, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(secret, entry.Exception ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
