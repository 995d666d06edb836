using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// The Reply-To mailboxes whose registrable domain differs from the From's, once the legitimate reasons are
/// taken out: mailing lists and the admin's <c>TrustedReplyToDomains</c>.
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
