using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Telemetry;

/// <summary>The <c>OutlookGuard</c> meter: what an analysis records, with closed-set tags only.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class TelemetryTests(LocalCloud cloud) : IDisposable
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";
    private static readonly string[] AllowedTags = ["verdict", "source", "rule_id", "severity", "result", "http.response.status_code", "outcome", "operation"];
    private readonly ApiFactory _api = new(cloud);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task GraphAnalysisTwice_CountsVerdictFindingsGraphOboAndCacheHit()
    {
        var user = Guid.NewGuid().ToString();
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(AttackSample), GraphBehavior.Normal, user);
        using var client = _api.ClientWith(_api.Token(objectId: user));
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var first = await client.GetAsync($"/api/messages/{id}/analysis");
        using var second = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var verdict = json.RootElement.GetProperty("verdict").GetString();
        var ruleIds = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();

        var analyses = recorder.Of("outlookguard.analyses").ToList();
        Assert.Equal(2, analyses.Count);
        Assert.All(analyses, a => Assert.Equal(verdict, a.Tags["verdict"]));
        Assert.All(analyses, a => Assert.Equal(GuardTelemetry.SourceGraph, a.Tags["source"]));
        Assert.Equal(
            ruleIds.Concat(ruleIds).Order(StringComparer.Ordinal),
            recorder.Of("outlookguard.findings").Select(f => f.Tags["rule_id"]).Order(StringComparer.Ordinal));
        Assert.Equal(["miss", "hit"], recorder.Of("outlookguard.cache.lookups").Select(c => c.Tags["result"]));
        var graph = Assert.Single(recorder.Of("outlookguard.graph.duration"));
        Assert.Equal("200", graph.Tags["http.response.status_code"]);
        Assert.True(graph.Value > 0);
        Assert.Empty(recorder.Of("outlookguard.graph.errors"));
        var exchange = Assert.Single(recorder.Of("outlookguard.obo.exchanges"));
        Assert.Equal("success", exchange.Tags["outcome"]);
        AssertNoPersonalData(recorder, user, id);
    }

    [Fact]
    public async Task GraphForbidden_CountsGraphErrorByStatus()
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(AttackSample), GraphBehavior.Forbidden);
        using var client = _api.ClientWith(_api.Token());
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = Assert.Single(recorder.Of("outlookguard.graph.errors"));
        Assert.Equal("403", error.Tags["http.response.status_code"]);
        Assert.Empty(recorder.Of("outlookguard.analyses"));
    }

    [Fact]
    public async Task HeaderAnalysis_CountsSourceHeadersWithoutPersonalData()
    {
        var user = Guid.NewGuid().ToString();
        using var client = _api.ClientWith(_api.Token(objectId: user));
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock(AttackSample) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var analysis = Assert.Single(recorder.Of("outlookguard.analyses"));
        Assert.Equal(GuardTelemetry.SourceHeaders, analysis.Tags["source"]);
        Assert.Equal(json.RootElement.GetProperty("verdict").GetString(), analysis.Tags["verdict"]);
        Assert.Equal(json.RootElement.GetProperty("findings").GetArrayLength(), recorder.Of("outlookguard.findings").Count());
        Assert.Empty(recorder.Of("outlookguard.cache.lookups"));
        AssertNoPersonalData(recorder, user, "Quick question");
    }

    private static void AssertNoPersonalData(GuardMeterRecorder recorder, params string[] secrets)
    {
        Assert.NotEmpty(recorder.Values);
        foreach (var value in recorder.Values)
        {
            Assert.All(value.Tags.Keys, key => Assert.Contains(key, AllowedTags));
            foreach (var tag in value.Tags.Values)
            {
                Assert.DoesNotContain("@", tag ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain(LocalCloud.TenantA, tag ?? string.Empty, StringComparison.Ordinal);
                Assert.All(secrets, secret => Assert.DoesNotContain(secret, tag ?? string.Empty, StringComparison.Ordinal));
            }
        }
    }
}
