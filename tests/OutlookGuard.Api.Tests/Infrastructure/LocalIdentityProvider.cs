using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>
/// A local OpenID Connect issuer shaped like Entra ID: per-tenant v2 discovery documents, a JWKS with an RSA key
/// made for this run, and the v2 token endpoint answering On-Behalf-Of requests (the exchange MSAL performs).
/// </summary>
internal sealed class LocalIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "5d3c9b1e-8f2a-4c6d-9e0f-1a2b3c4d5e6f";
    public const string ClientSecret = "local-test-secret";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _unknownRsa = RSA.Create(2048);
    private readonly RSA _nextRsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, int> _exchangesByUser = new();
    private readonly X509Certificate2 _clientCertificate = CreateClientCertificate();
    private int _certificateExchanges;
    private readonly ConcurrentDictionary<string, string> _graphTokenOwners = new();
    private WebApplication? _app;
    private int _jwksRequests;
    private int _graphTokens;

    public string BaseUrl { get; private set; } = string.Empty;

    public string KeyId { get; } = "test-key-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The key a rotation brings in: published in the JWKS once <see cref="NextKeyPublished"/> is set.</summary>
    public string NextKeyId { get; } = "next-key-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>True once the next key is in the JWKS (a key rotation); the current key stays published too.</summary>
    public bool NextKeyPublished { get; set; }

    /// <summary>While true, the JWKS endpoint answers 500 (an outage).</summary>
    public bool JwksFailing { get; set; }

    public int JwksRequests => _jwksRequests;

    /// <summary>Users (oid) whose exchange fails with AADSTS65001 consent_required.</summary>
    public ConcurrentDictionary<string, bool> UsersWithoutConsent { get; } = new();

    /// <summary>Users (oid) whose grant was revoked: the exchange fails with invalid_grant and they must sign in again.</summary>
    public ConcurrentDictionary<string, bool> UsersWithRevokedGrant { get; } = new();

    public string V1IssuerTemplate => BaseUrl + "sts/{tenantid}/";

    /// <summary>Exchanges in which the API proved itself with a certificate-signed client assertion.</summary>
    public int CertificateExchanges => _certificateExchanges;

    /// <summary>Writes the API's client certificate (with its key) as a .pfx file, as a deployment would mount it.</summary>
    public void ExportClientCertificate(string path) => File.WriteAllBytes(path, _clientCertificate.Export(X509ContentType.Pkcs12));

    public int ExchangesFor(string objectId) => _exchangesByUser.GetValueOrDefault(objectId);

    /// <summary>The user (oid) a Graph token was issued to, as Graph would know it.</summary>
    public string? OwnerOfGraphToken(string token) => _graphTokenOwners.GetValueOrDefault(token);

    public static async Task<LocalIdentityProvider> StartAsync()
    {
        var provider = new LocalIdentityProvider();
        var (app, baseUrl) = await LoopbackServer.StartAsync(provider.Map);
        provider._app = app;
        provider.BaseUrl = baseUrl;
        return provider;
    }

    public string CreateToken(TokenSpec spec)
    {
        var now = spec.IssuedAt ?? DateTimeOffset.UtcNow;
        var issuer = spec.Issuer ?? (spec.V1
            ? V1IssuerTemplate.Replace("{tenantid}", spec.TenantId, StringComparison.Ordinal)
            : $"{BaseUrl}{spec.TenantId}/v2.0");
        var audience = spec.Audience ?? (spec.V1 ? "api://" + ClientId : ClientId);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = spec.TenantId,
            ["oid"] = spec.ObjectId,
            ["sub"] = "sub-" + spec.ObjectId,
            ["ver"] = spec.V1 ? "1.0" : "2.0",
            ["name"] = "Test User",
        };
        if (spec.Scope is not null)
        {
            claims["scp"] = spec.Scope;
        }

        if (spec.Roles.Count > 0)
        {
            claims["roles"] = spec.Roles.ToArray();
        }

        var key = spec.UnknownKey ? new RsaSecurityKey(_unknownRsa) { KeyId = "unknown-key" }
            : spec.NextKey ? new RsaSecurityKey(_nextRsa) { KeyId = NextKeyId }
            : new RsaSecurityKey(_rsa) { KeyId = KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + spec.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, spec.Algorithm ?? SecurityAlgorithms.RsaSha256),
            AdditionalHeaderClaims = spec.HeaderClaims,
        };
        if (spec.TokenType is not null)
        {
            descriptor.TokenType = spec.TokenType;
        }

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
        _clientCertificate.Dispose();
        _unknownRsa.Dispose();
        _nextRsa.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            var issuerTenant = tenant is "organizations" or "common" ? "{tenantid}" : tenant;
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = $"{BaseUrl}{issuerTenant}/v2.0",
                ["authorization_endpoint"] = $"{BaseUrl}{tenant}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{BaseUrl}{tenant}/oauth2/v2.0/token",
                ["jwks_uri"] = $"{BaseUrl}discovery/v2.0/keys",
                ["response_types_supported"] = new[] { "code", "id_token", "token id_token" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });

        app.MapGet("/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref _jwksRequests);
            if (JwksFailing)
            {
                return Results.StatusCode(500);
            }

            var keys = new List<object> { Jwk(_rsa, KeyId) };
            if (NextKeyPublished)
            {
                keys.Add(Jwk(_nextRsa, NextKeyId));
            }

            return Results.Json(new { keys });
        });

        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var bySecret = form["client_secret"] == ClientSecret;
            var byCertificate = !bySecret && await IsValidClientAssertionAsync(form["client_assertion_type"], form["client_assertion"]);
            if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer"
                || form["requested_token_use"] != "on_behalf_of"
                || form["client_id"] != ClientId
                || !(bySecret || byCertificate))
            {
                return Error("invalid_client", "AADSTS7000215: Invalid client secret provided.", 401, null);
            }

            if (byCertificate)
            {
                Interlocked.Increment(ref _certificateExchanges);
            }

            var assertion = new JsonWebToken(form["assertion"].ToString());
            var oid = assertion.GetPayloadValue<string>("oid");
            var tid = assertion.GetPayloadValue<string>("tid");
            _exchangesByUser.AddOrUpdate(oid, 1, (_, n) => n + 1);
            if (!string.Equals(tid, tenant, StringComparison.OrdinalIgnoreCase))
            {
                return Error("invalid_request", "AADSTS50020: The tenant does not match.", 400, null);
            }

            if (UsersWithoutConsent.ContainsKey(oid))
            {
                return Error("invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application.", 400, "consent_required");
            }

            if (UsersWithRevokedGrant.ContainsKey(oid))
            {
                return Error("invalid_grant", "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.", 400, null);
            }

            var graphToken = "graph-token-" + Interlocked.Increment(ref _graphTokens);
            _graphTokenOwners[graphToken] = oid;
            var clientInfo = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { uid = oid, utid = tid })));
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["scope"] = form["scope"].ToString(),
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = graphToken,
                ["client_info"] = clientInfo,
            });
        });
    }

    private static object Jwk(RSA rsa, string keyId)
    {
        var parameters = rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = keyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private async Task<bool> IsValidClientAssertionAsync(string? type, string? assertion)
    {
        if (type != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" || string.IsNullOrEmpty(assertion))
        {
            return false;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = ClientId,
            ValidateAudience = false,
            IssuerSigningKey = new X509SecurityKey(_clientCertificate),
        });
        return result.IsValid && result.Claims.TryGetValue("sub", out var sub) && Equals(sub, ClientId);
    }

    private static X509Certificate2 CreateClientCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookGuard API", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    private static IResult Error(string error, string description, int status, string? suberror)
    {
        var body = new Dictionary<string, object>
        {
            ["error"] = error,
            ["error_description"] = description,
            ["error_codes"] = new[] { int.Parse(description[6..11], System.Globalization.CultureInfo.InvariantCulture) },
            ["timestamp"] = "2026-11-28 12:00:00Z",
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        };
        if (suberror is not null)
        {
            body["suberror"] = suberror;
        }

        return Results.Json(body, statusCode: status);
    }

}
