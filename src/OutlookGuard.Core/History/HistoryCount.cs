namespace OutlookGuard.Core.History;

/// <summary>How many earlier messages had one value (a language, an origin).</summary>
/// <param name="Value">The value: a language subtag (<c>ja</c>, <c>en</c>) or an origin (<c>internal</c> or a country code).</param>
/// <param name="Count">The number of earlier messages with it.</param>
public sealed record HistoryCount(string Value, int Count);
