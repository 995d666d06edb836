
namespace OutlookGuard.Core.Parsing.Exchange;

/// <summary>
/// Exchange Online's organization stamps: how the sender authenticated to the tenant
/// (X-MS-Exchange-Organization-AuthAs: Internal, Anonymous, Partner), the final spam confidence
/// (…-SCL) and whether the message came in or went out (…-MessageDirectionality).
/// </summary>
public sealed record ExchangeOrganization(string? AuthAs, int? Scl, string? MessageDirectionality, int? Bcl);
