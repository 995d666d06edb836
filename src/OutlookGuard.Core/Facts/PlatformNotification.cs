using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// An authenticated platform notification that acts for a person: a form receipt, a file-share or calendar notice, a
/// ticket update. Recognized from the message itself, not from a brand list: the organization's own receiving
/// system saw the From domain pass (trusted dmarc or compauth pass), and either the From is one of the policy's
/// <c>NotificationSenders</c>, or it is a no-reply mailbox (<c>no-reply@</c>, <c>forms-receipts-noreply@</c>,
/// <c>notifications@</c>) writing a message that starts no conversation (no In-Reply-To or References).
/// Such a platform puts the person it acts for in Reply-To; that is business-email compromise only when the
/// Reply-To claims to be the sender itself (<see cref="ClaimsSender"/>).
/// </summary>
internal static class PlatformNotification
{
    private static readonly string[] NoReplyWords = ["noreply", "donotreply", "notreply"];

    private static readonly string[] NotificationPrefixes = ["notification", "notify"];

    /// <summary>True when the message is an authenticated platform notification (see the class summary).</summary>
    public static bool IsNotification(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.From is not { Domain: { } domain } from || context.Message.From.Count != 1)
        {
            return false;
        }

        var listed = context.Policy.IsNotificationSender(from.Address, domain);
        var shaped = IsNoReplyMailbox(from.Address)
            && context.Message.InReplyTo.Count == 0 && context.Message.References.Count == 0;
        if (!listed && !shaped)
        {
            return false;
        }

        return TrustedAuthResults.ForFrom(context) is { } header
            && (header.Find("dmarc")?.Passed == true || header.Find("compauth")?.Passed == true);
    }

    /// <summary>
    /// True when the Reply-To presents itself as the sender: it copies the From's display name, or its display name
    /// or address carries the name of the From's organization (<c>"Google Forms" &lt;google.forms.help@gmail.com&gt;</c>).
    /// </summary>
    public static bool ClaimsSender(NamedAddress from, NamedAddress replyTo)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(replyTo);
        if (PersonNameMatcher.IsMatch(replyTo.DisplayName, from.DisplayName))
        {
            return true;
        }

        var brand = from.Domain?.Registrable.Split('.')[0] ?? string.Empty;
        if (brand.Length < 4)
        {
            return false;
        }

        var replyText = UnicodeText.Fold($"{replyTo.DisplayName} {replyTo.Address}");
        return replyText.Contains(brand, StringComparison.Ordinal);
    }

    /// <summary>True for a mailbox that takes no answers: no-reply, do-not-reply, notifications, notify.</summary>
    public static bool IsNoReplyMailbox(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var local = new string([.. address[..at].ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return NoReplyWords.Any(w => local.Contains(w, StringComparison.Ordinal))
            || NotificationPrefixes.Any(p => local.StartsWith(p, StringComparison.Ordinal));
    }
}
