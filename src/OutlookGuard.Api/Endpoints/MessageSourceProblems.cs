using OutlookGuard.Api.Mailbox;

namespace OutlookGuard.Api.Endpoints;

/// <summary>Maps a <see cref="MessageSourceError"/> to its fixed problem.</summary>
public static class MessageSourceProblems
{
    public static ProblemText For(MessageSourceError error) => error switch
    {
        MessageSourceError.InvalidId => Problems.InvalidMessageId,
        MessageSourceError.NotFound => Problems.MessageNotFound,
        MessageSourceError.ConsentMissing => Problems.MailConsentMissing,
        MessageSourceError.SignInAgain => Problems.SignInAgain,
        MessageSourceError.SignInServiceUnavailable => Problems.SignInServiceUnavailable,
        MessageSourceError.TimedOut => Problems.MailServiceTimeout,
        MessageSourceError.HeadersFromPane => Problems.HeadersFromPane,
        _ => Problems.MailServiceUnavailable,
    };
}
