using System.Net;
using System.Net.Security;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// The real OutlookGuard API (its Program, configuration, auth and static taskpane) on a loopback Kestrel port,
/// trusting <see cref="TestIssuer"/> as its Entra ID. With <c>graph</c> false it reads messages from the bundled
/// samples folder (Mailbox:Source=Folder, so in Development); with <c>graph</c> true it uses Graph (in Production), whose On-Behalf-Of exchange the
/// issuer refuses as <see cref="TestIssuer.Mode"/> says. <c>settings</c> adds configuration (a tenant's policy).
/// </summary>
public sealed class GuardServer(TestIssuer issuer, bool graph, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The identity HttpClient's name in the API (Hosting/HttpClientNames.cs).</summary>
    private const string IdentityClientName = "OutlookGuard.Identity";

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>http://127.0.0.1:{port}</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The Folder source is a Development-only demo source (the API refuses it in any other environment).
        builder.UseEnvironment(graph ? "Production" : "Development");
        builder.UseContentRoot(ApiContentRoot());
        builder.UseSetting("AzureAd:Instance", issuer.Instance.ToString());
        builder.UseSetting("AzureAd:TenantId", TestIssuer.TenantId);
        builder.UseSetting("AzureAd:ClientId", TestIssuer.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "browser-test-secret");
        builder.UseSetting("AzureAd:DisableInstanceDiscovery", "true");
        if (graph)
        {
            builder.UseSetting("Mailbox:Source", "Graph");
            builder.UseSetting("Graph:BaseUrl", $"{issuer.Instance}graph/v1.0");
            builder.UseSetting("Graph:MaxRetries", "0");
            builder.UseSetting("Graph:TimeoutSeconds", "10");
        }
        else
        {
            builder.UseSetting("Mailbox:Source", "Folder");
            builder.UseSetting("Mailbox:Folder", SamplesFolder);

            // Development's settings read the sample mailbox's history; the pane's tests read none unless they say so.
            builder.UseSetting("Mailbox:History", "Off");
        }

        foreach (var (key, value) in SamplePolicySettings())
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(IdentityClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions
                {
                    // Trust exactly the test issuer's certificate, nothing else.
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        certificate is not null && certificate.GetCertHashString() == issuer.Certificate.GetCertHashString(),
                },
            }));
    }

    /// <summary>The API project folder (its appsettings.json); the built taskpane is served from wwwroot in the test output.</summary>
    private static string ApiContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OutlookGuard.Api");
            if (File.Exists(Path.Combine(candidate, "OutlookGuard.Api.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/OutlookGuard.Api/OutlookGuard.Api.csproj was not found above the test output folder.");
    }

    /// <summary>The bundled samples/policy.json lists (internal domains, protected names...), as Guard:* settings; rule switches are left at their defaults.</summary>
    private static IEnumerable<(string Key, string Value)> SamplePolicySettings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SamplesFolder, "policy.json")));
        foreach (var property in document.RootElement.GetProperty("Guard").EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                yield return ($"Guard:{property.Name}:{index++}", item.GetString()!);
            }
        }
    }
}
