using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Structure;

/// <summary>
/// What the parser could not read (its <see cref="Parsing.ParseIssue"/>s) becomes a finding, so a message that
/// defeats parsing never looks clean: an unreadable header block or sender address is medium; limits reached,
/// undecodable values are low; an unreadable date or Authentication-Results header is info. A message with
/// no From, or with several From mailboxes and no Sender (RFC 5322 §3.6.2), is low too.
/// </summary>
public sealed class MalformedHeadersRule() : Rule(new(
    RuleIds.MalformedHeaders, RuleGroup.Structure, Severity.Low,
    "Headers built to confuse parsers can hide the real sender from checks."))
{
    private const int MaxEvidence = 8;

    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var message = context.Message;
        var severity = Severity.Info;
        var evidence = new List<Evidence>();
        var count = 0;
        var fromUnreadable = false;
        foreach (var issue in message.Issues)
        {
            if (string.Equals(issue.Code, "header-duplicated", StringComparison.Ordinal))
            {
                continue;
            }

            fromUnreadable |= issue.Code == "address-unreadable" && string.Equals(issue.Header, "From", StringComparison.OrdinalIgnoreCase);
            var s = SeverityOf(issue.Code, issue.Header);
            severity = s > severity ? s : severity;
            count++;
            if (evidence.Count < MaxEvidence)
            {
                evidence.Add(new(issue.Header ?? context.Text("malformed-headers.header-block"), $"{issue.Code}: {issue.Detail}"));
            }
        }

        if (message.HeaderCount > 0 && message.From.Count == 0 && !fromUnreadable)
        {
            count++;
            severity = severity < Severity.Low ? Severity.Low : severity;
            evidence.Add(new("From", context.Text("common.absent")));
        }
        else if (message.From.Count > 1 && message.Sender is null)
        {
            count++;
            severity = severity < Severity.Low ? Severity.Low : severity;
            evidence.Add(new("From", context.Text("malformed-headers.from-count", ("count", message.From.Count))));
        }

        if (count == 0)
        {
            return;
        }

        findings.Add(new Finding(
            Descriptor.Id,
            severity,
            context.Text("malformed-headers.title"),
            context.Text("malformed-headers.detail", ("count", count)),
            evidence)
        {
            Banner = context.Banner("malformed-headers.banner"),
        });
    }

    private static Severity SeverityOf(string code, string? header)
    {
        if (code == "header-block-unreadable")
        {
            return Severity.Medium;
        }

        if (code == "address-unreadable")
        {
            return header?.ToUpperInvariant() is "FROM" or "SENDER" or "REPLY-TO" ? Severity.Medium : Severity.Low;
        }

        // Authentication results written by intermediaries (ARC sets, other receivers) often use dialects MimeKit
        // rejects; only the trusted ones matter, and those parse. An unreadable date hides nothing.
        return code is "date-unreadable" or "auth-results-unreadable" ? Severity.Info : Severity.Low;
    }
}
