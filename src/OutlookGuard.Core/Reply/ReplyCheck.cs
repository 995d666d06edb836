namespace OutlookGuard.Core.Reply;

/// <summary>
/// The reply guard's answer for one message about to be sent: <see cref="ReplyAction.Warn"/> with the sentence for Outlook's
/// Send dialog (at most <see cref="ReplyChecker.MaxMessageLength"/> characters) and the compose form's bar (<see cref="Banner"/>), or
/// <see cref="ReplyAction.Allow"/>. It names only addresses the caller sent and the original's From and Reply-To.
/// </summary>
/// <param name="Action">Warn or allow.</param>
/// <param name="Message">The Send dialog's text in the reader's language; null when allowed.</param>
/// <param name="Banner">The compose form's informational bar (at most 150 characters); null when allowed.</param>
/// <param name="Flagged">Every flagged recipient, in the order given, each with its reason.</param>
/// <param name="Original">The original's From and Reply-To when it was found; null for a new message or one not found.</param>
public sealed record ReplyCheck(
    ReplyAction Action,
    string? Message,
    string? Banner,
    IReadOnlyList<FlaggedRecipient> Flagged,
    ReplyOriginal? Original);
