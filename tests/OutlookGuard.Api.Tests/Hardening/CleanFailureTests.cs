using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>Bad requests end in a fixed problem and a quiet log: slow bodies, newline-terminated ids, bodiless statuses.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class CleanFailureTests(LocalCloud cloud)
{
    [Fact]
    public async Task BodySentTooSlowlyOverKestrel_Gets408ProblemWithoutErrorLog()
    {
        await using var api = new ApiFactory(cloud);
        api.UseKestrel(0);
        api.StartServer();
        var port = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, port);
        var stream = socket.GetStream();
        var head = $"POST /api/analysis HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {api.Token()}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"internetHeaders\":\"" + new string('a', 70)));

        // Kestrel's minimum body rate (240 B/s after a 5 s grace) ends it; the read is bounded in any case.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = new StringBuilder();
        var buffer = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        var text = answer.ToString();
        Assert.StartsWith("HTTP/1.1 408", text, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text[start..(text.LastIndexOf('}') + 1)]); // the body may come chunked
        Assert.Equal(Problems.RequestTimeout.Code, json.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(api.Logs.Entries, e => e.EventId == 1101 && e.Level == LogLevel.Information && e.Exception is null);
    }

    [Theory]
    [InlineData("colleague-reply-to-gmail%0A")]
    [InlineData("colleague-reply-to-gmail%0D%0A")]
    public async Task FolderIdEndingInANewline_Returns400BeforeAnyRead(string id)
    {
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["Mailbox:Source"] = "Folder", ["Mailbox:Folder"] = Samples.Folder }, environment: "Development");
        using var client = api.ClientWith(api.Token());

        using var response = await client.GetAsync($"/api/messages/{id}/analysis");

        await ProblemAssert.IsAsync(Problems.InvalidMessageId, response);
    }

    [Fact]
    public async Task GraphIdEndingInANewline_Returns400WithoutCallingGraph()
    {
        var id = "AAMkAGI2TG93AAA" + Guid.NewGuid().ToString("N") + "=";
        cloud.Graph.Messages[id] = new FakeGraphMessage(Samples.Bytes("colleague-legitimate.eml"), GraphBehavior.Normal);
        using var client = cloud.SharedApi.ClientWith(cloud.SharedApi.Token());

        using var response = await client.GetAsync($"/api/messages/{id}%0A/analysis");

        await ProblemAssert.IsAsync(Problems.InvalidMessageId, response);
        Assert.Equal(0, cloud.Graph.HitsFor(id + "\n"));
        Assert.Equal(0, cloud.Graph.HitsFor(id));
    }

    [Theory]
    [InlineData(400, "bad-request")]
    [InlineData(408, "request-timeout")]
    [InlineData(411, "bad-request")]
    [InlineData(414, "bad-request")]
    [InlineData(429, "too-many-requests")]
    [InlineData(431, "bad-request")]
    [InlineData(502, "unexpected-error")]
    public void StatusWithoutBody_GetsAProblemKeepingTheStatus(int status, string code)
    {
        var problem = Problems.ForStatus(status);

        Assert.Equal(status, problem.Status);
        Assert.Equal(code, problem.Code);
    }
}
