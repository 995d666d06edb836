using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// A local Microsoft Entra ID stand-in on an HTTPS loopback port (certificate made here): the v2 discovery document,
/// the JWKS with the test signing key, and a token endpoint for the API's On-Behalf-Of exchange. It mints the access
/// and ID tokens the host's Nested App Authentication bridge hands to MSAL.js in the page.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string TenantId = "6d1f4c2a-0b7e-4c55-9a61-2f3e8d9b7c10";
    public const string ClientId = "3f0b6c8e-2a41-4d7b-9e3c-5a8f1d2b4c6e";
    public const string ObjectId = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff";
    public const string Username = "yui.sato@hanabi-foods.co.jp";
    public const string DisplayName = "Yui Sato";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private WebApplication? _app;
    private int _tokenRequests;

    public TestIssuer()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "outlookguard-test-key" };
        Certificate = CreateCertificate();
    }

    /// <summary>The HTTPS certificate of the loopback listener; the API's identity client trusts exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>https://127.0.0.1:{port}/, the <c>AzureAd:Instance</c> the API is given.</summary>
    public Uri Instance { get; private set; } = new("https://127.0.0.1/");

    public string Issuer => $"{Instance}{TenantId}/v2.0";

    /// <summary>The scope the taskpane must ask for.</summary>
    public static string Scope => $"api://{ClientId}/access_as_user";

    public TokenEndpointMode Mode { get; set; } = TokenEndpointMode.Unavailable;

    /// <summary>On-Behalf-Of exchanges the API attempted.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate)));
        var app = builder.Build();
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"{Instance}{tenant}/v2.0",
            ["jwks_uri"] = $"{Instance}{tenant}/discovery/v2.0/keys",
            ["token_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/token",
            ["authorization_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/authorize",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code", "id_token", "token id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = _key.KeyId, alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            return Mode == TokenEndpointMode.ConsentRequired
                ? Results.Json(
                    new Dictionary<string, object>
                    {
                        ["error"] = "invalid_grant",
                        ["suberror"] = "consent_required",
                        ["error_description"] = "AADSTS65001: The user or administrator has not consented to use the application.",
                        ["error_codes"] = new[] { 65001 },
                    },
                    statusCode: StatusCodes.Status400BadRequest)
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Instance = new Uri(address.TrimEnd('/') + "/");
        _app = app;
    }

    /// <summary>An Entra ID v2 access token for the API: audience the client id, the delegated scope, the tenant.</summary>
    public string AccessToken(string scope = "access_as_user") => Sign(new Dictionary<string, object>
    {
        ["aud"] = ClientId,
        ["tid"] = TenantId,
        ["oid"] = ObjectId,
        ["sub"] = "access-subject",
        ["scp"] = scope,
        ["azp"] = ClientId,
        ["ver"] = "2.0",
        ["name"] = DisplayName,
        ["preferred_username"] = Username,
    });

    /// <summary>An ID token: it proves who signed in to the client, and the API must never receive it.</summary>
    public string IdToken() => Sign(new Dictionary<string, object>
    {
        ["aud"] = ClientId,
        ["tid"] = TenantId,
        ["oid"] = ObjectId,
        ["sub"] = "id-subject",
        ["ver"] = "2.0",
        ["name"] = DisplayName,
        ["preferred_username"] = Username,
        ["nonce"] = "n-0",
    });

    private string Sign(Dictionary<string, object> claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Certificate.Dispose();
        _rsa.Dispose();
    }
}
