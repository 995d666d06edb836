
namespace OutlookGuard.Core.Parsing.Exchange;

/// <summary>
/// Exchange Online Protection's stamp (X-Forefront-Antispam-Report): the connecting IP it saw (CIP),
/// its country (CTRY), language (LANG), spam confidence (SCL), filtering verdict (SFV), category (CAT),
/// IP filtering verdict (IPV), safety tip (SFTY), HELO (H), PTR and direction (DIR).
/// </summary>
public sealed record ForefrontReport(
    string? Cip,
    string? Ctry,
    string? Lang,
    int? Scl,
    string? Sfv,
    string? Cat,
    string? Ipv,
    string? Sfty,
    string? H,
    string? Ptr,
    string? Dir,
    IReadOnlyDictionary<string, string> Fields);
