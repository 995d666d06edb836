using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.ScaleOut;

/// <summary>
/// Two API instances sharing one real Redis: each serves the verdicts the other cached for the same user, never
/// another user's; the cached values are encrypted and authenticated (Data Protection), so an entry edited or moved
/// in Redis is a miss and never served.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class RedisCacheTests(LocalCloud cloud) : IAsyncLifetime
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";
    private const string SafeSample = "colleague-legitimate.eml";
    private RedisServer _redis = null!;
    private ApiFactory _first = null!;
    private ApiFactory _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _first = NewInstance();
        _second = NewInstance();
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
    public async Task CachedVerdict_KeyedByTenantAndUser_HoldsNothingInClear()
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
        Assert.NotNull(await _redis.HashGetAsync(key, "data"));
        Assert.DoesNotContain("verdict", value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("policyVersion", value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("haruto.mori", value, StringComparison.OrdinalIgnoreCase);
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

    [Fact]
    public async Task EntryEditedInRedis_OtherInstanceAnalyzesAfreshAndLogsOnce()
    {
        var user = Guid.NewGuid().ToString();
        var id = NewMessage(owner: user);
        using var first = _first.ClientWith(_first.Token(objectId: user));
        using var second = _second.ClientWith(_second.Token(objectId: user));
        using var original = await first.GetAsync($"/api/messages/{id}/analysis");
        var key = Assert.Single(await _redis.WaitForKeysAsync(user));
        var data = await _redis.HashGetAsync(key, "data");
        Assert.NotNull(data);
        data[data.Length / 2] ^= 0x01; // one bit flipped in the encrypted payload, the length kept
        await _redis.HashSetAsync(key, "data", data);

        using var afterEdit = await second.GetAsync($"/api/messages/{id}/analysis");
        using var again = await second.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, afterEdit.StatusCode);
        Assert.Equal(await original.Content.ReadAsStringAsync(), await afterEdit.Content.ReadAsStringAsync());
        Assert.Equal(2, cloud.Graph.HitsFor(id)); // read again from Graph, then served from the second instance's memory
        Assert.Single(_second.Logs.Entries, e => e.EventId == 5003 && e.Level == LogLevel.Warning);
        Assert.DoesNotContain(_second.Logs.Entries, e => e.Message.Contains(user, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SafeEntryCopiedOverDangerousOne_IsNeverServed()
    {
        var user = Guid.NewGuid().ToString();
        var dangerous = NewMessage(owner: user);
        var safe = NewMessage(owner: user, SafeSample);
        using var first = _first.ClientWith(_first.Token(objectId: user));
        using var second = _second.ClientWith(_second.Token(objectId: user));
        using var dangerousAnswer = await first.GetAsync($"/api/messages/{dangerous}/analysis");
        using var safeAnswer = await first.GetAsync($"/api/messages/{safe}/analysis");
        var keys = await WaitForKeyCountAsync(user, 2);
        var safeKey = keys.Single(k => k.EndsWith(Sha256(safe), StringComparison.Ordinal));
        var dangerousKey = keys.Single(k => k.EndsWith(Sha256(dangerous), StringComparison.Ordinal));
        await _redis.HashSetAsync(dangerousKey, "data", (await _redis.HashGetAsync(safeKey, "data"))!);

        using var served = await second.GetAsync($"/api/messages/{dangerous}/analysis");

        var expected = await dangerousAnswer.Content.ReadAsStringAsync();
        Assert.NotEqual(await safeAnswer.Content.ReadAsStringAsync(), expected);
        Assert.Equal(expected, await served.Content.ReadAsStringAsync());
        Assert.Equal(2, cloud.Graph.HitsFor(dangerous));
        Assert.Contains(_second.Logs.Entries, e => e.EventId == 5003);
    }

    private async Task<IReadOnlyList<string>> WaitForKeyCountAsync(string part, int count)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var keys = await _redis.WaitForKeysAsync(part);
            if (keys.Count >= count || deadline.Elapsed > TimeSpan.FromSeconds(5))
            {
                return keys;
            }

            await Task.Delay(50);
        }
    }

    private static string Sha256(string id) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)));

    private string NewMessage(string owner, string sample = AttackSample)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(sample), GraphBehavior.Normal, owner);
        return id;
    }

    private ApiFactory NewInstance() => new(cloud, _redis.ApiSettings());
}
