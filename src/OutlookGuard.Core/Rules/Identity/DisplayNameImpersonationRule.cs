using System.Text;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Text;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Identity;

/// <summary>
/// The From's display name borrows a protected person's name while the address is outside the
/// organization, or the display name holds an address other than the real one
/// (<c>"ceo@hanabi-foods.co.jp" &lt;x@gmail.com&gt;</c>). Outlook shows the name first and the address
/// only on a closer look, which is what chief-executive fraud relies on. Names are compared with
/// <see cref="PersonNameMatcher"/> (NFKC, case, confusable skeleton, honorifics, word order).
/// Colleagues' names come from <c>ProtectedNames</c>: the policy has no directory of staff.
/// </summary>
public sealed class DisplayNameImpersonationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.DisplayNameImpersonation,
        Severity.High,
        "Fraudsters put an executive's or colleague's name, or a trusted address, in the display name of an outside mailbox.");

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var from in context.Message.From)
        {
            if (string.IsNullOrWhiteSpace(from.DisplayName))
            {
                continue;
            }

            var finding = NameFinding(context, from) ?? AddressFinding(context, from) ?? BrandFinding(context, from);
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }
    }

    private Finding? NameFinding(RuleContext context, NamedAddress from)
    {
        var policy = context.Policy;
        // A protected partner's own address may carry a protected name; a free-mail domain never vouches for one,
        // even when an admin lists it in ProtectedDomains to catch its lookalikes.
        if (policy.ProtectedNameKeys.Count == 0 || policy.IsInternal(from.Domain)
            || (policy.IsProtected(from.Domain) && !policy.IsFreemail(from.Domain)))
        {
            return null;
        }

        // "Haruto Mori (via Google Drive)", "Haruto Mori via dev": a service or a mailing list relays a real
        // person's message under its own address. A free-mail address gets no such benefit of the doubt.
        if (RelayedName.IsRelayed(from.DisplayName!) && !policy.IsFreemail(from.Domain))
        {
            return null;
        }

        var name = policy.FindProtectedName(from.DisplayName);
        if (name is null)
        {
            return null;
        }

        var address = from.Address;
        var freemail = policy.IsFreemail(from.Domain);
        return new Finding(
            Descriptor.Id,
            Severity.High,
            context.Text($"The sender uses the name {name}", $"差出人が「{name}」を名乗っています"),
            context.Text(
                $"The display name shows {name}, a protected name in your organization's policy, but the address is {address}, "
                + (freemail ? "a free-mail mailbox " : "")
                + "outside the organization. Anyone can type any name in front of their address.",
                $"表示名は組織のポリシーで保護された名前「{name}」ですが、実際のアドレスは社外の{(freemail ? "フリーメールの" : "")} {address} です。"
                + "表示名は誰でも自由に設定できます。"),
            [new Evidence("From", from.ToString()), new Evidence("ProtectedNames", name)])
        {
            Banner = context.Text(
                $"This shows the name {name} but comes from {address}, an outside address. Confirm with {name} by phone before acting.",
                $"「{name}」を名乗っていますが、送信元は社外の {address} です。対応する前に電話などで本人に確認してください。"),
        };
    }

    private Finding? AddressFinding(RuleContext context, NamedAddress from)
    {
        var display = from.DisplayName!;
        var shown = AddressIn(display);
        if (shown is null || IsSameMailbox(shown.Value, from) || RelayedName.IsRelayed(display))
        {
            return null;
        }

        var policy = context.Policy;
        var shownDomain = shown.Value.Domain;
        var sameOrganization = from.Domain is not null && shownDomain.IsSameOrganization(from.Domain);
        if (sameOrganization && policy.IsInternal(from.Domain))
        {
            // Two mailboxes of the organization itself: spoofing of the own domain is internal-domain-spoof's question.
            return null;
        }

        var trusted = policy.IsInternal(shownDomain) || policy.IsProtected(shownDomain);
        var severity = sameOrganization && !trusted ? Severity.Medium : Severity.High;
        var text = shown.Value.Text;
        var address = from.Address;
        return new Finding(
            Descriptor.Id,
            severity,
            context.Text("The display name shows a different address", "表示名に別のアドレスが書かれています"),
            context.Text(
                $"The display name reads {text}, but the message was sent from {address}"
                + (sameOrganization ? " (another mailbox of the same domain)." : ", a different organization.")
                + " The address shown is only part of the name; the message did not come from it.",
                $"表示名には {text} と書かれていますが、実際の送信元は {address} "
                + (sameOrganization ? "(同じドメインの別のメールボックス)です。" : "(別の組織)です。")
                + "表示名のアドレスは名前の一部にすぎず、そこから送られたものではありません。"),
            [new Evidence("From", from.ToString()), new Evidence("display-name-address", text)])
        {
            Banner = context.Text(
                $"The name shows {text}, but the real sender is {address}. Don't reply or act before checking.",
                $"表示名は {text} ですが、実際の送信元は {address} です。返信や対応の前に確認してください。"),
        };
    }

    // "Amazon" <billingservices.amazon.com@gmail.com>: the display name is the name of a protected or internal
    // organization (its registrable domain's first label, ignoring case, spaces and hyphens) on another
    // free-mail address, where no organization sends from. Other domains are left to lookalike-domain: resellers
    // and agencies legitimately send under a brand's name from their own domains.
    private Finding? BrandFinding(RuleContext context, NamedAddress from)
    {
        var policy = context.Policy;
        if (from.Domain is null || !policy.IsFreemail(from.Domain) || RelayedName.IsRelayed(from.DisplayName!))
        {
            return null;
        }

        var shown = BrandKey(from.DisplayName!);
        if (shown.Length < 4)
        {
            return null;
        }

        foreach (var target in policy.LookalikeTargets)
        {
            var label = target.Registrable.Split('.')[0];
            if (!string.Equals(shown, BrandKey(label), StringComparison.Ordinal) || from.Domain.IsSameOrganization(target))
            {
                continue;
            }

            var brand = from.DisplayName!.Trim();
            var owner = target.RegistrableUnicode;
            var address = from.Address;
            return new Finding(
                Descriptor.Id,
                Severity.High,
                context.Text($"The sender uses the name {brand}", $"差出人が「{brand}」を名乗っています"),
                context.Text(
                    $"The display name is {brand}, the name of {owner}, but the address is {address}, a free-mail mailbox anyone can open."
                    + " Anyone can type any name in front of their address.",
                    $"表示名は {owner} の名前「{brand}」ですが、実際のアドレスは誰でも作れるフリーメールの {address} です。"
                    + "表示名は誰でも自由に設定できます。"),
                [new Evidence("From", from.ToString()), new Evidence("imitated-domain", owner)])
            {
                Banner = context.Text(
                    $"This uses the name {brand} but comes from {address}, not from {owner}. Don't open links or reply.",
                    $"「{brand}」を名乗っていますが、送信元は {owner} ではなく {address} です。リンクを開いたり返信したりしないでください。"),
            };
        }

        return null;
    }

    private static string BrandKey(string text)
    {
        var folded = UnicodeText.Fold(text);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static bool IsSameMailbox((string Text, string Local, DomainName Domain) shown, NamedAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        if (at <= 0 || from.Domain is null)
        {
            return false;
        }

        return string.Equals(shown.Domain.Ascii, from.Domain.Ascii, StringComparison.Ordinal)
            && string.Equals(shown.Local, from.Address[..at], StringComparison.OrdinalIgnoreCase);
    }

    // The first thing in the display name that reads as an address (full-width ＠ included, after NFKC).
    private static (string Text, string Local, DomainName Domain)? AddressIn(string displayName)
    {
        var text = UnicodeText.Compatible(displayName);
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        char[] separators = [' ', '\t', '<', '>', '"', '\'', '(', ')', '[', ']', ',', ';', ':', '\u3000', '「', '」', '【', '】'];
        foreach (var token in text.Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var at = token.LastIndexOf('@');
            if (at <= 0 || at == token.Length - 1)
            {
                continue;
            }

            var local = token[..at];
            var domainText = token[(at + 1)..].TrimEnd('.');
            if (!domainText.Contains('.', StringComparison.Ordinal) || DomainName.TryCreate(domainText) is not { } domain)
            {
                continue;
            }

            return ($"{local}@{domainText}", local, domain);
        }

        return null;
    }
}
