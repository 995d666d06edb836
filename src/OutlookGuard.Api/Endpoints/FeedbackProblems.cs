namespace OutlookGuard.Api.Endpoints;

/// <summary>The problems only <c>POST /api/feedback</c> answers with (the rest are in <see cref="Problems"/>).</summary>
public static class FeedbackProblems
{
    /// <summary>The body limit: a list of rule ids and a verdict fit in far less.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    public static readonly ProblemText InvalidFeedback = new(
        400, "invalid-feedback", "Feedback not valid",
        "Send a JSON object with 'ruleIds' (one or more rule ids from 'outlookguard rules', each once) and 'verdict' ('caution' or 'danger').",
        "フィードバックが正しくありません",
        "'ruleIds'（'outlookguard rules' のルール ID を 1 つ以上、重複なし）と 'verdict'（'caution' または 'danger'）を持つ JSON オブジェクトを送信してください。");

    public static readonly ProblemText FeedbackTooLarge = new(
        413, "request-too-large", "Request too large",
        "The feedback body exceeds 4096 bytes. Send only rule ids and the verdict.",
        "要求が大きすぎます",
        "フィードバックの本文が 4096 バイトを超えています。ルール ID と判定だけを送信してください。");
}
