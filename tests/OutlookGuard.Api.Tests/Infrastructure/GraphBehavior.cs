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
}
