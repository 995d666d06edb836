using OutlookGuard.Api.Auth;
using OutlookGuard.Core;

namespace OutlookGuard.Api.Mailbox;

/// <summary>Where messages are read from: Microsoft Graph on behalf of the user, or a folder of .eml files.</summary>
public interface IMessageSource
{
    /// <summary>Whether an id has the shape this source accepts; checked before any I/O.</summary>
    bool IsValidId(string id);

    /// <summary>Reads one message's headers (the engine parses them). Throws <see cref="MessageSourceException"/> for every expected failure.</summary>
    Task<MessageInput> ReadAsync(Caller caller, string id, CancellationToken cancellationToken);
}
