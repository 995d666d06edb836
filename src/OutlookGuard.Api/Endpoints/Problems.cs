namespace OutlookGuard.Api.Endpoints;

/// <summary>Every error the API answers with, in one table (docs/api.md lists the same words).</summary>
public static class Problems
{
    /// <summary>The <c>POST /api/analysis</c> body limit: 256 KiB.</summary>
    public const int MaxRequestBodyBytes = 256 * 1024;

    public static readonly ProblemText InvalidMessageId = new(
        400, "invalid-message-id", "Message id not valid",
        "The message id is not in the form Office.js convertToRestId returns. Send the REST id of the open message.",
        "メッセージ ID が正しくありません",
        "メッセージ ID が Office.js の convertToRestId が返す形式ではありません。開いているメッセージの REST ID を送信してください。");

    public static readonly ProblemText InvalidLanguage = new(
        400, "invalid-language", "Language not supported",
        "The lang parameter must be 'en' or 'ja'.",
        "対応していない言語です",
        "lang パラメーターには 'en' または 'ja' を指定してください。");

    public static readonly ProblemText InvalidBody = new(
        400, "invalid-body", "Request body not valid",
        "Send a JSON object with 'internetHeaders' (the raw header block) and optionally 'bodyPreview'.",
        "要求本文が正しくありません",
        "'internetHeaders'（ヘッダー ブロックそのもの）と、必要に応じて 'bodyPreview' を持つ JSON オブジェクトを送信してください。");

    public static readonly ProblemText InvalidReplyCheck = new(
        400, "invalid-reply-check", "Reply check not valid",
        "Send a JSON object with 'recipients' (at most 500 objects with 'address' and optionally 'name') and optionally 'inReplyTo' (the original's Message-ID) and 'conversationId'.",
        "返信の確認要求が正しくありません",
        "'recipients'（'address' と必要に応じて 'name' を持つオブジェクト、500 件まで）と、必要に応じて 'inReplyTo'（元のメッセージの Message-ID）と 'conversationId' を持つ JSON オブジェクトを送信してください。");

    public static readonly ProblemText NoHeaders = new(
        400, "no-headers", "No headers found",
        "The internetHeaders value holds no header fields. Send the text Office.js getAllInternetHeadersAsync returns.",
        "ヘッダーが見つかりません",
        "internetHeaders の値にヘッダー フィールドがありません。Office.js の getAllInternetHeadersAsync が返すテキストを送信してください。");

    public static readonly ProblemText SignInRequired = new(
        401, "sign-in-required", "Sign-in required",
        "The access token is missing, expired or not issued for OutlookGuard. Sign in again and retry.",
        "サインインが必要です",
        "アクセス トークンがないか、期限切れか、OutlookGuard 用に発行されたものではありません。もう一度サインインしてやり直してください。");

    public static readonly ProblemText SignInAgain = new(
        401, "sign-in-again", "Sign-in required again",
        "Microsoft Entra ID needs you to sign in again before OutlookGuard can read this message. Sign in again and retry.",
        "もう一度サインインが必要です",
        "OutlookGuard がこのメッセージを読むには、Microsoft Entra ID へのサインインがもう一度必要です。もう一度サインインしてやり直してください。");

    public static readonly ProblemText ScopeMissing = new(
        403, "scope-missing", "Permission missing",
        "The access token lacks OutlookGuard's access_as_user scope. Request a token for that scope.",
        "アクセス許可がありません",
        "アクセス トークンに OutlookGuard の access_as_user スコープがありません。このスコープのトークンを要求してください。");

    public static readonly ProblemText AdminRoleRequired = new(
        403, "admin-role-required", "Administrator role required",
        "This action needs the Guard.Admin app role. Ask an administrator to assign it to you in Microsoft Entra ID.",
        "管理者ロールが必要です",
        "この操作には Guard.Admin アプリ ロールが必要です。Microsoft Entra ID で割り当てるよう管理者に依頼してください。");

    public static readonly ProblemText MailConsentMissing = new(
        403, "mail-consent-missing", "Mail access not granted",
        "OutlookGuard may not read this mailbox. An administrator must grant admin consent for the Microsoft Graph delegated permission Mail.Read to the OutlookGuard application in Microsoft Entra ID.",
        "メールへのアクセスが許可されていません",
        "OutlookGuard はこのメールボックスを読むことができません。管理者が Microsoft Entra ID で OutlookGuard アプリケーションに Microsoft Graph の委任されたアクセス許可 Mail.Read の管理者の同意を付与する必要があります。");

    public static readonly ProblemText HeadersFromPane = new(
        409, "headers-from-pane", "This service reads no mailbox",
        "OutlookGuard is set up so that the taskpane sends the message's headers (Mailbox:Source is Client). Send them with POST /api/analysis.",
        "このサービスはメールボックスを読みません",
        "OutlookGuard は作業ウィンドウがメッセージのヘッダーを送る設定です (Mailbox:Source が Client)。POST /api/analysis で送信してください。");

    public static readonly ProblemText MessageNotFound = new(
        404, "message-not-found", "Message not found",
        "The message is not in this mailbox: it may have been moved or deleted. Reopen the message and retry.",
        "メッセージが見つかりません",
        "メッセージはこのメールボックスにありません。移動または削除された可能性があります。メッセージを開き直してやり直してください。");

    public static readonly ProblemText NotFound = new(
        404, "not-found", "Not found",
        "There is nothing at this address.",
        "見つかりません",
        "このアドレスには何もありません。");

    public static readonly ProblemText MethodNotAllowed = new(
        405, "method-not-allowed", "Method not allowed",
        "This address does not accept this HTTP method. See the API documentation.",
        "このメソッドは使用できません",
        "このアドレスはこの HTTP メソッドを受け付けません。API のドキュメントを参照してください。");

    public static readonly ProblemText RequestTimeout = new(
        408, "request-timeout", "Request timed out",
        "The request body arrived too slowly or stopped arriving. Send the whole body at once and retry.",
        "要求がタイムアウトしました",
        "要求本文の到着が遅すぎるか、途中で止まりました。本文全体を一度に送信してやり直してください。");

    public static readonly ProblemText RequestTooLarge = new(
        413, "request-too-large", "Request too large",
        "The request body is larger than this endpoint accepts (POST /api/analysis: 262144 bytes, the header block without the message body; POST /api/replies/check: 524288 bytes; POST /api/feedback: 4096 bytes).",
        "要求が大きすぎます",
        "要求本文がこのエンドポイントの上限を超えています (POST /api/analysis: 262144 バイト、メッセージ本文を含まないヘッダー ブロック。POST /api/replies/check: 524288 バイト。POST /api/feedback: 4096 バイト)。");

    public static readonly ProblemText InvalidFeedback = new(
        400, "invalid-feedback", "Feedback not valid",
        "Send a JSON object with 'ruleIds' (one or more rule ids from 'outlookguard rules', each once) and 'verdict' ('caution' or 'danger').",
        "フィードバックが正しくありません",
        "'ruleIds'（'outlookguard rules' のルール ID を 1 つ以上、重複なし）と 'verdict'（'caution' または 'danger'）を持つ JSON オブジェクトを送信してください。");

    public static readonly ProblemText UnsupportedMediaType = new(
        415, "unsupported-media-type", "Content type not supported",
        "Send the request body as application/json.",
        "対応していないコンテンツの種類です",
        "要求本文は application/json として送信してください。");

    public static readonly ProblemText TooManyRequests = new(
        429, "too-many-requests", "Too many requests",
        "Too many analyses were asked for in a short time. Wait for the number of seconds in Retry-After and retry.",
        "要求が多すぎます",
        "短い時間に多くの分析が要求されました。Retry-After の秒数だけ待ってからやり直してください。");

    public static readonly ProblemText BadRequest = new(
        400, "bad-request", "Request not valid",
        "The server could not read this HTTP request. Check the address, the headers and the body.",
        "要求が正しくありません",
        "サーバーはこの HTTP 要求を読み取れませんでした。アドレス、ヘッダー、本文を確認してください。");

    public static readonly ProblemText UnexpectedError = new(
        500, "unexpected-error", "Unexpected error",
        "The analysis failed unexpectedly. Retry; if it keeps failing, tell your administrator.",
        "予期しないエラー",
        "分析が予期せず失敗しました。やり直してください。失敗が続く場合は管理者に連絡してください。");

    public static readonly ProblemText MailServiceUnavailable = new(
        503, "mail-service-unavailable", "Mail service unavailable",
        "Microsoft Graph is unavailable or throttling requests. Retry in a minute.",
        "メール サービスを利用できません",
        "Microsoft Graph を利用できないか、要求が制限されています。1 分後にやり直してください。");

    public static readonly ProblemText SignInServiceUnavailable = new(
        503, "sign-in-service-unavailable", "Sign-in service unavailable",
        "Microsoft Entra ID could not issue a token for Microsoft Graph. Retry in a minute.",
        "サインイン サービスを利用できません",
        "Microsoft Entra ID が Microsoft Graph 用のトークンを発行できませんでした。1 分後にやり直してください。");

    public static readonly ProblemText MailServiceTimeout = new(
        504, "mail-service-timeout", "Mail service timed out",
        "Microsoft Graph did not answer in time. Retry in a minute.",
        "メール サービスがタイムアウトしました",
        "Microsoft Graph が時間内に応答しませんでした。1 分後にやり直してください。");

    /// <summary>Every problem, for the documentation test.</summary>
    public static IReadOnlyList<ProblemText> All { get; } =
    [
        InvalidMessageId, InvalidLanguage, InvalidBody, InvalidReplyCheck, InvalidFeedback, NoHeaders, SignInRequired, SignInAgain, ScopeMissing,
        AdminRoleRequired, MailConsentMissing, HeadersFromPane, MessageNotFound, NotFound, MethodNotAllowed, RequestTimeout, RequestTooLarge,
        UnsupportedMediaType, TooManyRequests, BadRequest, UnexpectedError, MailServiceUnavailable, SignInServiceUnavailable,
        MailServiceTimeout,
    ];

    private static readonly Dictionary<string, ProblemText> ByCodeTable = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>The problem with <paramref name="code"/>, or null.</summary>
    public static ProblemText? ByCode(string? code) => code is not null && ByCodeTable.TryGetValue(code, out var problem) ? problem : null;

    /// <summary>
    /// The problem for a status the server itself produced without a body (status-code pages): the one problem of
    /// that status where there is one, else <c>bad-request</c> for another 4xx and <c>unexpected-error</c> for another
    /// 5xx, with the status kept.
    /// </summary>
    public static ProblemText ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status408RequestTimeout => RequestTimeout,
        StatusCodes.Status413PayloadTooLarge => RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status401Unauthorized => SignInRequired,
        StatusCodes.Status403Forbidden => ScopeMissing,
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status500InternalServerError => UnexpectedError,
        >= 500 => UnexpectedError with { Status = status },
        _ => BadRequest with { Status = status },
    };
}
