using OutlookGuard.Api.Auth;

namespace OutlookGuard.Api.Replies;

/// <summary><c>Mailbox:Source=Client</c>: no mailbox is read, so the reply check judges the recipients without the original.</summary>
internal sealed class NoOriginalFinder : IOriginalMessageFinder
{
    public Task<OriginalLookup> FindAsync(Caller caller, string? internetMessageId, string? conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(OriginalLookup.NotFound);
}
