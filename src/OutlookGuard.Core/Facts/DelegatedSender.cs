using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// A sender acting for a person who answers from the organization itself: a file-share or calendar service writes
/// <c>"佐藤 健一" &lt;no-reply@service&gt;</c> and puts the colleague's own internal address in Reply-To. The name
/// and the Reply-To tell the same story, so the name is no impersonation. The Reply-To must be in the
/// <c>InternalDomains</c> and show the same person: its display name is the name, or it has none and its local part
/// spells every Latin word of the name (<c>haruto.mori@</c>). A free-mail From gets no such benefit of the doubt.
/// </summary>
internal static class DelegatedSender
{
    /// <summary>True when a Reply-To is <paramref name="name"/>'s own internal address (see the class summary).</summary>
    public static bool RepliesToNamedPerson(RuleContext context, NamedAddress from, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(from);
        if (context.Policy.IsFreemail(from.Domain))
        {
            return false;
        }

        foreach (var replyTo in context.Message.ReplyTo)
        {
            if (!context.Policy.IsInternal(replyTo.Domain))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(replyTo.DisplayName)
                ? LocalPartSpells(replyTo.Address, name)
                : PersonNameMatcher.IsMatch(replyTo.DisplayName, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LocalPartSpells(string address, string name)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var local = address[..at].ToLowerInvariant();
        var words = UnicodeText.Fold(name).Split([' ', '\u3000', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => w.Length > 1 && w.All(char.IsAsciiLetter) && local.Contains(w, StringComparison.Ordinal));
    }
}
