using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.History;

/// <summary>
/// The histories a whole mailbox gives, already parsed by the caller (a folder of exported mail in the command line,
/// the Development folder source in the API): the received messages, the Sent Items and the user's own address.
/// <see cref="For"/> derives the history with one message's sender, as the Graph source does from its two queries.
/// </summary>
public sealed class MailboxHistory
{
    private readonly ILookup<string, MessageFacts> _bySender;
    private readonly List<MessageFacts>? _sent;

    private MailboxHistory(ILookup<string, MessageFacts> bySender, List<MessageFacts>? sent, string? me)
    {
        _bySender = bySender;
        _sent = sent;
        Me = me;
    }

    /// <summary>The user's address: the one given, else the most frequent From of the Sent Items; null when neither.</summary>
    public string? Me { get; }

    /// <summary>
    /// Indexes a mailbox: <paramref name="received"/> its received messages, <paramref name="sent"/> its Sent Items
    /// (null when the export has none: then whether the user wrote to a sender is unknown, and histories are partial).
    /// </summary>
    public static MailboxHistory Build(IEnumerable<MessageFacts> received, IEnumerable<MessageFacts>? sent, string? me = null)
    {
        ArgumentNullException.ThrowIfNull(received);
        var sentList = sent?.ToList() ?? [];
        me = string.IsNullOrWhiteSpace(me)
            ? sentList.Select(AddressOf).OfType<string>().GroupBy(a => a, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault()
            : me.Trim().ToLowerInvariant();
        var mine = sent is null ? null : sentList.Where(m => me is null || string.Equals(AddressOf(m), me, StringComparison.Ordinal)).ToList();
        var bySender = received.Where(m => AddressOf(m) is not null).ToLookup(m => AddressOf(m)!, StringComparer.Ordinal);
        return new MailboxHistory(bySender, mine, me);
    }

    /// <summary>
    /// The user's history with the From of <paramref name="message"/>: the received messages from that address dated
    /// before it (the message itself left out by Message-ID), and how many Sent Items went to it.
    /// <see cref="CorrespondenceHistory.Unknown"/> when the message has no From.
    /// </summary>
    public CorrespondenceHistory For(MessageFacts message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (AddressOf(message) is not { } sender)
        {
            return CorrespondenceHistory.Unknown;
        }

        var earlier = _bySender[sender]
            .Where(m => !SameMessage(m, message) && !(m.Date is { } d && message.Date is { } now && d >= now))
            .Select(m => HistoryMessage.From(m))
            .ToList();
        int? sent = _sent?.Count(m => m.To.Concat(m.Cc).Any(r => string.Equals(r.Address, sender, StringComparison.OrdinalIgnoreCase)));
        return CorrespondenceHistory.Build(sender, earlier, sent);
    }

    private static bool SameMessage(MessageFacts a, MessageFacts b) =>
        a.MessageId is { Length: > 0 } id && string.Equals(id, b.MessageId, StringComparison.Ordinal);

    private static string? AddressOf(MessageFacts message) =>
        message.From.Count > 0 && !string.IsNullOrWhiteSpace(message.From[0].Address) ? message.From[0].Address.ToLowerInvariant() : null;
}
