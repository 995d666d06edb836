using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Rules.Relationship;

/// <summary>
/// The message is not in the language of the relationship: at least 80 % of at least five earlier messages from
/// the sender were in one language and this one is in another. Without such a history, the organization's
/// <c>UsualLanguages</c> stand in for it: a message from an internal address that entered from outside in another
/// language. Always low: a colleague may write in English; next to another finding the analyzer raises the
/// verdict one step, as it does for fraud wording.
/// </summary>
public sealed class LanguageShiftRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.LanguageShift,
        RuleGroup.Relationship,
        Severity.Low,
        "An impostor writes in their own language, not in the one the real sender always uses with you.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (context.From is not { } from || MessageLanguage.Of(context.Message) is not { } current)
        {
            return;
        }

        var evidence = new List<Evidence> { new("language", current) };
        var fromName = RelationshipText.FromName(from);
        var currentName = RelationshipText.LanguageName(context, current);
        if (context.History.UsualLanguage is { } usual)
        {
            if (usual.Value == current)
            {
                return;
            }

            RelationshipText.AddHistory(evidence, context.History);
            evidence.Add(new("history.language", HistoryCount.Describe(context.History.Languages)));
            var usualName = RelationshipText.LanguageName(context, usual.Value);
            findings.Add(new Finding(
                Definition.Id,
                Definition.DefaultSeverity,
                context.Text("language-shift.title"),
                context.Text(
                    "language-shift.detail",
                    ("usualCount", usual.Count),
                    ("count", context.History.Languages.Sum(l => l.Count)),
                    ("from", from.Address),
                    ("usualLanguage", usualName),
                    ("language", currentName)),
                evidence)
            {
                Banner = context.Banner("language-shift.banner", ("fromName", fromName), ("usualLanguage", usualName), ("language", currentName)),
            });
            return;
        }

        var usualLanguages = context.Policy.UsualLanguages;
        if (usualLanguages.Count == 0 || usualLanguages.Contains(current, StringComparer.Ordinal)
            || !context.Policy.IsInternal(from.Domain) || !EnteredFromOutside(context))
        {
            return;
        }

        var names = string.Join(context.Text("bec-content.separator"), usualLanguages.Select(l => RelationshipText.LanguageName(context, l)));
        evidence.Add(new("policy.usual-languages", string.Join(", ", usualLanguages)));
        findings.Add(new Finding(
            Definition.Id,
            Definition.DefaultSeverity,
            context.Text("language-shift.title"),
            context.Text("language-shift.detail.policy", ("from", from.Address), ("usualLanguage", names), ("language", currentName)),
            evidence)
        {
            Banner = context.Banner("language-shift.banner.policy", ("fromName", fromName), ("language", currentName)),
        });
    }

    // Entered the organization from outside: not submitted inside it, and an outside origin or an incoming stamp.
    private static bool EnteredFromOutside(RuleContext context)
    {
        var message = context.Message;
        return !MessageOrigin.IsInternal(message)
            && (message.Origin?.Ip is not null
                || string.Equals(message.Exchange.MessageDirectionality, "Incoming", StringComparison.OrdinalIgnoreCase));
    }
}
