using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Rules.Relationship;

/// <summary>
/// Every earlier message from the sender (at least five with a known origin) came from one place (inside the
/// organization, or one country) and this one from another. A colleague may travel, so low alone; medium when the
/// message also sends replies outside the sender's organization, the pairing of a hijacked account.
/// </summary>
public sealed class UnusualOriginRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.UnusualOrigin,
        RuleGroup.Relationship,
        Severity.Low,
        "Mail from a stolen or imitated account comes from the attacker's network, not from where the sender always writes.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (context.History.UsualOrigin is not { } usual || context.From is not { } from
            || MessageOrigin.Of(context.Message) is not { } current || current == usual.Value)
        {
            return;
        }

        var origin = context.Message.Origin;
        var evidence = new List<Evidence> { new("origin", current) };
        if (origin?.Ip is { } ip)
        {
            evidence.Add(new("origin.ip", ip));
        }

        if (origin?.Host is { } host)
        {
            evidence.Add(new("origin.host", host));
        }

        RelationshipText.AddHistory(evidence, context.History);
        evidence.Add(new("history.origin", HistoryCount.Describe(context.History.Origins)));

        var withReplyTo = ReplyToDivergence.Find(context).Count > 0;
        var usualName = RelationshipText.OriginName(context, usual.Value);
        var currentName = RelationshipText.OriginName(context, current);
        var network = origin?.Host ?? origin?.Ip;
        findings.Add(new Finding(
            Definition.Id,
            withReplyTo ? Severity.Medium : Severity.Low,
            context.Text("unusual-origin.title"),
            context.Text(
                network is null ? "unusual-origin.detail" : "unusual-origin.detail.network",
                ("count", usual.Count),
                ("from", from.Address),
                ("usualOrigin", usualName),
                ("origin", currentName),
                ("network", network)),
            evidence)
        {
            Banner = context.Banner("unusual-origin.banner", ("fromName", RelationshipText.FromName(from)), ("usualOrigin", usualName), ("origin", currentName)),
        });
    }
}
