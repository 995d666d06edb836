namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>What to put in a test access token. Defaults give a valid v2 token for the API with the user scope.</summary>
internal sealed record TokenSpec
{
    public required string TenantId { get; init; }

    public string ObjectId { get; init; } = Guid.NewGuid().ToString();

    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    public bool V1 { get; init; }

    public string? Scope { get; init; } = "access_as_user";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>Sign with a key the issuer never published.</summary>
    public bool UnknownKey { get; init; }

    /// <summary>Sign with the issuer's next key (<see cref="LocalIdentityProvider.NextKeyId"/>), as after a key rotation.</summary>
    public bool NextKey { get; init; }

    /// <summary>The JOSE <c>typ</c> header (the handler writes <c>JWT</c> when null).</summary>
    public string? TokenType { get; init; }

    /// <summary>The signing algorithm (RS256 when null).</summary>
    public string? Algorithm { get; init; }

    /// <summary>More JOSE header fields, e.g. <c>crit</c>.</summary>
    public IDictionary<string, object>? HeaderClaims { get; init; }
}
