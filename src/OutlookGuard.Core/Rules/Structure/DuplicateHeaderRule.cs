using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Structure;

/// <summary>
/// A header that RFC 5322 §3.6 allows once appears more often. Mail programs disagree on which copy they show,
/// so a second From, Sender or Reply-To can show one sender to a person and another to a filter: medium.
/// Other duplicates (To, Cc, Subject, Date, Message-ID, In-Reply-To, References) are low; a repeated
/// Return-Path, which redelivery adds, is info.
/// </summary>
public sealed class DuplicateHeaderRule() : Rule(new(
    RuleIds.DuplicateHeader, RuleGroup.Structure, Severity.Medium,
    "Two From headers let the filter check one sender while the reader sees another."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var duplicated = context.Message.DuplicatedHeaders;
        if (duplicated.Count == 0)
        {
            return;
        }

        var severity = Severity.Info;
        var evidence = new List<Evidence>();
        foreach (var name in duplicated)
        {
            var s = SeverityOf(name);
            if (s > severity)
            {
                severity = s;
            }

            evidence.Add(new(name, context.Text("duplicate-header.evidence")));
        }

        var names = string.Join(", ", duplicated);
        var identity = severity == Severity.Medium;
        findings.Add(new Finding(
            Descriptor.Id,
            severity,
            context.Text("duplicate-header.title"),
            context.Text(identity ? "duplicate-header.detail.identity" : "duplicate-header.detail", ("names", names)),
            evidence)
        {
            Banner = context.Banner(identity ? "duplicate-header.banner.identity" : "duplicate-header.banner"),
        });
    }

    private static Severity SeverityOf(string header) => header.ToUpperInvariant() switch
    {
        "FROM" or "SENDER" or "REPLY-TO" => Severity.Medium,
        "RETURN-PATH" => Severity.Info,
        _ => Severity.Low,
    };
}
