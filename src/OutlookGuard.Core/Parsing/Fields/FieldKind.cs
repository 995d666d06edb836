namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>The header fields the facts are read from; every other field is only counted.</summary>
internal enum FieldKind
{
    Other,
    From,
    Sender,
    ReplyTo,
    To,
    Cc,
    Subject,
    Date,
    MessageId,
    InReplyTo,
    References,
    ReturnPath,
    ListId,
    ListPost,
    ForefrontReport,
    AuthAs,
    Scl,
    MessageDirectionality,
    MicrosoftAntispam,
    ContentType,
    ContentTransferEncoding,
    Received,
    AuthenticationResults,
    ArcAuthenticationResults,
    ContentLanguage,
}
