namespace OutlookGuard.Core.History;

/// <summary>How many earlier messages had one value (a language, an origin).</summary>
/// <param name="Value">The value: a language subtag (<c>ja</c>, <c>en</c>) or an origin (<c>internal</c> or a country code).</param>
/// <param name="Count">The number of earlier messages with it.</param>
public sealed record HistoryCount(string Value, int Count)
{
    /// <summary>A tally as evidence and in reports: <c>ja 11/12, en 1/12</c>.</summary>
    public static string Describe(IReadOnlyList<HistoryCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum(c => c.Count);
        return string.Join(", ", counts.Select(c => $"{c.Value} {c.Count}/{total}"));
    }
}
