using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Analysis;

/// <summary>
/// What the user's history with the sender changes in other rules' findings, after every rule ran:
/// a Reply-To this sender has long used lowers <c>reply-to-mismatch</c> to info (unless another finding says the
/// message is forged), and on a first contact the display-name and look-alike banners say so.
/// </summary>
internal static class RelationshipAdjustments
{
    /// <summary>Earlier messages with the same Reply-To before it counts as the sender's established Reply-To.</summary>
    public const int EstablishedReplyToMessages = 3;

    /// <summary>Days between the first and the last of them.</summary>
    public const int EstablishedReplyToDays = 30;

    private static readonly string[] ForgeryRules = [RuleIds.InternalDomainSpoof, RuleIds.AuthFailure, RuleIds.ProviderVerdict];

    public static void Apply(List<Finding> findings, RuleContext context)
    {
        if (context.History.Completeness == HistoryCompleteness.None)
        {
            return;
        }

        LowerEstablishedReplyTo(findings, context);
        NoteFirstContact(findings, context);
    }

    private static void LowerEstablishedReplyTo(List<Finding> findings, RuleContext context)
    {
        var index = findings.FindIndex(f => f.RuleId == RuleIds.ReplyToMismatch);
        if (index < 0 || findings.Any(f => ForgeryRules.Contains(f.RuleId) && f.Severity >= Severity.Medium))
        {
            return;
        }

        var divergent = ReplyToDivergence.Find(context);
        var uses = divergent.Select(r => context.History.ReplyToUseOf(r.Address)).ToList();
        if (uses.Count == 0 || uses.Any(u => u is not { Count: >= EstablishedReplyToMessages } || u.SpanDays < EstablishedReplyToDays))
        {
            return;
        }

        var since = HistoryDate.Day(uses.Min(u => u!.First));
        var count = uses.Min(u => u!.Count);
        var finding = findings[index];
        findings[index] = finding with
        {
            Severity = Severity.Info,
            Detail = finding.Detail + " " + context.Text("relationship.established-reply-to", ("count", count), ("since", since)),
            Evidence = [.. finding.Evidence, new Evidence("history.reply-to", $"{count} since {since}")],
        };
    }

    private static void NoteFirstContact(List<Finding> findings, RuleContext context)
    {
        if (!context.History.IsFirstContact || context.From is not { } from)
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Banner is not { Length: > 0 } banner)
            {
                continue;
            }

            // The rule's own sentence after the note when both fit, else one sentence that says both.
            var noted = context.Text("relationship.first-contact-banner", ("banner", banner));
            var fallback = findings[i].RuleId switch
            {
                RuleIds.DisplayNameImpersonation => "relationship.first-contact.banner.display-name",
                RuleIds.LookalikeDomain => "relationship.first-contact.banner.lookalike-domain",
                _ => null,
            };
            if (fallback is not null)
            {
                findings[i] = findings[i] with
                {
                    Banner = noted.Length <= BannerText.MaxLength ? noted : context.Banner(fallback, ("address", from.Address)),
                };
            }
        }
    }
}
