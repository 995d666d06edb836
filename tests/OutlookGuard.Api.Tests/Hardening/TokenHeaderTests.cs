using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Api.Tests.Telemetry;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>The Entra scheme's header checks: RS256 only, <c>typ</c> as Entra writes it, no unknown <c>crit</c>.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class TokenHeaderTests(LocalCloud cloud)
{
    private static object Body => new { internetHeaders = Samples.HeaderBlock("colleague-legitimate.eml") };

    [Theory]
    [InlineData("JWT")]
    [InlineData("at+jwt")]
    public async Task EntraTokenTypes_AreAccepted(string type)
    {
        using var client = cloud.SharedApi.ClientWith(cloud.Identity.CreateToken(new TokenSpec { TenantId = LocalCloud.TenantA, TokenType = type }));

        using var response = await client.PostAsJsonAsync("/api/analysis", Body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("crit")]
    [InlineData("typ id+jwt")]
    [InlineData("alg RS384")]
    [InlineData("alg PS256")]
    public async Task HeaderOutsideThePinnedSet_Returns401_LoggedAtDebugAndCounted(string what)
    {
        var spec = what switch
        {
            "crit" => new TokenSpec { TenantId = LocalCloud.TenantA, HeaderClaims = new Dictionary<string, object> { ["crit"] = new[] { "x-unknown" }, ["x-unknown"] = 1 } },
            "typ id+jwt" => new TokenSpec { TenantId = LocalCloud.TenantA, TokenType = "id+jwt" },
            "alg RS384" => new TokenSpec { TenantId = LocalCloud.TenantA, Algorithm = SecurityAlgorithms.RsaSha384 },
            _ => new TokenSpec { TenantId = LocalCloud.TenantA, Algorithm = SecurityAlgorithms.RsaSsaPssSha256 },
        };
        await using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" });
        using var meter = new GuardMeterRecorder(api.Services.GetRequiredService<GuardTelemetry>().Meter);
        using var client = api.ClientWith(cloud.Identity.CreateToken(spec));

        using var response = await client.PostAsJsonAsync("/api/analysis", Body);

        await ProblemAssert.IsAsync(Problems.SignInRequired, response);
        Assert.NotEmpty(meter.Of("outlookguard.auth.rejections"));
        Assert.Contains(api.Logs.Entries, e => e.EventId == 1001 && e.Level == LogLevel.Debug);
        Assert.DoesNotContain(api.Logs.Entries, e => e.EventId == 1001 && e.Level > LogLevel.Debug);
    }
}
