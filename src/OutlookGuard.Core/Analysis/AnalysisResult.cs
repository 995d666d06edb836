using System.Text.Json.Serialization;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Analysis;

/// <summary>
/// The analysis of one message: the contract shared by the CLI's JSON Lines output (with <see cref="Source"/>)
/// and the API's response (without it).
/// </summary>
public sealed record AnalysisResult
{
    /// <summary>Where the message was read from (the CLI's path); null in API responses.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>One sentence of at most 150 characters for Outlook's banner; null when the verdict is safe.</summary>
    public required string? Banner { get; init; }

    /// <summary>The findings, most important first.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The parsed facts the findings rest on.</summary>
    public required MessageFacts Message { get; init; }

    /// <summary>The user's history with the sender, when one was read (see <see cref="GuardEngine.Analyze(MessageInput, Localization.Language, History.CorrespondenceHistory?)"/>); omitted otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RelationshipSummary? Relationship { get; init; }
}
