namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>The message being composed, as the compose stand-in presents it to the event script.</summary>
/// <param name="ComposeType">What getComposeTypeAsync answers: reply, forward or newMail.</param>
/// <param name="InReplyTo">item.inReplyTo (given only where Mailbox 1.14 is supported), the original's Message-ID.</param>
/// <param name="ConversationId">item.conversationId.</param>
/// <param name="To">The To recipients.</param>
/// <param name="Subject">The subject line shown.</param>
/// <param name="Body">The body text shown.</param>
public sealed record ComposeItem(
    string ComposeType,
    string? InReplyTo,
    string? ConversationId,
    IReadOnlyList<ComposeRecipient> To,
    string Subject = "",
    string Body = "")
{
    public IReadOnlyList<ComposeRecipient> Cc { get; init; } = [];

    public IReadOnlyList<ComposeRecipient> Bcc { get; init; } = [];
}
