using System.Text.Json.Serialization;

namespace OutlookGuard.Core.Analysis;

/// <summary>What one rule found, in the reader's language, with the evidence behind it.</summary>
/// <param name="RuleId">The rule's stable kebab-case id.</param>
/// <param name="Severity">The severity after context and policy.</param>
/// <param name="Title">A few words.</param>
/// <param name="Detail">One or two sentences: what is wrong and why it matters.</param>
/// <param name="Evidence">The headers and values read.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Title,
    string Detail,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>One sentence for the warning banner (at most 150 characters), or null when the finding never leads the banner.</summary>
    [JsonIgnore]
    public string? Banner { get; init; }
}
