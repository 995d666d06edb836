using System.Net;
using System.Net.Http.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Api.Tests.Telemetry;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>Per-user token buckets and the per-instance concurrency limit on every <c>/api</c> endpoint.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class RateLimitingTests(LocalCloud cloud)
{
    private static object Body => new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") };

    [Fact]
    public async Task OneUserPastTheBurst_Gets429ProblemWithRetryAfter_AndIsCounted()
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["RateLimiting:PerUserBurst"] = "5",
            ["RateLimiting:PerUserPerMinute"] = "6",
        });
        using var client = api.ClientWith(api.Token());
        using var meter = new GuardMeterRecorder(api.Services.GetRequiredService<GuardTelemetry>().Meter);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostAsJsonAsync("/api/analysis", Body);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && refused is null)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.NotNull(refused);
        using (refused)
        {
            await ProblemAssert.IsAsync(Problems.TooManyRequests, refused);
            var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
            Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 10);
        }

        Assert.Equal(3, meter.Of("outlookguard.rate_limited").Count(v => v.Tags["limit"] == "user"));
    }

    [Fact]
    public async Task OneUserExhausted_OtherUserAndOtherTenantStillServed()
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["RateLimiting:PerUserBurst"] = "2", ["RateLimiting:PerUserPerMinute"] = "1" });
        var user = Guid.NewGuid().ToString();
        using var first = api.ClientWith(api.Token(objectId: user));
        using var other = api.ClientWith(api.Token());
        using var sameIdOtherTenant = api.ClientWith(api.Token(LocalCloud.TenantB, objectId: user));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostEachAsync(first, first, first));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await PostEachAsync(other, sameIdOtherTenant));
    }

    [Fact]
    public async Task TenantIdInBracesAndUpperCase_SharesTheCanonicalUsersBucket()
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["RateLimiting:PerUserBurst"] = "2", ["RateLimiting:PerUserPerMinute"] = "1" });
        var user = Guid.NewGuid().ToString();
        using var canonical = api.ClientWith(api.Token(objectId: user));
        var odd = cloud.Identity.CreateToken(new TokenSpec
        {
            TenantId = "{" + LocalCloud.TenantA.ToUpperInvariant() + "}",
            ObjectId = user.ToUpperInvariant(),
            Issuer = $"{cloud.Identity.BaseUrl}{LocalCloud.TenantA}/v2.0",
        });
        using var braced = api.ClientWith(odd);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await PostEachAsync(canonical, braced, braced));
    }

    [Fact]
    public async Task DefaultLimits_ThousandRequestsFromOneToken_Get429s()
    {
        await using var api = new ApiFactory(cloud);
        using var client = api.ClientWith(api.Token());
        var ok = 0;
        var refused = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1000 && started.Elapsed < TimeSpan.FromSeconds(60); i++)
        {
            using var response = await client.PostAsJsonAsync("/api/analysis", Body);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                ok++;
            }
            else
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
                Assert.True(response.Headers.Contains("Retry-After"));
                refused++;
            }
        }

        // 60 at once, then 2 a second: whatever the machine's speed, most of the flood is refused.
        Assert.InRange(ok, 60, 60 + (int)Math.Ceiling(started.Elapsed.TotalSeconds * 2) + 1);
        Assert.True(refused > 0);
    }

    [Fact]
    public async Task InstanceAtItsConcurrencyLimit_RefusesAnotherUser429()
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["RateLimiting:ConcurrentRequests"] = "1",
            ["RateLimiting:QueuedRequests"] = "0",
        });
        var slowUser = Guid.NewGuid().ToString();
        var slow = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[slow] = new FakeGraphMessage(Samples.Bytes("colleague-legitimate.eml"), GraphBehavior.Slow, slowUser);
        using var slowClient = api.ClientWith(api.Token(objectId: slowUser));
        using var other = api.ClientWith(api.Token());

        var inFlight = slowClient.GetAsync($"/api/messages/{slow}/analysis");
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (cloud.Graph.HitsFor(slow) == 0 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        using var refused = await other.PostAsJsonAsync("/api/analysis", Body);
        using var slowAnswer = await inFlight;

        await ProblemAssert.IsAsync(Problems.TooManyRequests, refused);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal(HttpStatusCode.GatewayTimeout, slowAnswer.StatusCode);
    }

    /// <summary>One analysis request from each client in turn; their statuses.</summary>
    private static async Task<HttpStatusCode[]> PostEachAsync(params HttpClient[] clients)
    {
        var statuses = new HttpStatusCode[clients.Length];
        for (var i = 0; i < clients.Length; i++)
        {
            using var response = await clients[i].PostAsJsonAsync("/api/analysis", Body);
            statuses[i] = response.StatusCode;
        }

        return statuses;
    }
}
