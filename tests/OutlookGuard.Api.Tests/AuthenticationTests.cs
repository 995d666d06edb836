using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>Entra ID token validation through the real JwtBearer handler, reading discovery and JWKS from the local issuer.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class AuthenticationTests(LocalCloud cloud)
{
    private readonly ApiFactory _api = cloud.SharedApi;

    private async Task<HttpResponseMessage> PostHeadersAsync(string? token)
    {
        using var client = _api.ClientWith(token);
        return await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") });
    }

    private string Token(TokenSpec spec) => cloud.Identity.CreateToken(spec);

    [Fact]
    public async Task V2Token_IsAccepted()
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantA }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task V1Token_WithApiAudienceAndStsIssuer_IsAccepted()
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantB, V1 = true }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoToken_Returns401ProblemWithBearerChallenge()
    {
        using var response = await PostHeadersAsync(null);

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ExpiredToken_Returns401Problem()
    {
        var token = Token(new TokenSpec
        {
            TenantId = LocalCloud.TenantA,
            IssuedAt = DateTimeOffset.UtcNow.AddHours(-2),
            Lifetime = TimeSpan.FromHours(1),
        });

        using var response = await PostHeadersAsync(token);

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00000003-0000-0000-c000-000000000000")]
    [InlineData("api://another-application")]
    public async Task WrongAudience_Returns401Problem(string audience)
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantA, Audience = audience }));

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task IssuerOfAnotherTenant_Returns401Problem()
    {
        var token = Token(new TokenSpec
        {
            TenantId = LocalCloud.TenantA,
            Issuer = $"{cloud.Identity.BaseUrl}{LocalCloud.TenantB}/v2.0",
        });

        using var response = await PostHeadersAsync(token);

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task ForeignIssuerHost_Returns401Problem()
    {
        var token = Token(new TokenSpec
        {
            TenantId = LocalCloud.TenantA,
            Issuer = $"https://issuer.invalid/{LocalCloud.TenantA}/v2.0",
        });

        using var response = await PostHeadersAsync(token);

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TenantNotAllowed_Returns401Problem(bool v1)
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantNotAllowed, V1 = v1 }));

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task TokenSignedWithUnpublishedKey_Returns401Problem()
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantA, UnknownKey = true }));

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mail.Read")]
    [InlineData("access_as_admin")]
    public async Task MissingScope_Returns403ScopeProblem(string? scope)
    {
        using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantA, Scope = scope }));

        await ProblemAssert.IsAsync(Problems.ScopeMissing, response);
    }

    [Fact]
    public async Task PolicyWithoutAdminRole_Returns403AdminProblem()
    {
        using var client = _api.ClientWith(_api.Token());

        using var response = await client.GetAsync("/api/policy");

        await ProblemAssert.IsAsync(Problems.AdminRoleRequired, response);
    }

    [Fact]
    public async Task PolicyWithAdminRoleButNoScope_Returns403ScopeProblem()
    {
        var token = Token(new TokenSpec { TenantId = LocalCloud.TenantA, Scope = null, Roles = ["Guard.Admin"] });
        using var client = _api.ClientWith(token);

        using var response = await client.GetAsync("/api/policy");

        await ProblemAssert.IsAsync(Problems.ScopeMissing, response);
    }

    [Fact]
    public async Task PolicyForAdmin_ReturnsTheCallersTenantPolicy()
    {
        using var clientA = _api.ClientWith(_api.Token(LocalCloud.TenantA, roles: ["Guard.Admin"]));
        using var clientB = _api.ClientWith(_api.Token(LocalCloud.TenantB, roles: ["Guard.Admin"]));

        using var responseA = await clientA.GetAsync("/api/policy");
        using var responseB = await clientB.GetAsync("/api/policy");

        Assert.Equal(HttpStatusCode.OK, responseA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responseB.StatusCode);
        using var a = JsonDocument.Parse(await responseA.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await responseB.Content.ReadAsStringAsync());
        Assert.Equal(["hanabi-foods.co.jp"], a.RootElement.GetProperty("internalDomains").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["hanabi-foods.co.jp", "tenant-b.example.co.jp"], b.RootElement.GetProperty("internalDomains").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEqual(responseA.Headers.ETag, responseB.Headers.ETag);
    }

    [Fact]
    public async Task JwksOutage_TokensSignedWithKnownKeyStillValidate()
    {
        using (var first = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantA })))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var jwksRequests = cloud.Identity.JwksRequests;
        cloud.Identity.JwksFailing = true;
        try
        {
            for (var i = 0; i < 3; i++)
            {
                using var response = await PostHeadersAsync(Token(new TokenSpec { TenantId = LocalCloud.TenantB }));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Equal(jwksRequests, cloud.Identity.JwksRequests);
        }
        finally
        {
            cloud.Identity.JwksFailing = false;
        }
    }
}
