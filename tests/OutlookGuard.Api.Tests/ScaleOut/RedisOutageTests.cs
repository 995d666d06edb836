using System.Diagnostics;
using System.Net;
using OutlookGuard.Api.ScaleOut;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.ScaleOut;

/// <summary>Redis going away while the API runs: answers keep coming from memory, with a warning and no error.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class RedisOutageTests(LocalCloud cloud)
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";

    [Fact]
    public async Task RedisKilledMidRun_RequestsStill200_WarningLoggedWithoutIds()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var api = new ApiFactory(cloud, redis.ApiSettings());
        var user = Guid.NewGuid().ToString();
        using var client = api.ClientWith(api.Token(objectId: user));
        var before = NewMessage(user);
        using var first = await client.GetAsync($"/api/messages/{before}/analysis");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEmpty(await redis.WaitForKeysAsync(user));

        await redis.KillAsync();
        var elapsed = Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        foreach (var id in new[] { NewMessage(user), NewMessage(user), before })
        {
            using var response = await client.GetAsync($"/api/messages/{id}/analysis");
            statuses.Add(response.StatusCode);
        }

        elapsed.Stop();
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"requests took {elapsed.Elapsed} without Redis");
        var warnings = api.Logs.Entries.Where(e => e.Category == typeof(ResilientDistributedCache).FullName && e.Level == LogLevel.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal(5001, warning.EventId);
        Assert.DoesNotContain(user, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalCloud.TenantA, warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private string NewMessage(string owner)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(AttackSample), GraphBehavior.Normal, owner);
        return id;
    }
}
