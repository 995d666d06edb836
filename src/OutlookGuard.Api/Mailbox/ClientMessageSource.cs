using OutlookGuard.Api.Auth;
using OutlookGuard.Core;

namespace OutlookGuard.Api.Mailbox;

/// <summary>
/// <c>Mailbox:Source=Client</c>: the service reads no mailbox, so a message is never read by id; the taskpane posts its
/// headers instead (it learns so from <c>/taskpane-config.json</c>).
/// </summary>
internal sealed class ClientMessageSource : IMessageSource
{
    public bool IsValidId(string id) => !string.IsNullOrEmpty(id);

    public Task<MessageInput> ReadAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        throw new MessageSourceException(MessageSourceError.HeadersFromPane);
}
