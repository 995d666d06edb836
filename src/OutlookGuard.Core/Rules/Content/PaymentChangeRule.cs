using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// A request to send money somewhere new: changed bank details, a new payee or account, "remit to our new
/// account", 口座変更, 振込先の変更, 新しい口座 (<see cref="CueMatcher.PaymentChange"/>, in the Subject and the body
/// preview, English and Japanese). The costliest business-email compromise comes from a real partner's mailbox
/// taken over, inside a real thread, with every check passing, so the wording alone is medium (caution): a
/// payment destination is confirmed by phone on a number already known, never from the message. Beside an
/// identity or authentication finding of low or more, the analyzer makes it high. Naming an account, as every
/// invoice and remittance advice does, is no request to change it.
/// </summary>
public sealed class PaymentChangeRule : IRule
{
    private const int MaxEvidence = 4;

    private static readonly RuleDescriptor Definition = new(
        RuleIds.PaymentChange,
        RuleGroup.Content,
        Severity.Medium,
        "A taken-over partner mailbox asks to pay to new bank details; every check passes, so only a phone call on a known number tells.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var evidence = new List<Evidence>();
        Collect(evidence, "Subject", context.CueSubject);
        Collect(evidence, "body-preview", context.CueBody);
        if (evidence.Count == 0)
        {
            return;
        }

        findings.Add(new Finding(
            Definition.Id,
            Definition.DefaultSeverity,
            context.Text("payment-change.title"),
            context.Text("payment-change.detail"),
            evidence)
        {
            Banner = context.Banner("payment-change.banner"),
        });
    }

    private static void Collect(List<Evidence> evidence, string header, string normalized)
    {
        foreach (var (_, phrase) in CueMatcher.PaymentChange.Find(normalized))
        {
            CueMatcher.AddEvidence(evidence, header, phrase, MaxEvidence);
        }
    }
}
