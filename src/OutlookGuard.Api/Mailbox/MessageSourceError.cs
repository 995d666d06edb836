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
}
