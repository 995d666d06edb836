using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.ScaleOut;

/// <summary>
/// Two API instances sharing one real Redis: each serves the verdicts the other cached for the same user, never
/// another user's, and the cached values hold the analysis only.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class RedisCacheTests(LocalCloud cloud) : IAsyncLifetime
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";
    private RedisServer _redis = null!;
    private ApiFactory _first = null!;
    private ApiFactory _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _first = NewInstance(_redis.ConnectionString);
        _second = NewInstance(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task SameUserOnTwoInstances_SecondServesFirstsVerdictWithoutReadingGraph()
    {
        var user = Guid.NewGuid().ToString();
        var id = NewMessage(owner: user);
        using var first = _first.ClientWith(_first.Token(objectId: user));
        using var second = _second.ClientWith(_second.Token(objectId: user));

        using var fromGraph = await first.GetAsync($"/api/messages/{id}/analysis");
        Assert.NotEmpty(await _redis.WaitForKeysAsync(user));
        using var fromRedis = await second.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, fromGraph.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromRedis.StatusCode);
        Assert.Equal(1, cloud.Graph.HitsFor(id));
        Assert.Equal(await fromGraph.Content.ReadAsStringAsync(), await fromRedis.Content.ReadAsStringAsync());
        Assert.Contains(_second.Logs.Entries, e => e.EventId == 3001 && e.Message.EndsWith("from cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherUserOnOtherInstance_NeverGetsTheCachedVerdict()
    {
        var owner = Guid.NewGuid().ToString();
        var other = Guid.NewGuid().ToString();
        var id = NewMessage(owner: owner);
        using var first = _first.ClientWith(_first.Token(objectId: owner));
        using var second = _second.ClientWith(_second.Token(objectId: other));
        using var otherTenant = _second.ClientWith(_second.Token(LocalCloud.TenantB, objectId: owner));

        using var ownerResponse = await first.GetAsync($"/api/messages/{id}/analysis");
        Assert.NotEmpty(await _redis.WaitForKeysAsync(owner));
        using var otherResponse = await second.GetAsync($"/api/messages/{id}/analysis");
        using var otherTenantResponse = await otherTenant.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, ownerResponse.StatusCode);
        // Graph was asked for each of them (the other user was refused): the owner's verdict in Redis was not used.
        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTenantResponse.StatusCode);
        Assert.Equal(3, cloud.Graph.HitsFor(id));
        using var owners = JsonDocument.Parse(await ownerResponse.Content.ReadAsStringAsync());
        using var otherTenants = JsonDocument.Parse(await otherTenantResponse.Content.ReadAsStringAsync());
        Assert.NotEqual(owners.RootElement.GetProperty("policyVersion").GetString(), otherTenants.RootElement.GetProperty("policyVersion").GetString());
    }

    [Fact]
    public async Task CachedVerdict_KeyedByTenantAndUser_HoldsOnlyTheAnswer()
    {
        var user = Guid.NewGuid().ToString();
        var id = NewMessage(owner: user);
        using var client = _first.ClientWith(_first.Token(objectId: user));

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = Assert.Single(await _redis.WaitForKeysAsync(user));
        Assert.StartsWith($"outlookguard:verdict:{LocalCloud.TenantA}:{user}:", key, StringComparison.Ordinal);
        Assert.DoesNotContain(id, key, StringComparison.Ordinal);
        var value = await _redis.CommandTextAsync($"HGETALL {key}");
        Assert.Contains("verdict", value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("policyVersion", value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DKIM-Signature", value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Received: from", value, StringComparison.OrdinalIgnoreCase);
        // Header text reaches the cache only as the evidence the answer itself shows (HybridCache's payload also
        // repeats the key, whose tenant id a header of the sample carries too).
        var answer = await response.Content.ReadAsStringAsync();
        var fieldValues = Samples.HeaderBlock(AttackSample).Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal)
            .Split("\r\n")
            .Select(line => line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? line[(colon + 1)..].Trim() : string.Empty)
            .Where(v => v.Length >= 12)
            .ToList();
        Assert.NotEmpty(fieldValues);
        Assert.All(fieldValues.Where(v => !answer.Contains(v, StringComparison.Ordinal) && !key.Contains(v, StringComparison.Ordinal)), v => Assert.DoesNotContain(v, value, StringComparison.Ordinal));
    }

    private string NewMessage(string owner)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(AttackSample), GraphBehavior.Normal, owner);
        return id;
    }

    private ApiFactory NewInstance(string redis) => new(cloud, new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = redis,
        ["Redis:OperationTimeoutMilliseconds"] = "500",
        ["Redis:ConnectTimeoutMilliseconds"] = "1000",
    });
}
