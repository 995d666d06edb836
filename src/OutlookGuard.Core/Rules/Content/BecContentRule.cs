using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// Wording of business-email-compromise lures in the Subject and body preview, English and Japanese:
/// urgency, money, secrecy, gift cards, changed bank details, "are you at your desk" (cue lists in
/// <c>Data/bec_cues_en.txt</c> and <c>Data/bec_cues_ja.txt</c>). Fires on one gift-card, bank-change or
/// availability cue, or on cues of two categories. Always low: wording alone never raises the verdict; next to
/// another finding the analyzer raises the verdict one step.
/// </summary>
public sealed class BecContentRule() : Rule(new(
    RuleIds.BecContent, RuleGroup.Content, Severity.Low,
    "Fraud asks for money or gift cards in a hurry and in secret; the wording backs up other signs."))
{
    private const int MaxEvidence = 6;

    private static readonly string[] StrongCategories = ["gift-card", "bank-change", "availability"];

    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var inSubject = CueMatcher.Bec.Find(context.CueSubject);
        var inBody = CueMatcher.Bec.Find(context.CueBody);
        var categories = new List<string>();
        foreach (var (category, _) in inSubject.Concat(inBody))
        {
            if (!categories.Contains(category, StringComparer.Ordinal))
            {
                categories.Add(category);
            }
        }

        if (categories.Count < 2 && !categories.Any(c => StrongCategories.Contains(c, StringComparer.Ordinal)))
        {
            return;
        }

        var evidence = new List<Evidence>();
        foreach (var (_, phrase) in inSubject)
        {
            Add(evidence, "Subject", phrase);
        }

        foreach (var (_, phrase) in inBody)
        {
            Add(evidence, "body-preview", phrase);
        }

        var named = string.Join(context.Text("bec-content.separator"), categories.Select(c => Describe(c, context)));
        findings.Add(new Finding(
            Descriptor.Id,
            Descriptor.DefaultSeverity,
            context.Text("bec-content.title"),
            context.Text("bec-content.detail", ("cues", named)),
            evidence)
        {
            Banner = context.Banner("bec-content.banner"),
        });
    }

    private static void Add(List<Evidence> evidence, string header, string phrase) =>
        CueMatcher.AddEvidence(evidence, header, phrase, MaxEvidence);

    private static string Describe(string category, RuleContext context) => category switch
    {
        "urgency" => context.Text("bec-content.cue.urgency"),
        "money" => context.Text("bec-content.cue.money"),
        "secrecy" => context.Text("bec-content.cue.secrecy"),
        "gift-card" => context.Text("bec-content.cue.gift-card"),
        "bank-change" => context.Text("bec-content.cue.bank-change"),
        "availability" => context.Text("bec-content.cue.availability"),
        _ => category,
    };
}
