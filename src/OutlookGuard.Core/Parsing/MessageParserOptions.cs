
namespace OutlookGuard.Core.Parsing;

/// <summary>
/// How to parse: the bounds, nothing else. What the organization believes about a message (its own hosts, its
/// gateways, GeoIP) is applied after parsing, by <see cref="GuardEngine"/>'s facts stage, so the parsed message is
/// the same for every tenant.
/// </summary>
public sealed record MessageParserOptions
{
    public static MessageParserOptions Default { get; } = new();

    public ParseLimits Limits { get; init; } = ParseLimits.Default;
}
