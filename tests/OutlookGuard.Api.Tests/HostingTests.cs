using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>Health, readiness, the taskpane's static files and the security headers on every response.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class HostingTests(LocalCloud cloud) : IDisposable
{
    private readonly string _taskpaneFolder = Directory.CreateTempSubdirectory("outlookguard-taskpane-").FullName;

    public void Dispose() => Directory.Delete(_taskpaneFolder, recursive: true);

    [Fact]
    public async Task Healthz_AnonymousOk()
    {
        using var client = cloud.SharedApi.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void ResultJson_IsSourceGeneratedFirst()
    {
        var json = cloud.SharedApi.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        Assert.Same(ApiJsonContext.Default, json.TypeInfoResolverChain[0]);
        Assert.NotNull(ApiJsonContext.Default.GetTypeInfo(typeof(Analysis.MessageAnalysis)));
    }

    [Fact]
    public async Task Readyz_OkOnceSigningKeysAreLoaded()
    {
        using var client = cloud.SharedApi.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_UnavailableWhenTheIssuerCannotBeReached()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["AzureAd:Instance"] = "https://127.0.0.1:1/" });
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task TaskpaneHtml_ServedWithoutAuthWithOfficeSecurityHeaders()
    {
        await File.WriteAllTextAsync(Path.Combine(_taskpaneFolder, "taskpane.html"), "<!doctype html><title>OutlookGuard</title>");
        using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["Taskpane:Folder"] = _taskpaneFolder });
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/taskpane.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://outlook.office.com https://outlook.office365.com", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/taskpane.html", "text/html")]
    [InlineData("/taskpane.js", "text/javascript")]
    [InlineData("/js/strings.js", "text/javascript")]
    [InlineData("/support.html", "text/html")]
    [InlineData("/assets/icon-32.png", "image/png")]
    [InlineData("/assets/icon-144.png", "image/png")]
    public async Task BuiltTaskpane_ServedByDefault(string path, string mediaType)
    {
        using var client = cloud.SharedApi.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EveryIconTheManifestNames_IsServed()
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "manifest", "OutlookGuard.template.xml"));
        var icons = Regex.Matches(manifest, @"\{\{Host\}\}(/assets/[a-z0-9-]+\.png)").Select(m => m.Groups[1].Value).Distinct().ToList();
        using var client = cloud.SharedApi.CreateClient();

        Assert.NotEmpty(icons);
        foreach (var icon in icons)
        {
            using var response = await client.GetAsync(icon);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{icon}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task UnknownAddress_Returns404Problem()
    {
        using var client = cloud.SharedApi.CreateClient();

        using var response = await client.GetAsync("/no/such/thing");

        await ProblemAssert.IsAsync(Problems.NotFound, response);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
