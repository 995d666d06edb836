namespace OutlookGuard.Core.History;

/// <summary>One Reply-To address the sender used on earlier messages.</summary>
/// <param name="Address">The address, lower case.</param>
/// <param name="Count">On how many earlier messages.</param>
/// <param name="First">The earliest of them, when dated.</param>
/// <param name="Last">The latest of them, when dated.</param>
public sealed record ReplyToUse(string Address, int Count, DateTimeOffset? First, DateTimeOffset? Last)
{
    /// <summary>Days between the first and the last use; 0 when undated.</summary>
    public double SpanDays => First is { } first && Last is { } last ? (last - first).TotalDays : 0;
}
