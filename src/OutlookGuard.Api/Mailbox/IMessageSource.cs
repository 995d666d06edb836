using OutlookGuard.Api.Auth;
using OutlookGuard.Core.Headers;

namespace OutlookGuard.Api.Mailbox;

/// <summary>Where messages are read from: Microsoft Graph on behalf of the user, or a folder of .eml files.</summary>
public interface IMessageSource
{
    /// <summary>Whether an id has the shape this source accepts; checked before any I/O.</summary>
    bool IsValidId(string id);

    /// <summary>Reads one message's headers and parses them. Throws <see cref="MessageSourceException"/> for every expected failure.</summary>
    Task<MessageFacts> ReadAsync(Caller caller, string id, MessageParserOptions parserOptions, CancellationToken cancellationToken);
}
