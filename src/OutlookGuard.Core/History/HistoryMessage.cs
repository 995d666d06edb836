using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.History;

/// <summary>
/// What is kept of one earlier message from the sender: derived features only, never its subject, text or
/// header values beyond these.
/// </summary>
/// <param name="Received">When it arrived (Graph's <c>receivedDateTime</c>, else its Date).</param>
/// <param name="ReplyTo">Its Reply-To addresses, lower case.</param>
/// <param name="Language">Its language subtag (see <see cref="MessageLanguage"/>), or null when it cannot be told.</param>
/// <param name="Origin">Where it entered (see <see cref="MessageOrigin"/>): <c>internal</c> or a country code; null when unknown.</param>
public sealed record HistoryMessage(DateTimeOffset? Received, IReadOnlyList<string> ReplyTo, string? Language, string? Origin)
{
    /// <summary>The features of one parsed earlier message; <paramref name="received"/> wins over its Date header.</summary>
    public static HistoryMessage From(MessageFacts facts, DateTimeOffset? received = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new HistoryMessage(
            received ?? facts.Date,
            [.. facts.ReplyTo.Select(r => r.Address.ToLowerInvariant()).Distinct(StringComparer.Ordinal)],
            MessageLanguage.Of(facts),
            MessageOrigin.Of(facts));
    }
}
