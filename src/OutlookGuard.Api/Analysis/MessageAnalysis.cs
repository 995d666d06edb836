using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// The API's answer: Core's verdict, banner and findings (with their evidence), without the parsed message facts
/// (the taskpane has the message; the API keeps and caches only the analysis).
/// </summary>
/// <param name="Verdict">safe, caution or danger.</param>
/// <param name="Banner">One sentence for Outlook's notification banner; null when safe.</param>
/// <param name="Findings">Most important first.</param>
/// <param name="PolicyVersion">The version of the tenant policy the analysis used.</param>
public sealed record MessageAnalysis(Verdict Verdict, string? Banner, IReadOnlyList<Finding> Findings, string PolicyVersion)
{
    public static MessageAnalysis From(AnalysisResult result, string policyVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Verdict, result.Banner, result.Findings, policyVersion);
    }
}
