using MimeKit;

namespace OutlookGuard.Core.Parsing;

/// <summary>
/// Every bound on how much of a header block is read, in one place. Whoever wrote the headers controls
/// their size, so each limit is a guard against memory or time exhaustion; reaching one is reported
/// as a <see cref="ParseIssue"/> (and so as a finding), never as an exception.
/// </summary>
public sealed record ParseLimits
{
    /// <summary>Default limits: generous for real mail (Exchange Online blocks are ~10-40 KB).</summary>
    public static ParseLimits Default { get; } = new();

    /// <summary>Bytes of header block read, cut at the last line end before the limit; the rest is ignored. Default 1 MiB.</summary>
    public int MaxHeaderBytes { get; init; } = 1024 * 1024;

    /// <summary>Header fields read (topmost first); for Graph's pairs, pairs read. Default 1,000.</summary>
    public int MaxHeaderCount { get; init; } = 1000;

    /// <summary>Received headers turned into hops, topmost (newest) first; older ones are not read. Default 64.</summary>
    public int MaxReceivedHops { get; init; } = 64;

    /// <summary>Mailboxes kept per address header. Default 500.</summary>
    public int MaxAddressesPerField { get; init; } = 500;

    /// <summary>Characters kept of one header value for analysis (Subject, display names, ...). Default 8,192.</summary>
    public int MaxValueLength { get; init; } = 8192;

    /// <summary>Authentication-Results-like headers parsed. Default 32.</summary>
    public int MaxAuthResultsHeaders { get; init; } = 32;

    /// <summary>
    /// Nesting depth of groups in an address (RFC 5322 §3.4; MimeKit's <see cref="ParserOptions.MaxAddressGroupDepth"/>);
    /// members of deeper groups are not read. Nested comments are skipped by a counter, not by recursion,
    /// so their depth costs no stack. Default 3.
    /// </summary>
    public int MaxAddressGroupDepth { get; init; } = 3;

    /// <summary>
    /// Raw bytes of one header value decoded as encoded words (RFC 2047) and unfolded; a longer value is
    /// decoded up to this many bytes only (an "encoded-word bomb" costs no more than this). Default 64 KiB.
    /// </summary>
    public int MaxEncodedValueBytes { get; init; } = 64 * 1024;

    /// <summary>Issues kept per message (each code once per header). Default 64.</summary>
    public int MaxIssues { get; init; } = 64;

    /// <summary>Bytes of the body (after the header block) read to find the text for the preview. Default 256 KiB.</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Message ids kept from In-Reply-To and References. Default 100.</summary>
    public int MaxMessageIds { get; init; } = 100;

    /// <summary>Method results kept per Authentication-Results header (RFC 8601 resinfo). Default 32.</summary>
    public int MaxAuthResultsPerHeader { get; init; } = 32;

    /// <summary>Characters of the body preview kept. Default 2,048.</summary>
    public int MaxBodyPreviewLength { get; init; } = 2048;
}
