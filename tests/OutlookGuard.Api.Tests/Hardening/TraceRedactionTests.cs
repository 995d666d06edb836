using System.Diagnostics;
using System.Net;
using OpenTelemetry.Trace;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>The spans OpenTelemetry exports name no message id, tenant or user: captured with the in-memory exporter.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class TraceRedactionTests(LocalCloud cloud)
{
    [Fact]
    public async Task GraphAnalysis_ExportedSpansCarryRouteNotIds()
    {
        var spans = new List<Activity>();
        var user = Guid.NewGuid().ToString();
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes("colleague-reply-to-gmail.eml"), GraphBehavior.Normal, user);
        await using var api = new ApiFactory(
            cloud,
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" }, // nothing listens: nothing leaves the machine
            services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var client = api.ClientWith(api.Token(objectId: user));

        using var response = await client.GetAsync($"/api/messages/{id}/analysis?lang=ja");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The local Graph and issuer run in this process too: the API's own spans are its server spans under /api
        // and every client span (the local servers call nothing).
        var server = await WaitForAsync(spans, IsApiServerSpan);
        var graph = await WaitForAsync(spans, s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.Contains("/me/messages/", StringComparison.Ordinal) == true);
        var exchange = await WaitForAsync(spans, s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.Contains("/oauth2/", StringComparison.Ordinal) == true);

        Assert.Equal("/api/messages/{id}/analysis", server.GetTagItem("url.path"));
        Assert.EndsWith("/v1.0/me/messages/{id}", (string)graph.GetTagItem("url.full")!, StringComparison.Ordinal);
        Assert.EndsWith("/{guid}/oauth2/v2.0/token", (string)exchange.GetTagItem("url.full")!, StringComparison.Ordinal);
        Activity[] exported;
        lock (spans)
        {
            exported = [.. spans];
        }

        foreach (var span in exported.Where(s => s.Kind == ActivityKind.Client || IsApiServerSpan(s)))
        {
            var text = span.DisplayName + " " + string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(id), text, StringComparison.Ordinal);
            Assert.DoesNotContain(user, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(LocalCloud.TenantA, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool IsApiServerSpan(Activity span) =>
        span.Kind == ActivityKind.Server && (span.GetTagItem("url.path") as string)?.StartsWith("/api/", StringComparison.Ordinal) == true;

    private static async Task<Activity> WaitForAsync(List<Activity> spans, Func<Activity, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            lock (spans)
            {
                if (spans.FirstOrDefault(match) is { } span)
                {
                    return span;
                }
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "The span was not exported within 10 s.");
            await Task.Delay(20);
        }
    }
}
