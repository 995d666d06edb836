using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Recognizes mailing-list traffic (RFC 2919 List-Id, RFC 2369 List-Post), where a Reply-To that leaves the
/// From's organization is normal: the list sets Reply-To to itself, or rewrites From to itself
/// (<c>"Alice via dev" &lt;dev@lists…&gt;</c>, for DMARC) and puts the poster in Reply-To.
/// </summary>
internal static class MailingList
{
    private const int MaxPostAddresses = 8;

    /// <summary>True when the message carries List-Id or List-Post.</summary>
    public static bool IsListMessage(MessageFacts message) => message.ListId is not null || message.ListPost is not null;

    /// <summary>
    /// True when the message came through a list or a relay writing for a person: List-Id, List-Post, or a From
    /// rewritten to "X via list". Its recipients are the list's, so sharing their domain makes no one a colleague.
    /// </summary>
    public static bool CameThroughList(MessageFacts message, NamedAddress from) => IsListMessage(message) || IsViaRewrite(from);

    /// <summary>True when list handling explains why this Reply-To differs from the From.</summary>
    public static bool ExplainsReplyTo(MessageFacts message, CompiledPolicy policy, NamedAddress from, NamedAddress replyTo)
    {
        if (!IsListMessage(message))
        {
            return false;
        }

        // Reply-To is the list itself. A free-mail Reply-To must be the exact List-Post address: anyone can
        // write a List-Id that ends in gmail.com.
        if (IsListAddress(message, replyTo, exactOnly: policy.IsFreemail(replyTo.Domain)))
        {
            return true;
        }

        // The list rewrote From to itself and put the poster in Reply-To.
        return IsViaRewrite(from) && IsListAddress(message, from, exactOnly: policy.IsFreemail(from.Domain));
    }

    /// <summary>True for a display name a list wrote when rewriting From: "Alice Example via dev", "'Alice' via Group", "森 陽翔 経由 開発".</summary>
    public static bool IsViaRewrite(NamedAddress from) => RelayedName.IsRelayed(from.DisplayName);

    private static bool IsListAddress(MessageFacts message, NamedAddress mailbox, bool exactOnly)
    {
        if (mailbox.Domain is not { } domain)
        {
            return false;
        }

        foreach (var post in PostAddresses(message.ListPost))
        {
            if (string.Equals(post, mailbox.Address, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var at = post.LastIndexOf('@');
            if (!exactOnly && at > 0 && DomainName.TryCreate(post[(at + 1)..]) is { } postDomain && postDomain.IsSameOrganization(domain))
            {
                return true;
            }
        }

        if (exactOnly || ListIdentifier(message.ListId) is not { } listId)
        {
            return false;
        }

        var registrable = domain.Registrable;
        return string.Equals(listId, registrable, StringComparison.OrdinalIgnoreCase)
            || listId.EndsWith("." + registrable, StringComparison.OrdinalIgnoreCase);
    }

    // RFC 2369: List-Post: <mailto:list@host>, possibly beside <https://...> entries; "NO" means posting is closed.
    private static List<string> PostAddresses(string? listPost)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(listPost))
        {
            return result;
        }

        var index = 0;
        while (result.Count < MaxPostAddresses)
        {
            var start = listPost.IndexOf("mailto:", index, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                break;
            }

            start += "mailto:".Length;
            var end = start;
            while (end < listPost.Length && listPost[end] is not ('>' or ',' or '?' or ' ' or '\t'))
            {
                end++;
            }

            if (end > start)
            {
                result.Add(listPost[start..end]);
            }

            index = end;
        }

        return result;
    }

    // RFC 2919: List-Id: Developers <dev.lists.example.org>; the identifier is inside the angle brackets.
    private static string? ListIdentifier(string? listId)
    {
        if (string.IsNullOrEmpty(listId))
        {
            return null;
        }

        var open = listId.LastIndexOf('<');
        var close = listId.LastIndexOf('>');
        var id = open >= 0 && close > open ? listId[(open + 1)..close] : listId;
        id = id.Trim().TrimEnd('.');
        return id.Length == 0 ? null : id;
    }
}
