using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// The Reply-To mailboxes whose registrable domain differs from the From's, once the legitimate reasons are
/// taken out: mailing lists, the admin's <c>TrustedReplyToDomains</c>, and a Reply-To in the organization's own
/// <c>InternalDomains</c> (all of them are one organization, and replies that stay inside it reach no outsider:
/// a colleague writing from the other internal domain, a file-share notification answering to the colleague who shared).
/// </summary>
internal static class ReplyToDivergence
{
    public static IReadOnlyList<NamedAddress> Find(RuleContext context)
    {
        var from = context.From;
        if (from?.Domain is not { } fromDomain || context.Message.ReplyTo.Count == 0)
        {
            return [];
        }

        var result = new List<NamedAddress>();
        foreach (var replyTo in context.Message.ReplyTo)
        {
            if (replyTo.Domain is not { } domain
                || domain.IsSameOrganization(fromDomain)
                || context.Policy.IsInternal(domain)
                || context.Policy.IsTrustedReplyTo(domain)
                || MailingList.ExplainsReplyTo(context.Message, context.Policy, from, replyTo))
            {
                continue;
            }

            result.Add(replyTo);
        }

        return result;
    }
}
