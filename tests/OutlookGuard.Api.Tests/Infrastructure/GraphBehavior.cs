namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>How the fake Graph answers for one message id.</summary>
internal enum GraphBehavior
{
    Normal,
    NoHeaders,
    NotFound,
    Forbidden,
    TokenRejected,
    ThrottledOnce,
    Unavailable,
    Slow,

    /// <summary>Always 429 with <c>Retry-After: 1</c> (a throttling storm).</summary>
    Throttled,

    /// <summary>503 for the first two requests, then the message (a short 5xx burst).</summary>
    FailingTwice,

    /// <summary>The connection is dropped without an answer.</summary>
    ConnectionReset,
}
