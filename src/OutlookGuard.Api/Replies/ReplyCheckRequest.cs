using OutlookGuard.Core.Reply;

namespace OutlookGuard.Api.Replies;

/// <summary>
/// The body of <c>POST /api/replies/check</c>: the original's Message-ID (Office.js <c>item.inReplyTo</c>), else its
/// conversation id, and the recipients as the compose form holds them.
/// </summary>
public sealed record ReplyCheckRequest(string? InReplyTo, string? ConversationId, IReadOnlyList<ReplyAddress>? Recipients)
{
    /// <summary>Recipients read at most (To, Cc and Bcc together).</summary>
    public const int MaxRecipients = 500;

    /// <summary>True when every field has a usable shape; nothing is looked up before this holds.</summary>
    public bool IsValid() =>
        Recipients is { Count: <= MaxRecipients } recipients
        && recipients.All(r => r is not null && IsText(r.Address, 320) && (r.Name is null || r.Name.Length <= 256))
        && (InReplyTo is null || IsText(InReplyTo, 998))
        && (ConversationId is null || IsText(ConversationId, 512));

    // Non-empty, bounded, one token: no spaces or control characters.
    private static bool IsText(string? value, int max) =>
        !string.IsNullOrEmpty(value) && value.Length <= max && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}
