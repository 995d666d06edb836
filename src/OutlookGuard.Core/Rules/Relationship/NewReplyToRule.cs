using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Rules.Relationship;

/// <summary>
/// A sender the user knows (at least three earlier messages, or the user wrote to them) now asks for replies to
/// an address outside the sender's organization that none of the earlier messages named: the signature of a
/// compromised or impersonated colleague, and what mailbox intelligence does not cover. High when the new address
/// is free mail or a look-alike, medium otherwise. Silent when the messages from the sender were not read.
/// </summary>
public sealed class NewReplyToRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.NewReplyTo,
        RuleGroup.Relationship,
        Severity.Medium,
        "A known sender who suddenly wants replies elsewhere is how a hijacked or imitated colleague collects the answers.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var history = context.History;
        if (!history.ReceivedKnown || !history.IsKnownSender || context.From is not { Domain: { } fromDomain } from)
        {
            return;
        }

        NamedAddress? chosen = null;
        var severity = Severity.Info;
        string reason = string.Empty;
        foreach (var replyTo in ReplyToDivergence.Find(context))
        {
            if (history.ReplyToUseOf(replyTo.Address) is not null)
            {
                continue;
            }

            var (s, r) = Assess(context, replyTo.Domain!, fromDomain);
            if (chosen is null || s > severity)
            {
                (chosen, severity, reason) = (replyTo, s, r);
            }
        }

        if (chosen is null)
        {
            return;
        }

        var evidence = new List<Evidence> { new("From", from.Address), new("Reply-To", chosen.Address) };
        RelationshipText.AddHistory(evidence, history);
        evidence.Add(new("history.reply-to", history.ReplyTos.Count == 0
            ? context.Text("common.absent")
            : string.Join(", ", history.ReplyTos.Select(r => r.Address))));

        var detail = history.ReceivedCount > 0
            ? context.Text(
                "new-reply-to.detail",
                ("count", history.ReceivedCount),
                ("from", from.Address),
                ("since", HistoryDate.Day(history.FirstReceived)),
                ("replyTo", chosen.Address),
                ("reason", reason))
            : context.Text("new-reply-to.detail.sent", ("from", from.Address), ("replyTo", chosen.Address), ("reason", reason));

        var fromName = RelationshipText.FromName(from);
        var usual = history.UsualLanguage;
        var current = MessageLanguage.Of(context.Message);
        var banner = usual is not null && current is not null && current != usual.Value
            ? context.Banner(
                "new-reply-to.banner.language",
                ("fromName", fromName),
                ("replyTo", chosen.Address),
                ("language", RelationshipText.LanguageName(context, usual.Value)))
            : context.Banner("new-reply-to.banner", ("fromName", fromName), ("replyTo", chosen.Address));

        findings.Add(new Finding(Definition.Id, severity, context.Text("new-reply-to.title"), detail, evidence) { Banner = banner });
    }

    private static (Severity Severity, string Reason) Assess(RuleContext context, DomainName replyDomain, DomainName fromDomain)
    {
        if (context.Policy.IsFreemail(replyDomain) && !context.Policy.IsFreemail(fromDomain))
        {
            return (Severity.High, context.Text("new-reply-to.reason.free-mail"));
        }

        if (LookalikeMatcher.Compare(replyDomain, fromDomain) is not null)
        {
            return (Severity.High, context.Text("new-reply-to.reason.imitation", ("imitated", fromDomain.RegistrableUnicode)));
        }

        foreach (var target in context.Policy.InternalDomains.Concat(context.Policy.ProtectedDomains))
        {
            if (LookalikeMatcher.Compare(replyDomain, target) is not null)
            {
                return (Severity.High, context.Text("new-reply-to.reason.imitation", ("imitated", target.RegistrableUnicode)));
            }
        }

        return (Severity.Medium, string.Empty);
    }
}
