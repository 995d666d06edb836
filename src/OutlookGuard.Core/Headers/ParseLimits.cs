using MimeKit;

namespace OutlookGuard.Core.Headers;

/// <summary>
/// Every bound on how much of a header block is read, in one place. Whoever wrote the headers controls
/// their size, so each limit is a guard against memory or time exhaustion; reaching one is reported
/// as a <see cref="ParseIssue"/> (and so as a finding), never as an exception.
/// </summary>
public sealed record ParseLimits
{
    /// <summary>Default limits: generous for real mail (Exchange Online blocks are ~10-40 KB).</summary>
    public static ParseLimits Default { get; } = new();

    /// <summary>Bytes of header block read; the rest is ignored. Default 1 MiB.</summary>
    public int MaxHeaderBytes { get; init; } = 1024 * 1024;

    /// <summary>Header fields read. Default 1,000.</summary>
    public int MaxHeaderCount { get; init; } = 1000;

    /// <summary>Received headers turned into hops. Default 64.</summary>
    public int MaxReceivedHops { get; init; } = 64;

    /// <summary>Mailboxes kept per address header. Default 500.</summary>
    public int MaxAddressesPerField { get; init; } = 500;

    /// <summary>Characters kept of one header value for analysis (Subject, display names, ...). Default 8,192.</summary>
    public int MaxValueLength { get; init; } = 8192;

    /// <summary>Authentication-Results-like headers parsed. Default 32.</summary>
    public int MaxAuthResultsHeaders { get; init; } = 32;

    /// <summary>Nesting depth of groups and comments in an address (MimeKit's <see cref="ParserOptions.MaxAddressGroupDepth"/>). Default 3.</summary>
    public int MaxAddressGroupDepth { get; init; } = 3;

    /// <summary>Characters of the body preview kept. Default 2,048.</summary>
    public int MaxBodyPreviewLength { get; init; } = 2048;
}
