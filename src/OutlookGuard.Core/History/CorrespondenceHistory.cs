namespace OutlookGuard.Core.History;

/// <summary>
/// The user's own history with one sender address, as derived features only (counts, dates, Reply-To addresses,
/// languages, origins): the relationship rules' evidence. Built by the caller from the user's mailbox (Graph, or a
/// folder of exported mail) with <see cref="Build"/>; Core reads no mailbox. <see cref="Unknown"/> when none was read.
/// </summary>
public sealed record CorrespondenceHistory
{
    /// <summary>Earlier messages from a sender the user knows, when the user never wrote to them.</summary>
    public const int KnownSenderMessages = 3;

    /// <summary>Earlier messages (with the feature known) before a language or an origin counts as settled.</summary>
    public const int SettledMessages = 5;

    /// <summary>The share of earlier messages in one language for it to be the relationship's language.</summary>
    public const double SettledLanguageShare = 0.8;

    /// <summary>No history was read: every relationship rule stays silent.</summary>
    public static CorrespondenceHistory Unknown { get; } = new() { Sender = string.Empty };

    /// <summary>The sender address the history is about, lower case.</summary>
    public required string Sender { get; init; }

    /// <summary>How much was read; rules treat what was not read as unknown, never as new.</summary>
    public HistoryCompleteness Completeness { get; init; }

    /// <summary>Whether the messages from the sender were read (so counts, Reply-To addresses, languages and origins are known).</summary>
    public bool ReceivedKnown { get; init; }

    /// <summary>Whether Sent Items was read (so <see cref="SentCount"/> is known).</summary>
    public bool SentKnown { get; init; }

    /// <summary>Earlier messages from the sender in the window read (the message analyzed excluded).</summary>
    public int ReceivedCount { get; init; }

    public DateTimeOffset? FirstReceived { get; init; }

    public DateTimeOffset? LastReceived { get; init; }

    /// <summary>Messages the user sent to the sender that were found (a probe: 0 or more, bounded by the caller).</summary>
    public int SentCount { get; init; }

    /// <summary>Every Reply-To address seen on the earlier messages, most used first.</summary>
    public IReadOnlyList<ReplyToUse> ReplyTos { get; init; } = [];

    /// <summary>Languages of the earlier messages whose language could be told, most frequent first.</summary>
    public IReadOnlyList<HistoryCount> Languages { get; init; } = [];

    /// <summary>Origins of the earlier messages whose origin could be told, most frequent first.</summary>
    public IReadOnlyList<HistoryCount> Origins { get; init; } = [];

    /// <summary>The user knows the sender: at least <see cref="KnownSenderMessages"/> earlier messages, or the user wrote to them.</summary>
    public bool IsKnownSender => (ReceivedKnown && ReceivedCount >= KnownSenderMessages) || (SentKnown && SentCount > 0);

    /// <summary>Nothing received from and nothing sent to the sender, both read in full.</summary>
    public bool IsFirstContact => Completeness == HistoryCompleteness.Full && ReceivedCount == 0 && SentCount == 0;

    /// <summary>
    /// The relationship's language: at least <see cref="SettledLanguageShare"/> of at least
    /// <see cref="SettledMessages"/> earlier messages whose language is known; null when not settled.
    /// </summary>
    public HistoryCount? UsualLanguage
    {
        get
        {
            var known = Languages.Sum(l => l.Count);
            return ReceivedKnown && known >= SettledMessages && Languages.Count > 0
                && Languages[0].Count >= SettledLanguageShare * known
                ? Languages[0]
                : null;
        }
    }

    /// <summary>The one origin of every earlier message whose origin is known (at least <see cref="SettledMessages"/>); null when there were several.</summary>
    public HistoryCount? UsualOrigin =>
        ReceivedKnown && Origins.Count == 1 && Origins[0].Count >= SettledMessages ? Origins[0] : null;

    /// <summary>The earlier uses of a Reply-To address with this sender, or null when it was never seen.</summary>
    public ReplyToUse? ReplyToUseOf(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return ReplyTos.FirstOrDefault(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether this history is about <paramref name="address"/> (compared without case).</summary>
    public bool IsAbout(string? address) =>
        Completeness != HistoryCompleteness.None && address is not null
        && string.Equals(Sender, address, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Derives the features of a history from what the caller read: <paramref name="received"/> the earlier messages
    /// from <paramref name="sender"/> (null when they could not be read), <paramref name="sentCount"/> the messages the
    /// user sent to them (null when Sent Items could not be read).
    /// </summary>
    public static CorrespondenceHistory Build(string sender, IReadOnlyCollection<HistoryMessage>? received, int? sentCount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        var completeness = (received is not null, sentCount is not null) switch
        {
            (true, true) => HistoryCompleteness.Full,
            (false, false) => HistoryCompleteness.None,
            _ => HistoryCompleteness.Partial,
        };

        var receivedKnown = received is not null;
        received ??= [];
        var dates = received.Where(m => m.Received is not null).Select(m => m.Received!.Value).ToList();
        var replyTos = received
            .SelectMany(m => m.ReplyTo.Select(address => (Address: address.ToLowerInvariant(), m.Received)))
            .GroupBy(r => r.Address, StringComparer.Ordinal)
            .Select(g => new ReplyToUse(g.Key, g.Count(), g.Min(r => r.Received), g.Max(r => r.Received)))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Address, StringComparer.Ordinal)
            .ToList();

        return new CorrespondenceHistory
        {
            Sender = sender.Trim().ToLowerInvariant(),
            Completeness = completeness,
            ReceivedKnown = receivedKnown,
            SentKnown = sentCount is not null,
            ReceivedCount = received.Count,
            FirstReceived = dates.Count > 0 ? dates.Min() : null,
            LastReceived = dates.Count > 0 ? dates.Max() : null,
            SentCount = sentCount ?? 0,
            ReplyTos = replyTos,
            Languages = Tally(received.Select(m => m.Language)),
            Origins = Tally(received.Select(m => m.Origin)),
        };
    }

    private static List<HistoryCount> Tally(IEnumerable<string?> values) =>
    [
        .. values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new HistoryCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Value, StringComparer.Ordinal),
    ];
}
