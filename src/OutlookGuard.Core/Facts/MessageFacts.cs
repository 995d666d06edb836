using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Parsing.AuthResults;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Everything the rules read about one message, parsed once from its header block (RFC 5322) or from
/// Graph's <c>internetMessageHeaders</c>; both inputs give the same facts.
/// </summary>
public sealed record MessageFacts
{
    /// <summary>Every From mailbox (RFC 5322 allows several; more than one is itself suspicious).</summary>
    public IReadOnlyList<NamedAddress> From { get; init; } = [];

    public NamedAddress? Sender { get; init; }

    /// <summary>Every Reply-To mailbox: where answers go.</summary>
    public IReadOnlyList<NamedAddress> ReplyTo { get; init; } = [];

    /// <summary>The envelope sender the last hop recorded (RFC 5321 §4.4), null for the null path.</summary>
    public NamedAddress? ReturnPath { get; init; }

    public IReadOnlyList<NamedAddress> To { get; init; } = [];

    public IReadOnlyList<NamedAddress> Cc { get; init; } = [];

    public string? Subject { get; init; }

    public DateTimeOffset? Date { get; init; }

    public string? MessageId { get; init; }

    public IReadOnlyList<string> InReplyTo { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>List-Id (RFC 2919), as written.</summary>
    public string? ListId { get; init; }

    /// <summary>List-Post (RFC 2369), as written.</summary>
    public string? ListPost { get; init; }

    /// <summary>The Received chain, topmost (newest) first.</summary>
    public IReadOnlyList<ReceivedHop> Received { get; init; } = [];

    /// <summary>Authentication-Results headers, topmost first.</summary>
    public IReadOnlyList<AuthResultsHeader> AuthenticationResults { get; init; } = [];

    /// <summary>ARC-Authentication-Results headers, topmost first.</summary>
    public IReadOnlyList<AuthResultsHeader> ArcAuthenticationResults { get; init; } = [];

    public ForefrontReport? Forefront { get; init; }

    public ExchangeOrganization Exchange { get; init; } = new(null, null, null, null);

    /// <summary>Where the message entered from outside, when it can be told.</summary>
    public OriginInfo? Origin { get; init; }

    /// <summary>
    /// Headers that should appear once (RFC 5322 §3.6) but appear more often (From, Reply-To, Sender, Subject, ...).
    /// The first (topmost) occurrence is the one parsed into the other facts; mail clients differ in which
    /// one they show, so each duplication is also a <c>header-duplicated</c> issue for the rules to report.
    /// </summary>
    public IReadOnlyList<string> DuplicatedHeaders { get; init; } = [];

    /// <summary>What could not be read, and limits that were reached.</summary>
    public IReadOnlyList<ParseIssue> Issues { get; init; } = [];

    /// <summary>Number of header fields in the block.</summary>
    public int HeaderCount { get; init; }

    /// <summary>Content-Language (RFC 3282), as written: the sender's client's language tag.</summary>
    public string? ContentLanguage { get; init; }

    /// <summary>A short plain-text preview of the body, when the caller had one (Graph's bodyPreview or the .eml's text part).</summary>
    public string? BodyPreview { get; init; }
}
