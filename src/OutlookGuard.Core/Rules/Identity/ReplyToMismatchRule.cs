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
/// (Sender or Return-Path). Mailing lists and <c>TrustedReplyToDomains</c> give no finding.
/// </summary>
public sealed class ReplyToMismatchRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.ReplyToMismatch,
        Severity.Medium,
        "Business-email-compromise keeps a trusted From and sends the answers to the attacker's mailbox.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (context.From is not { Domain: { } fromDomain } from)
        {
            return;
        }

        NamedAddress? chosen = null;
        var severity = Severity.Info;
        var reason = string.Empty;
        foreach (var replyTo in ReplyToDivergence.Find(context))
        {
            var (s, r) = Assess(context, from, fromDomain, replyTo);
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
            (true, true) => context.Text(
                " The Reply-To copies the sender's display name, and the Return-Path leaves the sender's organization too.",
                "返信先は送信者の表示名をそのまま使っており、Return-Path も送信者の組織の外です。"),
            (true, false) => context.Text(" The Reply-To copies the sender's display name.", "返信先は送信者の表示名をそのまま使っています。"),
            (false, true) => context.Text(" The Return-Path leaves the sender's organization too.", "Return-Path も送信者の組織の外です。"),
            _ => string.Empty,
        };

        var fromName = string.IsNullOrWhiteSpace(from.DisplayName) ? from.Address : from.DisplayName;
        var title = context.Text("Replies go to another organization", "返信先が送信者と別の組織です");
        var detail = context.Text(
            $"Replies go to {chosen.Address} ({chosen.Domain!.RegistrableUnicode}), not to the sender's organization ({fromDomain.RegistrableUnicode}). {reason}{extras}",
            $"返信は送信者の組織（{fromDomain.RegistrableUnicode}）ではなく {chosen.Address}（{chosen.Domain!.RegistrableUnicode}）に届きます。{reason}{extras}");
        string banner;
        if (severity == Severity.High)
        {
            banner = context.Text(
                $"Replies to this message go to {chosen.Address}, not to {fromName}. Confirm by phone before acting.",
                $"このメッセージへの返信は{fromName}ではなく {chosen.Address} に届きます。対応する前に電話で確認してください。");
            if (banner.Length > BannerText.MaxLength)
            {
                banner = context.Text(
                    $"Replies to this message go to {chosen.Address}, not to the sender. Confirm by phone before acting.",
                    $"このメッセージへの返信は送信者ではなく {chosen.Address} に届きます。対応する前に電話で確認してください。");
            }
        }
        else
        {
            banner = context.Text(
                $"Replies to this message go to {chosen.Address}, outside the sender's organization. Check the address before you reply.",
                $"このメッセージへの返信は送信者の組織外の {chosen.Address} に届きます。返信する前に宛先を確認してください。");
        }

        findings.Add(new Finding(Definition.Id, severity, title, detail, evidence)
        {
            Banner = BannerText.Truncate(banner),
        });
    }

    private static (Severity Severity, string Reason) Assess(RuleContext context, NamedAddress from, DomainName fromDomain, NamedAddress replyTo)
    {
        var policy = context.Policy;
        var replyDomain = replyTo.Domain!;
        if (policy.IsFreemail(replyDomain) && !policy.IsFreemail(fromDomain))
        {
            return (Severity.High, context.Text(
                "The Reply-To is a free-mail address while the sender writes from an organization's domain.",
                "送信者は組織のドメインから送っているのに、返信先はフリーメールのアドレスです。"));
        }

        if (policy.IsInternal(fromDomain))
        {
            return (Severity.High, context.Text(
                "The sender appears to be a colleague (your organization's domain), but replies leave the organization.",
                "送信者は同僚（自組織のドメイン）に見えますが、返信は組織の外に出ます。"));
        }

        if (IsProtectedName(context, from.DisplayName))
        {
            return (Severity.High, context.Text(
                "The sender's name is a protected name, but replies go elsewhere.",
                "送信者名は保護対象の名前ですが、返信は別の宛先に届きます。"));
        }

        if (SharesRecipientsDomain(context.Message, fromDomain))
        {
            return (Severity.High, context.Text(
                "The sender shares the recipients' domain, as a colleague would, but replies leave it.",
                "送信者は同僚のように受信者と同じドメインですが、返信はそのドメインの外に出ます。"));
        }

        if (ImitatedDomain(context, replyDomain, fromDomain) is { } imitated)
        {
            return (Severity.High, context.Text(
                $"The Reply-To domain imitates {imitated.RegistrableUnicode}.",
                $"返信先のドメインは {imitated.RegistrableUnicode} を模倣しています。"));
        }

        var alsoSentIt = (context.Message.Sender?.Domain is { } s && s.IsSameOrganization(replyDomain))
            || (context.Message.ReturnPath?.Domain is { } rp && rp.IsSameOrganization(replyDomain));
        return alsoSentIt
            ? (Severity.Low, context.Text(
                "The Reply-To's organization also sent the message (Sender or Return-Path), as mailing services do.",
                "返信先の組織はこのメッセージの送信元（Sender または Return-Path）でもあり、配信サービスによくある形です。"))
            : (Severity.Medium, context.Text(
                "The Reply-To's organization appears nowhere else in the message.",
                "返信先の組織はメッセージの他のどこにも現れません。"));
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
