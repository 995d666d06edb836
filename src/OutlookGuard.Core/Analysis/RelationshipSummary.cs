using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Analysis;

/// <summary>
/// "You and this sender": the user's history with the From address as the reader sees it (the taskpane's line).
/// Counts, dates, languages and origins only; absent from a result when no history was read.
/// </summary>
/// <param name="Completeness">How much was read: <c>partial</c> when one of the two reads did not answer.</param>
/// <param name="Received">Earlier messages from the sender in the window read; null when they could not be read.</param>
/// <param name="Since">The earliest of them.</param>
/// <param name="Sent">Messages the user sent to the sender that were found; null when Sent Items could not be read.</param>
/// <param name="Languages">Their languages, most frequent first.</param>
/// <param name="Origins">Where they entered (<c>internal</c> or a country code), most frequent first.</param>
/// <param name="ReplyToAddresses">How many different Reply-To addresses they carried.</param>
public sealed record RelationshipSummary(
    HistoryCompleteness Completeness,
    int? Received,
    DateTimeOffset? Since,
    int? Sent,
    IReadOnlyList<HistoryCount> Languages,
    IReadOnlyList<HistoryCount> Origins,
    int ReplyToAddresses)
{
    /// <summary>The summary of a history; null when none was read.</summary>
    public static RelationshipSummary? Of(CorrespondenceHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Completeness == HistoryCompleteness.None
            ? null
            : new RelationshipSummary(
                history.Completeness,
                history.ReceivedKnown ? history.ReceivedCount : null,
                history.FirstReceived,
                history.SentKnown ? history.SentCount : null,
                history.Languages,
                history.Origins,
                history.ReplyTos.Count);
    }
}
