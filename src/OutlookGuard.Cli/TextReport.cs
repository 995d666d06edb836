using System.Globalization;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Cli;

/// <summary>The report for people: the verdict first, then the findings with evidence, then the sending path.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, AnalysisResult result, Language language)
    {
        string T(string key) => Wording.Get(language, key);

        output.WriteLine(result.Source);
        var verdict = result.Verdict switch
        {
            Verdict.Danger => T("report.verdict.danger"),
            Verdict.Caution => T("report.verdict.caution"),
            _ => T("report.verdict.safe"),
        };
        var sentence = result.Banner ?? (result.Verdict == Verdict.Safe ? T("report.safe") : null);
        output.WriteLine($"  {verdict}{(sentence is null ? string.Empty : "  " + sentence)}");

        var message = result.Message;
        output.WriteLine();
        output.WriteLine($"  From:     {Join(message.From)}");
        if (message.ReplyTo.Count > 0)
        {
            output.WriteLine($"  Reply-To: {Join(message.ReplyTo)}");
        }

        if (message.Subject is not null)
        {
            output.WriteLine($"  Subject:  {message.Subject}");
        }

        if (result.Relationship is { } relationship)
        {
            output.WriteLine($"  {(T("report.history") + ":").PadRight(10)}{History(relationship, language)}");
        }

        if (result.Findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  " + T("report.findings"));
            foreach (var finding in result.Findings)
            {
                output.WriteLine($"  [{finding.Severity.ToString().ToLowerInvariant()}] {finding.RuleId}: {finding.Title}");
                output.WriteLine($"      {finding.Detail}");
                foreach (var evidence in finding.Evidence)
                {
                    output.WriteLine($"      - {evidence.Header}: {evidence.Value}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("  " + T("report.path"));
        for (var i = message.Received.Count - 1; i >= 0; i--)
        {
            output.WriteLine("    " + Hop(message.Received[i], message.Origin, T));
        }

        if (message.Received.Count == 0)
        {
            output.WriteLine("    " + T("report.no-received"));
        }

        if (message.Origin is { } origin)
        {
            var network = origin.Network is null ? string.Empty : ", " + origin.Network;
            var country = origin.Country is null ? string.Empty : $", {T("report.country")} {origin.Country} ({origin.CountrySource}{network})";
            output.WriteLine($"  {T("report.origin")}: {origin.Ip ?? "?"}{(origin.Host is null ? string.Empty : " " + origin.Host)} ({origin.IpSource}){country}");
        }

        output.WriteLine();
    }

    /// <summary>The closing line of a run over several messages: "12 messages: 2 danger, 1 caution, 9 safe; 0 unreadable".</summary>
    public static string Summary(int total, int danger, int caution, int safe, int unreadable, Language language) =>
        Wording.Get(language, total == 1 ? "report.summary.one" : "report.summary", ("total", total), ("danger", danger), ("caution", caution), ("safe", safe), ("unreadable", unreadable));

    private static string Hop(ReceivedHop hop, OriginInfo? origin, Func<string, string> t)
    {
        var parts = new List<string>();
        if (hop.FromHost is not null || hop.FromIp is not null)
        {
            parts.Add($"from {hop.FromHost ?? "?"}{(hop.FromIp is null ? string.Empty : $" [{hop.FromIp}]")}");
        }

        if (hop.ByHost is not null)
        {
            parts.Add("by " + hop.ByHost);
        }

        if (hop.Protocol is not null)
        {
            parts.Add("with " + hop.Protocol);
        }

        parts.Add(hop.Tls ? "TLS" + (hop.TlsVersion is null ? string.Empty : " " + hop.TlsVersion) : t("report.no-tls"));
        if (hop.Timestamp is { } time)
        {
            parts.Add(time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));
        }

        if (hop.Delay is { } delay)
        {
            parts.Add(Delay(delay));
        }

        var marker = origin?.HopIndex == hop.Index ? t("report.entered-here") : string.Empty;
        return $"{hop.Index}. {string.Join(", ", parts)}{marker}";
    }

    // "+1s", "+5h10m13s", "-28ms" (a negative delay is clock skew between two servers).
    private static string Delay(TimeSpan delay)
    {
        var sign = delay < TimeSpan.Zero ? "-" : "+";
        var d = delay.Duration();
        if (d > TimeSpan.Zero && d < TimeSpan.FromSeconds(1))
        {
            return sign + d.Milliseconds.ToString(CultureInfo.InvariantCulture) + "ms";
        }

        var text = (d.Days > 0 ? $"{d.Days}d" : string.Empty)
            + (d.Days > 0 || d.Hours > 0 ? $"{d.Hours}h" : string.Empty)
            + (d.TotalMinutes >= 1 ? $"{d.Minutes}m" : string.Empty)
            + $"{d.Seconds}s";
        return sign + text;
    }

    private static string Join(IReadOnlyList<NamedAddress> addresses) =>
        addresses.Count == 0 ? "-" : string.Join(", ", addresses.Select(a => a.ToString()));

    // "You and this sender" as one line: counts and tallies, each part saying when it could not be read.
    private static string History(RelationshipSummary relationship, Language language)
    {
        var received = relationship.Received is { } count
            ? Wording.Get(language, "report.history.received", ("count", count), ("since", relationship.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"))
            : Wording.Get(language, "report.history.unread");
        var sent = relationship.Sent is { } n ? Wording.Get(language, "report.history.sent", ("count", n)) : Wording.Get(language, "report.history.unread");
        return Wording.Get(
            language,
            "report.history.line",
            ("received", received),
            ("sent", sent),
            ("languages", HistoryCount.Describe(relationship.Languages)),
            ("origins", HistoryCount.Describe(relationship.Origins)));
    }
}
