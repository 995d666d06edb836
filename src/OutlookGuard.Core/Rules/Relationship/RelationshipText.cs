using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Rules.Relationship;

/// <summary>The pieces the relationship rules share: names of languages and origins, the sender's name, the history as evidence.</summary>
internal static class RelationshipText
{
    /// <summary>The language's name in the reader's language (<c>ja</c> → Japanese), or the subtag when the tables have none.</summary>
    public static string LanguageName(RuleContext context, string subtag) => subtag switch
    {
        "ja" => context.Text("relationship.language.ja"),
        "en" => context.Text("relationship.language.en"),
        "zh" => context.Text("relationship.language.zh"),
        "ko" => context.Text("relationship.language.ko"),
        _ => subtag,
    };

    /// <summary>Where mail came from, in words: inside the organization, or a network in a country.</summary>
    public static string OriginName(RuleContext context, string origin) =>
        origin == MessageOrigin.Internal
            ? context.Text("relationship.origin.internal")
            : context.Text("relationship.origin.country", ("country", origin));

    /// <summary>The From's display name, or its address when it has none.</summary>
    public static string FromName(NamedAddress from) =>
        string.IsNullOrWhiteSpace(from.DisplayName) ? from.Address : from.DisplayName;

    /// <summary>The history read, as evidence: how many messages since when, and what the user sent.</summary>
    public static void AddHistory(List<Evidence> evidence, CorrespondenceHistory history)
    {
        if (history.ReceivedKnown)
        {
            evidence.Add(new("history.received", history.ReceivedCount == 0
                ? "0"
                : $"{history.ReceivedCount} since {HistoryDate.Day(history.FirstReceived)}"));
        }

        if (history.SentKnown)
        {
            evidence.Add(new("history.sent", history.SentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
