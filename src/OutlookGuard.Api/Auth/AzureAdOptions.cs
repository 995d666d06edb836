using System.ComponentModel.DataAnnotations;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// The <c>AzureAd</c> section: who issues the access tokens the API accepts and how the API proves itself
/// for the On-Behalf-Of exchange. Outside Development, <see cref="ClientId"/> and <see cref="TenantId"/> are required.
/// </summary>
public sealed class AzureAdOptions
{
    public const string SectionName = "AzureAd";

    /// <summary>The authority host. Default the public cloud; a sovereign cloud or any OpenID Connect issuer with discovery and JWKS works.</summary>
    [Required]
    [Url]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>A tenant GUID (single-tenant) or <c>organizations</c> (multi-tenant, with <see cref="AllowedTenants"/>).</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>One more accepted audience besides <c>{ClientId}</c> and <c>api://{ClientId}</c> (e.g. a custom App ID URI).</summary>
    public string? Audience { get; set; }

    /// <summary>Multi-tenant: the tenant ids whose tokens are accepted. Required when <see cref="TenantId"/> is <c>organizations</c>.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>The v1 token issuer, with <c>{tenantid}</c> standing for the token's <c>tid</c>. Default <c>https://sts.windows.net/{tenantid}/</c>.</summary>
    [Required]
    public string V1Issuer { get; set; } = "https://sts.windows.net/{tenantid}/";

    /// <summary>On-Behalf-Of with a client secret (Key Vault reference or user secret; never in appsettings.json).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>On-Behalf-Of with a certificate: path of a PKCS#12 (.pfx) file with the private key.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>Password of <see cref="ClientCertificatePath"/>, when it has one.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>On-Behalf-Of with a federated credential: client id of the user-assigned managed identity whose token is the client assertion.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Audience of the managed identity's assertion token. Default <c>api://AzureADTokenExchange</c>.</summary>
    [Required]
    public string ClientAssertionAudience { get; set; } = "api://AzureADTokenExchange";

    /// <summary>
    /// The least time between two downloads of the signing keys when a token names a key the API does not know
    /// (a key rotation): it is picked up at most this long after the previous download. Default 300 seconds, so
    /// tokens with made-up key ids cannot make the API flood Entra ID.
    /// </summary>
    [Range(1, 3600)]
    public int SigningKeysRefreshSeconds { get; set; } = 300;

    /// <summary>
    /// How long a successfully validated access token is remembered (by its exact text, never past its <c>exp</c>), so
    /// a user's repeated requests skip the signature check (<see cref="RememberingTokenHandler"/>). Default 300 seconds;
    /// 0 validates every request. A signing key withdrawn by the issuer stops being trusted for tokens already seen at
    /// most this long later.
    /// </summary>
    [Range(0, 3600)]
    public int ValidatedTokenSeconds { get; set; } = 300;

    /// <summary>Skips MSAL's instance discovery: needed for an authority MSAL does not know (a private cloud, a local issuer). Default false.</summary>
    public bool DisableInstanceDiscovery { get; set; }

    /// <summary>True when the API knows its own client id; Development may run without one (user-jwts only).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>True for <c>organizations</c> or <c>common</c>.</summary>
    public bool IsMultiTenant =>
        string.Equals(TenantId, "organizations", StringComparison.OrdinalIgnoreCase)
        || string.Equals(TenantId, "common", StringComparison.OrdinalIgnoreCase);

    /// <summary>The authority host with exactly one trailing slash.</summary>
    public string InstanceBase => Instance.TrimEnd('/') + "/";

    /// <summary>The v2 discovery document of the configured tenant.</summary>
    public string MetadataAddress => $"{InstanceBase}{TenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Both audience forms (v2 <c>{ClientId}</c>, v1 <c>api://{ClientId}</c>) and <see cref="Audience"/>.</summary>
    public IReadOnlyList<string> Audiences()
    {
        var audiences = new List<string>();
        if (!string.IsNullOrWhiteSpace(ClientId))
        {
            audiences.Add(ClientId);
            audiences.Add("api://" + ClientId);
        }

        if (!string.IsNullOrWhiteSpace(Audience) && !audiences.Contains(Audience, StringComparer.Ordinal))
        {
            audiences.Add(Audience);
        }

        return audiences;
    }

    /// <summary>Whether tokens of this tenant are accepted: the configured tenant, or one of <see cref="AllowedTenants"/> when multi-tenant.</summary>
    public bool IsTenantAllowed(string tenantId)
    {
        if (!Guid.TryParse(tenantId, out var tid))
        {
            return false;
        }

        if (!IsMultiTenant)
        {
            return Guid.TryParse(TenantId, out var own) && own == tid;
        }

        return AllowedTenants.Any(t => Guid.TryParse(t, out var allowed) && allowed == tid);
    }
}
