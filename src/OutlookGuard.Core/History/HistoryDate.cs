using System.Globalization;

namespace OutlookGuard.Core.History;

/// <summary>The one way a history date is written in evidence and wording: the day, ISO 8601.</summary>
internal static class HistoryDate
{
    public static string Day(DateTimeOffset? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";
}
