namespace OutlookGuard.Api.Endpoints;

/// <summary>The body of <c>POST /api/feedback</c>: which rules the reader thinks cried wolf, and the verdict they saw. No content, no addresses.</summary>
/// <param name="RuleIds">The rule ids of the findings shown (ids from the rule catalogue).</param>
/// <param name="Verdict">The verdict the pane showed: <c>caution</c> or <c>danger</c>.</param>
public sealed record FeedbackRequest(IReadOnlyList<string>? RuleIds, string? Verdict);
