using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// The <see cref="AuthNames.EntraScheme"/> token handler: validates as <see cref="JsonWebTokenHandler"/> does (signature,
/// issuer, audience, lifetime, algorithm, type), and remembers a successful validation of a token, by its exact text, for
/// at most <see cref="AzureAdOptions.ValidatedTokenSeconds"/> and never past its <c>exp</c>. MSAL reuses a user's token
/// for every request until it nears expiry, so the RSA signature check runs once per token instead of once per request.
/// Only byte-identical tokens match, and only successes are kept: a token that failed is validated again each time.
/// Each request gets its own copy of the identity. At most <see cref="CacheOptions.MaxCredentials"/> tokens are kept
/// (one per user token, like the On-Behalf-Of credentials). With <c>ValidatedTokenSeconds</c> 0 every request validates.
/// </summary>
internal sealed class RememberingTokenHandler : JsonWebTokenHandler, IDisposable
{
    private readonly MemoryCache _validated;
    private readonly TimeSpan _maxAge;
    private readonly TimeProvider _time;

    public RememberingTokenHandler(IOptions<AzureAdOptions> azureAd, IOptions<CacheOptions> cache, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(azureAd);
        ArgumentNullException.ThrowIfNull(cache);
        _maxAge = TimeSpan.FromSeconds(azureAd.Value.ValidatedTokenSeconds);
        _time = time;
        _validated = new MemoryCache(new MemoryCacheOptions { SizeLimit = cache.Value.MaxCredentials });
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_maxAge <= TimeSpan.Zero)
        {
            return await base.ValidateTokenAsync(token, validationParameters);
        }

        var now = _time.GetUtcNow();
        // Kept with the time it must be forgotten by: the earlier of exp and the window's end.
        if (token is not null && _validated.TryGetValue(token, out Tuple<TokenValidationResult, DateTimeOffset>? known)
            && now < known!.Item2)
        {
            return Copy(known.Item1);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && token is not null && result.SecurityToken.ValidTo > now.UtcDateTime)
        {
            var exp = new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero);
            var forget = exp < now + _maxAge ? exp : now + _maxAge;
            _validated.Set(token, Tuple.Create(result, forget), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = forget });
            return Copy(result);
        }

        return result;
    }

    public void Dispose() => _validated.Dispose();

    // The kept result is never handed out: each request may add to its own identity.
    private static TokenValidationResult Copy(TokenValidationResult known) => new()
    {
        IsValid = true,
        ClaimsIdentity = known.ClaimsIdentity.Clone(),
        SecurityToken = known.SecurityToken,
        Issuer = known.Issuer,
        TokenType = known.TokenType,
        TokenContext = known.TokenContext,
    };
}
