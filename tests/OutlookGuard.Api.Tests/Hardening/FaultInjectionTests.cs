using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Api.Tests.ScaleOut;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>
/// Faults injected into the real handlers through the local Graph, issuer and Redis: each ends in the right verdict
/// or a fixed problem, within the time budget (<c>Graph:TimeoutSeconds</c> is 3 in these tests).
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class FaultInjectionTests(LocalCloud cloud)
{
    private const string Sample = "colleague-reply-to-gmail.eml";

    [Fact]
    public async Task Graph429StormWithRetryAfter_Returns503WithinBudget_RetriesBounded()
    {
        await using var api = new ApiFactory(cloud);
        var (client, id) = NewMessage(api, GraphBehavior.Throttled);

        var elapsed = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/api/messages/{id}/analysis");
        elapsed.Stop();

        Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout, response.StatusCode.ToString());
        Assert.InRange(cloud.Graph.HitsFor(id), 1, 3); // the first try and at most Graph:MaxRetries (2), a second apart
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(15), $"took {elapsed.Elapsed}"); // 3 s budget, plus a loaded machine
    }

    [Fact]
    public async Task Graph5xxBurst_RetriedThenRightVerdict()
    {
        // Room for two back-offs on a loaded machine: the point is the retry, not the budget.
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["Graph:TimeoutSeconds"] = "15" });
        var (client, id) = NewMessage(api, GraphBehavior.FailingTwice);
        var (reference, referenceId) = NewMessage(api, GraphBehavior.Normal);

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");
        using var expected = await reference.GetAsync($"/api/messages/{referenceId}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, cloud.Graph.HitsFor(id));
        Assert.Equal(Verdict(await expected.Content.ReadAsStringAsync()), Verdict(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task GraphDropsConnections_Returns503Problem()
    {
        await using var api = new ApiFactory(cloud);
        var (client, id) = NewMessage(api, GraphBehavior.ConnectionReset);

        var elapsed = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.MailServiceUnavailable, response);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(15), $"took {elapsed.Elapsed}"); // 3 s budget, plus a loaded machine
    }

    [Fact]
    public async Task GraphKeepsFailing_CircuitOpens_ThenAnswers503WithoutCallingGraph()
    {
        await using var api = new ApiFactory(cloud);
        var user = Guid.NewGuid().ToString();
        using var client = api.ClientWith(api.Token(objectId: user));
        var ids = Enumerable.Range(0, 12).Select(_ => Add(GraphBehavior.Unavailable, user)).ToList();
        foreach (var id in ids.Take(10))
        {
            using var failed = await client.GetAsync($"/api/messages/{id}/analysis");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        var hits = cloud.Graph.Requests.Count;
        using var whileOpen = await client.GetAsync($"/api/messages/{ids[^1]}/analysis");

        await ProblemAssert.IsAsync(Problems.MailServiceUnavailable, whileOpen);
        Assert.Equal(0, cloud.Graph.HitsFor(ids[^1]));
        Assert.Contains(api.Logs.Entries, e => e.EventId == 2006);
        Assert.True(cloud.Graph.Requests.Count >= hits);
    }

    [Fact]
    public async Task IssuerKeysUnreachableAtStart_401Problem_ThenAcceptedOnceBack()
    {
        await using var api = new ApiFactory(cloud);
        cloud.Identity.JwksFailing = true;
        try
        {
            using var client = api.ClientWith(api.Token());
            using var during = await client.PostAsync("/api/analysis", Json());
            await ProblemAssert.IsAsync(Problems.SignInRequired, during);
        }
        finally
        {
            cloud.Identity.JwksFailing = false;
        }

        // The handler retries a failed first download after a short delay; bounded wait.
        var deadline = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var client = api.ClientWith(api.Token());
            using var after = await client.PostAsync("/api/analysis", Json());
            status = after.StatusCode;
        }
        while (status != HttpStatusCode.OK && deadline.Elapsed < TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task IssuerRotatesItsKey_NewKeyAcceptedOnceRefreshAllows_OldKeyStillAccepted()
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["AzureAd:SigningKeysRefreshSeconds"] = "1" });
        using var current = api.ClientWith(api.Token());
        using var next = api.ClientWith(cloud.Identity.CreateToken(new TokenSpec { TenantId = LocalCloud.TenantA, NextKey = true }));
        using (var warm = await current.PostAsync("/api/analysis", Json()))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        cloud.Identity.NextKeyPublished = false;
        using (var beforeRotation = await next.PostAsync("/api/analysis", Json()))
        {
            await ProblemAssert.IsAsync(Problems.SignInRequired, beforeRotation); // not published: refused
        }

        cloud.Identity.NextKeyPublished = true;
        var deadline = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(300);
            using var afterRotation = await next.PostAsync("/api/analysis", Json());
            status = afterRotation.StatusCode;
        }
        while (status != HttpStatusCode.OK && deadline.Elapsed < TimeSpan.FromSeconds(15));

        using var old = await current.PostAsync("/api/analysis", Json());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task RedisDownFromTheStart_AnswersFromMemory_NoError()
    {
        var closedPort = FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{closedPort}",
            ["Redis:OperationTimeoutMilliseconds"] = "300",
            ["Redis:ConnectTimeoutMilliseconds"] = "300",
            ["DataProtection:CertificatePath"] = KeyRingCertificateFile.Path,
        };
        await using var api = new ApiFactory(cloud, settings);
        var user = Guid.NewGuid().ToString();
        using var client = api.ClientWith(api.Token(objectId: user));
        var id = Add(GraphBehavior.Normal, user);

        var elapsed = Stopwatch.StartNew();
        using var first = await client.GetAsync($"/api/messages/{id}/analysis");
        using var second = await client.GetAsync($"/api/messages/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, cloud.Graph.HitsFor(id));
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"took {elapsed.Elapsed}");
        // Data Protection's own start-up read of the key ring (in Redis) fails once, as it should say; nothing else errs.
        var errors = api.Logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.All(errors, e => Assert.EndsWith("KeyRingProvider", e.Category, StringComparison.Ordinal));
        Assert.True(errors.Count <= 1, $"{errors.Count} errors");
    }

    [Fact]
    public async Task RedisStalled_AnswersFromSourceWithinTheOperationTimeout_NoError()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var api = new ApiFactory(cloud, redis.ApiSettings()); // Redis:OperationTimeoutMilliseconds 500
        var user = Guid.NewGuid().ToString();
        using var client = api.ClientWith(api.Token(objectId: user));
        using (var warm = await client.GetAsync($"/api/messages/{Add(GraphBehavior.Normal, user)}/analysis"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        await redis.StallAsync(4);
        var id = Add(GraphBehavior.Normal, user);
        var elapsed = Stopwatch.StartNew();
        using var response = await client.GetAsync($"/api/messages/{id}/analysis");
        elapsed.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, cloud.Graph.HitsFor(id));
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(3.5), $"took {elapsed.Elapsed}"); // Redis stalls for 4 s
        Assert.Contains(api.Logs.Entries, e => e.EventId == 5001 && e.Level == LogLevel.Warning);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task RedisFlapping_EveryAnswerRight_NoError()
    {
        var redis = await RedisServer.StartAsync();
        var settings = redis.ApiSettings();
        settings["Redis:CircuitOpenSeconds"] = "1";
        await using var api = new ApiFactory(cloud, settings);
        var user = Guid.NewGuid().ToString();
        using var client = api.ClientWith(api.Token(objectId: user));
        var (reference, referenceId) = NewMessage(api, GraphBehavior.Normal);
        using var expectedResponse = await reference.GetAsync($"/api/messages/{referenceId}/analysis");
        var expected = Verdict(await expectedResponse.Content.ReadAsStringAsync());
        var statuses = new List<HttpStatusCode>();
        var verdicts = new List<string>();
        try
        {
            // Up, down, up again on the same port, down again: two requests in each phase.
            for (var phase = 0; phase < 4; phase++)
            {
                for (var i = 0; i < 2; i++)
                {
                    using var response = await client.GetAsync($"/api/messages/{Add(GraphBehavior.Normal, user)}/analysis");
                    statuses.Add(response.StatusCode);
                    verdicts.Add(Verdict(await response.Content.ReadAsStringAsync()));
                }

                if (phase % 2 == 0)
                {
                    await redis.KillAsync();
                }
                else
                {
                    var port = redis.Port;
                    await redis.DisposeAsync();
                    redis = await RedisServer.StartAsync(port);
                    await Task.Delay(TimeSpan.FromSeconds(1.2)); // past Redis:CircuitOpenSeconds
                }
            }
        }
        finally
        {
            await redis.DisposeAsync();
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(verdicts, v => Assert.Equal(expected, v));
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(api.Logs.Entries, e => e.EventId == 5002); // it came back and was used again
    }

    private (HttpClient Client, string Id) NewMessage(ApiFactory api, GraphBehavior behavior)
    {
        var user = Guid.NewGuid().ToString();
        return (api.ClientWith(api.Token(objectId: user)), Add(behavior, user));
    }

    private string Add(GraphBehavior behavior, string owner)
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes(Sample), behavior, owner);
        return id;
    }

    private static StringContent Json() =>
        new(JsonSerializer.Serialize(new { internetHeaders = Samples.HeaderBlock(Sample) }), System.Text.Encoding.UTF8, "application/json");

    private static string Verdict(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("verdict").GetString()!;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
