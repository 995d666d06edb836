using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// One <see cref="OnBehalfOfCredential"/> per user token, kept until the token expires (bounded by
/// <c>Cache:MaxCredentials</c>): each credential caches the Graph token it got, so ten analyses by one user cost one
/// exchange. The API proves itself with a client secret, a certificate, or a managed identity's token as a
/// federated client assertion (no secret stored).
/// </summary>
internal sealed class OnBehalfOfCredentials : IDisposable
{
    private readonly AzureAdOptions _azureAd;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly MemoryCache _credentials;
    private readonly Lazy<X509Certificate2?> _certificate;
    private readonly Lazy<Func<CancellationToken, Task<string>>?> _assertion;

    public OnBehalfOfCredentials(IOptions<AzureAdOptions> azureAd, IOptions<CacheOptions> cache, IHttpClientFactory httpClientFactory)
    {
        _azureAd = azureAd.Value;
        _httpClientFactory = httpClientFactory;
        _credentials = new MemoryCache(new MemoryCacheOptions { SizeLimit = cache.Value.MaxCredentials });
        _certificate = new Lazy<X509Certificate2?>(LoadCertificate);
        _assertion = new Lazy<Func<CancellationToken, Task<string>>?>(ManagedIdentityAssertion);
    }

    /// <summary>The credential for this caller's token: the cached one, or a new one.</summary>
    public TokenCredential For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(caller.AccessToken)));
        return _credentials.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.AbsoluteExpiration = caller.ExpiresOn;
            return Create(caller);
        })!;
    }

    public void Dispose()
    {
        _credentials.Dispose();
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }

    private OnBehalfOfCredential Create(Caller caller)
    {
        var options = new OnBehalfOfCredentialOptions
        {
            AuthorityHost = new Uri(_azureAd.InstanceBase),
            DisableInstanceDiscovery = _azureAd.DisableInstanceDiscovery,
            Transport = new HttpClientTransport(_httpClientFactory.CreateClient(HttpClientNames.Identity)),
        };
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        var clientId = _azureAd.ClientId!;
        if (!string.IsNullOrWhiteSpace(_azureAd.ClientSecret))
        {
            return new OnBehalfOfCredential(caller.TenantId, clientId, _azureAd.ClientSecret, caller.AccessToken, options);
        }

        if (_certificate.Value is { } certificate)
        {
            return new OnBehalfOfCredential(caller.TenantId, clientId, certificate, caller.AccessToken, options);
        }

        if (_assertion.Value is { } assertion)
        {
            return new OnBehalfOfCredential(caller.TenantId, clientId, assertion, caller.AccessToken, options);
        }

        throw new InvalidOperationException("No On-Behalf-Of client credential is configured.");
    }

    private X509Certificate2? LoadCertificate() =>
        string.IsNullOrWhiteSpace(_azureAd.ClientCertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(_azureAd.ClientCertificatePath, _azureAd.ClientCertificatePassword);

    private Func<CancellationToken, Task<string>>? ManagedIdentityAssertion()
    {
        if (string.IsNullOrWhiteSpace(_azureAd.ManagedIdentityClientId))
        {
            return null;
        }

        var identity = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(_azureAd.ManagedIdentityClientId));
        var context = new TokenRequestContext([_azureAd.ClientAssertionAudience.TrimEnd('/') + "/.default"]);
        return async cancellationToken => (await identity.GetTokenAsync(context, cancellationToken)).Token;
    }
}
