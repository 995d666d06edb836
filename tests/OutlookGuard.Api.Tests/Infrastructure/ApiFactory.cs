using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>
/// The real API in memory, configured against the local cloud: <c>AzureAd:Instance</c> at the local issuer,
/// <c>Graph:BaseUrl</c> at the fake Graph, outbound clients trusting the test certificate, logs captured.
/// Production environment unless a test says otherwise.
/// </summary>
internal sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly LocalCloud _cloud;
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory(LocalCloud cloud, IDictionary<string, string?>? settings = null, string environment = "Production", Action<IServiceCollection>? services = null)
    {
        _cloud = cloud;
        _environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AzureAd:Instance"] = cloud.Identity.BaseUrl,
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = LocalIdentityProvider.ClientId,
            ["AzureAd:AllowedTenants:0"] = LocalCloud.TenantA,
            ["AzureAd:AllowedTenants:1"] = LocalCloud.TenantB,
            ["AzureAd:V1Issuer"] = cloud.Identity.V1IssuerTemplate,
            ["AzureAd:ClientSecret"] = LocalIdentityProvider.ClientSecret,
            ["AzureAd:DisableInstanceDiscovery"] = "true",
            ["Graph:BaseUrl"] = cloud.Graph.BaseUrl,
            ["Graph:TimeoutSeconds"] = "3",
            ["Graph:MaxRetries"] = "2",
            ["Mailbox:Source"] = "Graph",
            ["Guard:InternalDomains:0"] = "hanabi-foods.co.jp",
            ["Guard:Tenants:" + LocalCloud.TenantB + ":InternalDomains:0"] = "tenant-b.example.co.jp",
        };
        if (settings is not null)
        {
            foreach (var (key, value) in settings)
            {
                _settings[key] = value;
            }
        }
    }

    // The race is more likely on a loaded machine; each try costs a few milliseconds.
    private const int MaxStartAttempts = 10;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>
    /// The error a start with these settings fails with. WebApplicationFactory runs the minimal-hosting entry point
    /// on its own thread; when the start fails, it can dispose the half-built host before the entry point's
    /// exception reaches it and report an ObjectDisposedException instead. Only that harness race is retried.
    /// </summary>
    public static string StartError(LocalCloud cloud, IDictionary<string, string?> settings, string environment = "Production")
    {
        for (var attempt = 1; ; attempt++)
        {
            using var api = new ApiFactory(cloud, settings, environment);
            var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());
            if (error is not ObjectDisposedException || attempt == MaxStartAttempts)
            {
                return error.ToString();
            }
        }
    }

    internal LocalIdentityProvider Identity => _cloud.Identity;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings.Where(s => s.Key.StartsWith("OTEL_", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value); // read while the host is built, as App Service passes them
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(Logs);
        });
        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(HttpClientNames.Identity).ConfigurePrimaryHttpMessageHandler(TestCertificate.TrustingHandler);
            services.AddHttpClient(HttpClientNames.Graph).ConfigurePrimaryHttpMessageHandler(TestCertificate.TrustingHandler);
            _services?.Invoke(services);
        });
    }

    /// <summary>A client with a bearer token.</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A valid v2 token of tenant A for the API (a new user unless one is given).</summary>
    public string Token(string tenantId = LocalCloud.TenantA, string? objectId = null, IReadOnlyList<string>? roles = null) =>
        _cloud.Identity.CreateToken(new TokenSpec
        {
            TenantId = tenantId,
            ObjectId = objectId ?? Guid.NewGuid().ToString(),
            Roles = roles ?? [],
        });
}
