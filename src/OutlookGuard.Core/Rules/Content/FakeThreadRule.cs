using System.Text;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// A reply or forward subject (Re:, RE:, Fwd:, FW:, 返信:, 転送:, full-width colons included) on a message with
/// no In-Reply-To and no References (RFC 5322 §3.6.4), combined with a Reply-To that leaves the From's
/// organization: a conversation invented to borrow trust. Default medium.
/// </summary>
public sealed class FakeThreadRule() : Rule(new(
    RuleIds.FakeThread, RuleGroup.Content, Severity.Medium,
    "A made-up \"RE:\" makes a first contact look like an ongoing conversation."))
{
    private static readonly string[] Prefixes = ["re:", "fw:", "fwd:", "返信:", "転送:"];

    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var message = context.Message;
        if (message.InReplyTo.Count > 0 || message.References.Count > 0 || ThreadPrefix(message.Subject) is not { } prefix)
        {
            return;
        }

        var divergent = ReplyToDivergence.Find(context);
        if (divergent.Count == 0)
        {
            return;
        }

        var replyTo = divergent[0];
        findings.Add(new Finding(
            Descriptor.Id,
            Descriptor.DefaultSeverity,
            context.Text("fake-thread.title"),
            context.Text("fake-thread.detail", ("prefix", prefix), ("replyTo", replyTo.Address)),
            [
                new("Subject", message.Subject!),
                new("In-Reply-To", context.Text("common.absent")),
                new("References", context.Text("common.absent")),
                new("Reply-To", replyTo.ToString()),
            ])
        {
            Banner = context.Banner("fake-thread.banner", ("replyTo", replyTo.Address)),
        });
    }

    /// <summary>The reply or forward prefix the subject starts with (after NFKC, so "Re：" counts), or null.</summary>
    internal static string? ThreadPrefix(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var head = subject.Length > 64 ? subject[..64] : subject;
        head = CueMatcher.Normalize(head).TrimStart();

        // Tags a gateway or list puts first ("[External] RE: ...") do not change what the subject claims.
        while (head.StartsWith('[') && head.IndexOf(']', StringComparison.Ordinal) is > 0 and var close)
        {
            head = head[(close + 1)..].TrimStart();
        }

        var compact = new StringBuilder(head.Length);
        foreach (var c in head)
        {
            if (c != ' ')
            {
                compact.Append(c);
            }

            if (compact.Length >= 8)
            {
                break;
            }
        }

        var start = compact.ToString();
        foreach (var p in Prefixes)
        {
            if (start.StartsWith(p, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }
}
