using System.ComponentModel;
using System.Text.Json.Serialization;
using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// The API's answer: Core's verdict, banner and findings (with their evidence) and the sending path, without the
/// rest of the parsed message facts (the taskpane has the message; the API keeps and caches only the analysis).
/// </summary>
/// <param name="Verdict">safe, caution or danger.</param>
/// <param name="Banner">One sentence for Outlook's notification banner; null when safe.</param>
/// <param name="Findings">Most important first.</param>
/// <param name="PolicyVersion">The version of the tenant policy the analysis used.</param>
/// <param name="Path">The origin and Received hops, for the taskpane's sending-path section.</param>
/// <remarks>
/// Never changed once made, and marked so: the verdict cache (HybridCache) then hands out the instance it holds instead
/// of deserializing a copy on every hit.
/// </remarks>
[ImmutableObject(true)]
public sealed record MessageAnalysis(Verdict Verdict, string? Banner, IReadOnlyList<Finding> Findings, string PolicyVersion, SendingPath Path)
{
    /// <summary>"You and this sender": the user's history with the sender, when <c>Mailbox:History</c> read one; omitted otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RelationshipSummary? Relationship { get; init; }

    public static MessageAnalysis From(AnalysisResult result, string policyVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Verdict, result.Banner, result.Findings, policyVersion, new SendingPath(result.Message.Origin, result.Message.Received))
        {
            Relationship = result.Relationship,
        };
    }
}
