namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>
/// One message the fake Graph holds: the raw .eml it is built from, who owns it, how Graph answers, and where it lies
/// (its folder id, Graph's <c>parentFolderId</c>; <see cref="FakeGraph.SentItemsFolderId"/> for Sent Items), whether it is a draft,
/// when it was received (default: its Date header) and its conversation.
/// </summary>
internal sealed record FakeGraphMessage(
    byte[] Eml,
    GraphBehavior Behavior,
    string? OwnerObjectId = null,
    string ParentFolderId = FakeGraph.InboxFolderId,
    bool IsDraft = false,
    DateTimeOffset? ReceivedDateTime = null,
    string ConversationId = FakeGraph.ConversationId);
