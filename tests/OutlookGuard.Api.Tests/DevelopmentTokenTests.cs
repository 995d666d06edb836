using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>Tokens made by <c>dotnet user-jwts</c> (settings under Authentication:Schemes:Bearer): accepted in Development only.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class DevelopmentTokenTests(LocalCloud cloud)
{
    private const string Issuer = "dotnet-user-jwts";
    private const string Audience = "https://localhost:7215";
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static Dictionary<string, string?> Settings(bool withTenant) => new()
    {
        ["AzureAd:ClientId"] = withTenant ? LocalIdentityProvider.ClientId : string.Empty,
        ["Mailbox:Source"] = "Folder",
        ["Mailbox:Folder"] = Samples.Folder,
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Id"] = "dev",
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
        ["Authentication:Schemes:Bearer:SigningKeys:0:Length"] = "32",
    };

    private static string UserJwt(params string[] roles)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "dev-user", ["unique_name"] = "dev-user", ["scope"] = "access_as_user" }; // as dotnet user-jwts --scope writes it
        if (roles.Length > 0)
        {
            claims["role"] = roles;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task UserJwt_InDevelopmentWithoutTenant_AnalyzesSampleFromFolder()
    {
        using var api = new ApiFactory(cloud, Settings(withTenant: false), environment: "Development");
        using var client = api.ClientWith(UserJwt());

        using var response = await client.GetAsync("/api/messages/colleague-reply-to-gmail/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Rejections are logged at Debug; appsettings.Development.json stops at Information.
    private static Dictionary<string, string?> WithDebugLogs(Dictionary<string, string?> settings)
    {
        settings["Logging:LogLevel:Default"] = "Debug";
        return settings;
    }

    [Fact]
    public async Task UserJwt_InDevelopmentWithTenant_IsValidatedOnceWithoutEntraRejection()
    {
        using var api = new ApiFactory(cloud, WithDebugLogs(Settings(withTenant: true)), environment: "Development");
        using var client = api.ClientWith(UserJwt());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Before, the Entra handler tried every token first and refused the development one with an exception (event 1001).
        Assert.DoesNotContain(api.Logs.Entries, e => e.EventId == 1001 || e.Exception is not null);
    }

    [Fact]
    public async Task EntraToken_InDevelopmentWithTenant_IsValidatedByEntraScheme()
    {
        using var api = new ApiFactory(cloud, WithDebugLogs(Settings(withTenant: true)), environment: "Development");
        using var client = api.ClientWith(api.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(api.Logs.Entries, e => e.EventId == 1001);
    }

    [Fact]
    public async Task UserJwtWithWrongKey_InDevelopment_IsRejected()
    {
        using var api = new ApiFactory(cloud, Settings(withTenant: true), environment: "Development");
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "dev-user", ["scope"] = "access_as_user" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });
        using var client = api.ClientWith(forged);

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UserJwtWithAdminRole_InDevelopment_ReadsPolicy()
    {
        using var api = new ApiFactory(cloud, Settings(withTenant: false), environment: "Development");
        using var admin = api.ClientWith(UserJwt("Guard.Admin"));
        using var user = api.ClientWith(UserJwt());

        using var adminResponse = await admin.GetAsync("/api/policy");
        using var userResponse = await user.GetAsync("/api/policy");

        Assert.Equal(HttpStatusCode.OK, adminResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, userResponse.StatusCode);
    }

    [Fact]
    public void DevelopmentTokenSettings_InProduction_FailAtStartNamingTheSetting()
    {
        var settings = Settings(withTenant: true);
        settings.Remove("Mailbox:Source");
        settings.Remove("Mailbox:Folder");

        var error = ApiFactory.StartError(cloud, settings);

        Assert.Contains("Authentication:Schemes:Bearer", error, StringComparison.Ordinal);
        Assert.Contains("only in Development", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserJwt_InProduction_IsRejected()
    {
        using var api = new ApiFactory(cloud);
        using var client = api.ClientWith(UserJwt("Guard.Admin"));

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
