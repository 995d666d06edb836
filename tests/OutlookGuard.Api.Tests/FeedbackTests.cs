using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Api.Tests.Telemetry;

namespace OutlookGuard.Api.Tests;

/// <summary>POST /api/feedback: the reader's "This looks fine", counted per rule, with nothing but rule ids and the verdict.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class FeedbackTests(LocalCloud cloud) : IDisposable
{
    private readonly ApiFactory _api = new(cloud);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task KnownRules_AreCountedPerRuleWithTheVerdict()
    {
        using var client = _api.ClientWith(_api.Token());
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var response = await client.PostAsJsonAsync("/api/feedback", new { ruleIds = new[] { "reply-to-mismatch", "bec-content" }, verdict = "danger" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var counted = recorder.Of("outlookguard.feedback").ToList();
        Assert.Equal(["bec-content", "reply-to-mismatch"], counted.Select(c => c.Tags["rule_id"]).Order(StringComparer.Ordinal));
        Assert.All(counted, c => Assert.Equal("danger", c.Tags["verdict"]));
        Assert.All(counted, c => Assert.Equal(1, c.Value));
        Assert.All(counted, c => Assert.Equal(["rule_id", "verdict"], c.Tags.Keys.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("""{ "ruleIds": ["reply-to-mismach"], "verdict": "danger" }""")]
    [InlineData("""{ "ruleIds": ["reply-to-mismatch", "reply-to-mismatch"], "verdict": "caution" }""")]
    [InlineData("""{ "ruleIds": [], "verdict": "caution" }""")]
    [InlineData("""{ "ruleIds": ["reply-to-mismatch"], "verdict": "safe" }""")]
    [InlineData("""{ "ruleIds": ["reply-to-mismatch"] }""")]
    [InlineData("""{ "verdict": "danger" }""")]
    [InlineData("""{ "ruleIds": "reply-to-mismatch", "verdict": "danger" }""")]
    [InlineData("""not json""")]
    public async Task UnknownRuleOrVerdictOrShape_Is400InvalidFeedbackAndCountsNothing(string body)
    {
        using var client = _api.ClientWith(_api.Token());
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var response = await client.PostAsync("/api/feedback", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid-feedback", problem.RootElement.GetProperty("code").GetString());
        Assert.Empty(recorder.Of("outlookguard.feedback"));
    }

    [Fact]
    public async Task NoToken_Is401AndCountsNothing()
    {
        using var client = _api.ClientWith(null);
        using var recorder = new GuardMeterRecorder(_api.Services.GetRequiredService<GuardTelemetry>().Meter);

        using var response = await client.PostAsJsonAsync("/api/feedback", new { ruleIds = new[] { "auth-failure" }, verdict = "danger" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(recorder.Of("outlookguard.feedback"));
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        using var client = _api.ClientWith(_api.Token());
        var padding = new string(' ', 5000);

        using var response = await client.PostAsync(
            "/api/feedback",
            new StringContent($$"""{ "ruleIds": ["auth-failure"], "verdict": "danger" {{padding}} }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TextBody_Is415()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.PostAsync("/api/feedback", new StringContent("auth-failure", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
