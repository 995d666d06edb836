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
}
