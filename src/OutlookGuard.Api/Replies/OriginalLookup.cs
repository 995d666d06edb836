using OutlookGuard.Core;

namespace OutlookGuard.Api.Replies;

/// <summary>What looking up the message being answered gave: the message, nothing (not found), or a failure.</summary>
/// <param name="Message">The original's headers, when found.</param>
/// <param name="Failed">True when the mailbox could not be asked (sign-in, consent, Graph down or slow).</param>
public sealed record OriginalLookup(MessageInput? Message, bool Failed)
{
    public static OriginalLookup NotFound { get; } = new(null, false);

    public static OriginalLookup Failure { get; } = new(null, true);

    public static OriginalLookup Found(MessageInput message) => new(message, false);
}
