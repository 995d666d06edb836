using OutlookGuard.Api.Auth;

namespace OutlookGuard.Api.Replies;

/// <summary>Finds the message a reply answers, in the caller's mailbox: by its Message-ID, else by conversation.</summary>
public interface IOriginalMessageFinder
{
    /// <summary>
    /// The original, by <paramref name="internetMessageId"/> (<c>item.inReplyTo</c>) or, when that is null, the newest received
    /// message of <paramref name="conversationId"/>. Drafts and the caller's own sent messages are skipped. Never throws for
    /// an expected failure: <see cref="OriginalLookup.Failure"/>.
    /// </summary>
    Task<OriginalLookup> FindAsync(Caller caller, string? internetMessageId, string? conversationId, CancellationToken cancellationToken);
}
