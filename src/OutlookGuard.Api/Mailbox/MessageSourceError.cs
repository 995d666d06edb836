namespace OutlookGuard.Api.Mailbox;

/// <summary>Why a message could not be read; each maps to one fixed problem.</summary>
public enum MessageSourceError
{
    InvalidId,
    NotFound,
    ConsentMissing,
    SignInAgain,
    Unavailable,
    SignInServiceUnavailable,
    TimedOut,

    /// <summary>The service reads no mailbox (<c>Mailbox:Source=Client</c>): the taskpane sends the headers.</summary>
    HeadersFromPane,
}
