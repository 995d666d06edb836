
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
    IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The CIP Exchange Online writes for mail submitted inside the organization (a mailbox or an app of the tenant), where no outside client connected.</summary>
    public const string InternalSubmissionCip = "255.255.255.255";

    /// <summary>True when Exchange Online stamped the message as submitted inside the organization: no outside address connected.</summary>
    public bool IsInternalSubmission => string.Equals(Cip, InternalSubmissionCip, StringComparison.Ordinal);
}
