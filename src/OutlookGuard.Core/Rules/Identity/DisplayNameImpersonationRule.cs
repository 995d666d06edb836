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
/// Colleagues' names come from <c>ProtectedNames</c>: the policy has no directory of staff. A service writing for
/// the person whose own internal address takes the replies (<see cref="DelegatedSender"/>) is consistent, not an
/// impersonation; all <c>InternalDomains</c> are one organization.
/// </summary>
public sealed class DisplayNameImpersonationRule() : Rule(new(
    RuleIds.DisplayNameImpersonation, RuleGroup.Identity, Severity.High,
    "Fraudsters put an executive's or colleague's name, or a trusted address, in the display name of an outside mailbox."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
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
        if (name is null || DelegatedSender.RepliesToNamedPerson(context, from, name))
        {
            // A service writing for the person whose own internal address takes the replies tells no lie.
            return null;
        }

        var address = from.Address;
        var freemail = policy.IsFreemail(from.Domain);
        return new Finding(
            Descriptor.Id,
            Severity.High,
            context.Text("display-name-impersonation.name.title", ("name", name)),
            context.Text(
                freemail ? "display-name-impersonation.name.detail.free-mail" : "display-name-impersonation.name.detail",
                ("name", name),
                ("address", address)),
            [new Evidence("From", from.ToString()), new Evidence("ProtectedNames", name)])
        {
            Banner = context.Banner("display-name-impersonation.name.banner", ("name", name), ("address", address)),
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
        if (policy.IsInternal(from.Domain) && policy.IsSameOrganization(shownDomain, from.Domain))
        {
            // Two mailboxes of the organization itself (any of its internal domains): spoofing of the own domain is
            // internal-domain-spoof's question.
            return null;
        }

        var trusted = policy.IsInternal(shownDomain) || policy.IsProtected(shownDomain);
        var severity = sameOrganization && !trusted ? Severity.Medium : Severity.High;
        var text = shown.Value.Text;
        var address = from.Address;
        return new Finding(
            Descriptor.Id,
            severity,
            context.Text("display-name-impersonation.address.title"),
            context.Text(
                sameOrganization ? "display-name-impersonation.address.detail.same-organization" : "display-name-impersonation.address.detail",
                ("shown", text),
                ("address", address)),
            [new Evidence("From", from.ToString()), new Evidence("display-name-address", text)])
        {
            Banner = context.Banner("display-name-impersonation.address.banner", ("shown", text), ("address", address)),
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
                context.Text("display-name-impersonation.brand.title", ("brand", brand)),
                context.Text("display-name-impersonation.brand.detail", ("brand", brand), ("owner", owner), ("address", address)),
                [new Evidence("From", from.ToString()), new Evidence("imitated-domain", owner)])
            {
                Banner = context.Banner("display-name-impersonation.brand.banner", ("brand", brand), ("owner", owner), ("address", address)),
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
