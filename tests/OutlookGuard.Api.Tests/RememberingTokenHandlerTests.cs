using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>The Entra scheme's token handler remembers successful validations of the exact token, briefly and never past exp.</summary>
public sealed class RememberingTokenHandlerTests : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);

    public void Dispose()
    {
        _key.Dispose();
        _otherKey.Dispose();
    }

    [Fact]
    public async Task SameToken_WithinTheWindow_IsNotCheckedAgainstTheKeysAgain()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var handler = Handler(clock, seconds: 300);
        var token = Token(DateTime.UtcNow.AddHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters(_key));
        // The keys no longer hold the signing key: only a remembered validation can accept the token now.
        var second = await handler.ValidateTokenAsync(token, Parameters(_otherKey));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("user-1", second.ClaimsIdentity.FindFirst("oid")?.Value);
    }

    [Theory]
    [InlineData(300, 3600, 301)] // the window is over, the token still valid
    [InlineData(3600, 120, 180)] // the token has expired inside the window
    public async Task RememberedToken_AfterTheWindowOrItsExpiry_IsValidatedAgain(int windowSeconds, int lifetimeSeconds, int laterSeconds)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var handler = Handler(clock, windowSeconds);
        var token = Token(DateTime.UtcNow.AddSeconds(lifetimeSeconds));

        Assert.True((await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid);
        clock.Advance(TimeSpan.FromSeconds(laterSeconds));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
    }

    [Fact]
    public async Task RefusedToken_IsNotRemembered()
    {
        using var handler = Handler(new ManualClock(DateTimeOffset.UtcNow), seconds: 300);
        var token = Token(DateTime.UtcNow.AddHours(1));

        Assert.False((await handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
    }

    [Fact]
    public async Task ZeroSeconds_ValidatesEveryRequest()
    {
        using var handler = Handler(new ManualClock(DateTimeOffset.UtcNow), seconds: 0);
        var token = Token(DateTime.UtcNow.AddHours(1));

        Assert.True((await handler.ValidateTokenAsync(token, Parameters(_key))).IsValid);
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(_otherKey))).IsValid);
    }

    private static RememberingTokenHandler Handler(TimeProvider clock, int seconds) =>
        new(Options.Create(new AzureAdOptions { ValidatedTokenSeconds = seconds }), Options.Create(new CacheOptions()), clock);

    private string Token(DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://issuer.example/",
            Audience = "api",
            Claims = new Dictionary<string, object> { ["oid"] = "user-1", ["tid"] = "tenant-1" },
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "k" }, SecurityAlgorithms.RsaSha256),
        });

    private static TokenValidationParameters Parameters(RSA key) => new()
    {
        ValidIssuer = "https://issuer.example/",
        ValidAudience = "api",
        IssuerSigningKey = new RsaSecurityKey(key) { KeyId = "k" },
        ClockSkew = TimeSpan.Zero,
    };
}
