using OutlookGuard.Api.Auth;
using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Api.History;

/// <summary>Where the user's history with a message's sender is read: the user's mailbox through Graph, or a folder.</summary>
public interface ICorrespondenceHistorySource
{
    /// <summary>
    /// The caller's history with the From of <paramref name="message"/> (the message itself left out). Never throws
    /// for an expected failure: what could not be read in time is left unread, and the history says so
    /// (<see cref="HistoryCompleteness.Partial"/> or <see cref="HistoryCompleteness.None"/>). <c>engine</c> is the
    /// tenant's engine, to read the earlier messages' facts under the same policy.
    /// </summary>
    Task<CorrespondenceHistory> ReadAsync(Caller caller, GuardEngine engine, MessageFacts message, CancellationToken cancellationToken);
}
