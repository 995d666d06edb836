using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Text;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Identity;

/// <summary>
/// Reply-To leaves the From's organization (registrable domains differ), so answers go somewhere else.
/// Not bad in itself (help desks, CRMs, lists do it), so the severity comes from context: high for a
/// free-mail Reply-To on a company From, an internal or protected-name From, a colleague's domain, or a
/// lookalike Reply-To domain; medium otherwise, low when the Reply-To's organization also sent the message
/// (Sender or Return-Path). Mailing lists and <c>TrustedReplyToDomains</c> give no finding. An authenticated
/// platform notification whose Reply-To does not claim the sender's identity (<see cref="PlatformNotification"/>), and
/// list traffic whose Reply-To is neither free-mail nor an imitation (a bot answering on another list), are at most low;
/// on list traffic the recipients' domain says nothing about the sender, since the recipient is the list.
/// </summary>
public sealed class ReplyToMismatchRule() : Rule(new(
    RuleIds.ReplyToMismatch, RuleGroup.Identity, Severity.Medium,
    "Business-email-compromise keeps a trusted From and sends the answers to the attacker's mailbox."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        if (context.From is not { Domain: { } fromDomain } from)
        {
            return;
        }

        NamedAddress? chosen = null;
        var severity = Severity.Info;
        var reason = string.Empty;
        foreach (var replyTo in ReplyToDivergence.Find(context))
        {
            var (s, r) = AtMostLowForPlatformOrList(context, from, fromDomain, replyTo, Assess(context, from, fromDomain, replyTo));
            if (chosen is null || s > severity)
            {
                (chosen, severity, reason) = (replyTo, s, r);
            }
        }

        if (chosen is null)
        {
            return;
        }

        var evidence = new List<Evidence> { new("From", from.ToString()), new("Reply-To", chosen.ToString()) };
        var copiesName = PersonNameMatcher.IsMatch(chosen.DisplayName, from.DisplayName);
        if (context.Message.Sender is { Domain: { } senderDomain } sender && !senderDomain.IsSameOrganization(fromDomain))
        {
            evidence.Add(new("Sender", sender.ToString()));
        }

        var returnPathDiverges = context.Message.ReturnPath is { Domain: { } rpDomain } && !rpDomain.IsSameOrganization(fromDomain);
        if (returnPathDiverges)
        {
            evidence.Add(new("Return-Path", context.Message.ReturnPath!.Address));
        }

        var extras = (copiesName, returnPathDiverges) switch
        {
            (true, true) => context.Text("reply-to-mismatch.extras.name-and-return-path"),
            (true, false) => context.Text("reply-to-mismatch.extras.name"),
            (false, true) => context.Text("reply-to-mismatch.extras.return-path"),
            _ => string.Empty,
        };

        var fromName = string.IsNullOrWhiteSpace(from.DisplayName) ? from.Address : from.DisplayName;
        var title = context.Text("reply-to-mismatch.title");
        var detail = context.Text(
            "reply-to-mismatch.detail",
            ("replyTo", chosen.Address),
            ("replyToDomain", chosen.Domain!.RegistrableUnicode),
            ("fromDomain", fromDomain.RegistrableUnicode),
            ("reason", reason),
            ("extras", extras));
        var banner = context.Banner(
            severity == Severity.High ? "reply-to-mismatch.banner.high" : "reply-to-mismatch.banner",
            ("replyTo", chosen.Address),
            ("fromName", fromName));

        findings.Add(new Finding(Descriptor.Id, severity, title, detail, evidence) { Banner = banner });
    }

    private static (Severity Severity, string Reason) Assess(RuleContext context, NamedAddress from, DomainName fromDomain, NamedAddress replyTo)
    {
        var policy = context.Policy;
        var replyDomain = replyTo.Domain!;
        if (policy.IsFreemail(replyDomain) && !policy.IsFreemail(fromDomain))
        {
            return (Severity.High, context.Text("reply-to-mismatch.reason.free-mail"));
        }

        if (policy.IsInternal(fromDomain))
        {
            return (Severity.High, context.Text("reply-to-mismatch.reason.colleague"));
        }

        if (IsProtectedName(context, from.DisplayName))
        {
            return (Severity.High, context.Text("reply-to-mismatch.reason.protected-name"));
        }

        if (!MailingList.IsListMessage(context.Message) && SharesRecipientsDomain(context.Message, fromDomain))
        {
            return (Severity.High, context.Text("reply-to-mismatch.reason.recipients-domain"));
        }

        if (ImitatedDomain(context, replyDomain, fromDomain) is { } imitated)
        {
            return (Severity.High, context.Text("reply-to-mismatch.reason.imitation", ("imitated", imitated.RegistrableUnicode)));
        }

        var alsoSentIt = (context.Message.Sender?.Domain is { } s && s.IsSameOrganization(replyDomain))
            || (context.Message.ReturnPath?.Domain is { } rp && rp.IsSameOrganization(replyDomain));
        return alsoSentIt
            ? (Severity.Low, context.Text("reply-to-mismatch.reason.also-sent"))
            : (Severity.Medium, context.Text("reply-to-mismatch.reason.nowhere-else"));
    }

    // Platform notifications and list traffic: at most low, unless the Reply-To poses as the sender, is free-mail on a
    // list, or imitates a domain, or the From is a colleague or a protected name.
    private static (Severity Severity, string Reason) AtMostLowForPlatformOrList(
        RuleContext context, NamedAddress from, DomainName fromDomain, NamedAddress replyTo, (Severity Severity, string Reason) assessed)
    {
        var policy = context.Policy;
        if (assessed.Severity <= Severity.Low || policy.IsInternal(fromDomain) || ImitatedDomain(context, replyTo.Domain!, fromDomain) is not null)
        {
            return assessed;
        }

        if (PlatformNotification.IsNotification(context) && !PlatformNotification.ClaimsSender(from, replyTo))
        {
            return (Severity.Low, context.Text("reply-to-mismatch.reason.notification"));
        }

        var listTraffic = MailingList.IsListMessage(context.Message) || MailingList.IsViaRewrite(from);
        return listTraffic && !policy.IsFreemail(replyTo.Domain) && !IsProtectedName(context, from.DisplayName)
            ? (Severity.Low, context.Text("reply-to-mismatch.reason.list"))
            : assessed;
    }

    private static bool SharesRecipientsDomain(MessageFacts message, DomainName fromDomain)
    {
        foreach (var recipient in message.To.Concat(message.Cc))
        {
            if (recipient.Domain is { } domain && domain.IsSameOrganization(fromDomain))
            {
                return true;
            }
        }

        return false;
    }

    private static DomainName? ImitatedDomain(RuleContext context, DomainName replyDomain, DomainName fromDomain)
    {
        if (IsLookalike(replyDomain, fromDomain))
        {
            return fromDomain;
        }

        foreach (var target in context.Policy.InternalDomains.Concat(context.Policy.ProtectedDomains))
        {
            if (IsLookalike(replyDomain, target))
            {
                return target;
            }
        }

        return null;
    }

    // One edit, a homoglyph, an added word or a swapped public suffix (see LookalikeMatcher).
    private static bool IsLookalike(DomainName candidate, DomainName target) =>
        LookalikeMatcher.Compare(candidate, target) is not null;

    // Compared after Unicode and width folding, honorifics removed, either name order (see PersonNameMatcher).
    private static bool IsProtectedName(RuleContext context, string? displayName) =>
        context.Policy.FindProtectedName(displayName) is not null;
}
