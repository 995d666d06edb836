namespace OutlookGuard.Api.Endpoints;

/// <summary>Every error the API answers with, in one table (docs/api.md lists the same words).</summary>
public static class Problems
{
    /// <summary>The <c>POST /api/analysis</c> body limit: 256 KiB.</summary>
    public const int MaxRequestBodyBytes = 256 * 1024;

    public static readonly ProblemText InvalidMessageId = new(
        400, "invalid-message-id", "Message id not valid",
        "The message id is not in the form Office.js convertToRestId returns. Send the REST id of the open message.");

    public static readonly ProblemText InvalidLanguage = new(
        400, "invalid-language", "Language not supported",
        "The lang parameter must be 'en' or 'ja'.");

    public static readonly ProblemText InvalidBody = new(
        400, "invalid-body", "Request body not valid",
        "Send a JSON object with 'internetHeaders' (the raw header block) and optionally 'bodyPreview'.");

    public static readonly ProblemText InvalidReplyCheck = new(
        400, "invalid-reply-check", "Reply check not valid",
        "Send a JSON object with 'recipients' (at most 500 objects with 'address' and optionally 'name') and optionally 'inReplyTo' (the original's Message-ID) and 'conversationId'.");

    public static readonly ProblemText NoHeaders = new(
        400, "no-headers", "No headers found",
        "The internetHeaders value holds no header fields. Send the text Office.js getAllInternetHeadersAsync returns.");

    public static readonly ProblemText SignInRequired = new(
        401, "sign-in-required", "Sign-in required",
        "The access token is missing, expired or not issued for OutlookGuard. Sign in again and retry.");

    public static readonly ProblemText SignInAgain = new(
        401, "sign-in-again", "Sign-in required again",
        "Microsoft Entra ID needs you to sign in again before OutlookGuard can read this message. Sign in again and retry.");

    public static readonly ProblemText ScopeMissing = new(
        403, "scope-missing", "Permission missing",
        "The access token lacks OutlookGuard's access_as_user scope. Request a token for that scope.");

    public static readonly ProblemText AdminRoleRequired = new(
        403, "admin-role-required", "Administrator role required",
        "This action needs the Guard.Admin app role. Ask an administrator to assign it to you in Microsoft Entra ID.");

    public static readonly ProblemText MailConsentMissing = new(
        403, "mail-consent-missing", "Mail access not granted",
        "OutlookGuard may not read this mailbox. An administrator must grant admin consent for the Microsoft Graph delegated permission Mail.Read to the OutlookGuard application in Microsoft Entra ID.");

    public static readonly ProblemText MessageNotFound = new(
        404, "message-not-found", "Message not found",
        "The message is not in this mailbox: it may have been moved or deleted. Reopen the message and retry.");

    public static readonly ProblemText NotFound = new(
        404, "not-found", "Not found",
        "There is nothing at this address.");

    public static readonly ProblemText MethodNotAllowed = new(
        405, "method-not-allowed", "Method not allowed",
        "This address does not accept this HTTP method. See the API documentation.");

    public static readonly ProblemText RequestTooLarge = new(
        413, "request-too-large", "Request too large",
        "The request body exceeds 262144 bytes. Send the header block only, without the message body.");

    public static readonly ProblemText UnsupportedMediaType = new(
        415, "unsupported-media-type", "Content type not supported",
        "Send the request body as application/json.");

    public static readonly ProblemText UnexpectedError = new(
        500, "unexpected-error", "Unexpected error",
        "The analysis failed unexpectedly. Retry; if it keeps failing, tell your administrator.");

    public static readonly ProblemText MailServiceUnavailable = new(
        503, "mail-service-unavailable", "Mail service unavailable",
        "Microsoft Graph is unavailable or throttling requests. Retry in a minute.");

    public static readonly ProblemText SignInServiceUnavailable = new(
        503, "sign-in-service-unavailable", "Sign-in service unavailable",
        "Microsoft Entra ID could not issue a token for Microsoft Graph. Retry in a minute.");

    public static readonly ProblemText MailServiceTimeout = new(
        504, "mail-service-timeout", "Mail service timed out",
        "Microsoft Graph did not answer in time. Retry in a minute.");

    /// <summary>Every problem, for the documentation test.</summary>
    public static IReadOnlyList<ProblemText> All { get; } =
    [
        InvalidMessageId, InvalidLanguage, InvalidBody, InvalidReplyCheck, NoHeaders, SignInRequired, SignInAgain, ScopeMissing,
        AdminRoleRequired, MailConsentMissing, MessageNotFound, NotFound, MethodNotAllowed, RequestTooLarge, UnsupportedMediaType,
        UnexpectedError, MailServiceUnavailable, SignInServiceUnavailable, MailServiceTimeout,
    ];
}
