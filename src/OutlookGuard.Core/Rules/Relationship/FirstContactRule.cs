using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Relationship;

/// <summary>
/// The user has never received mail from this address nor written to it (both read in full). Information only:
/// most first messages are harmless; it makes the display-name and look-alike banners say "first message from this
/// address" (see the analyzer), as Microsoft's first-contact safety tip does.
/// </summary>
public sealed class FirstContactRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.FirstContact,
        RuleGroup.Relationship,
        Severity.Info,
        "An impostor's address is new to you; a name you know on an address you never saw is the warning.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (!context.History.IsFirstContact || context.From is not { } from)
        {
            return;
        }

        findings.Add(new Finding(
            Definition.Id,
            Definition.DefaultSeverity,
            context.Text("first-contact.title"),
            context.Text("first-contact.detail", ("from", from.Address)),
            [new("From", from.Address), new("history.received", "0"), new("history.sent", "0")])
        {
            Banner = context.Banner("first-contact.banner", ("from", from.Address)),
        });
    }
}
