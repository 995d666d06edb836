using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Reply;

/// <summary>
/// The reply guard's decision, a pure function of the policy, the original's facts and analysis (the same engine as the
/// reading pane, so the two agree) and the recipients. Never warns for the original's From, an internal address or a
/// trusted Reply-To domain; each rule the admin switched off also switches off its reason here.
/// </summary>
internal static class ReplyChecker
{
    /// <summary>Outlook's limit for the Smart Alerts dialog text (<c>event.completed</c> <c>errorMessage</c>).</summary>
    public const int MaxMessageLength = 500;

    // More recipients than a compose form holds are not read.
    private const int MaxRecipients = 500;

    public static ReplyCheck Check(
        CompiledPolicy policy,
        MessageFacts? original,
        AnalysisResult? originalAnalysis,
        IReadOnlyList<ReplyAddress> recipients,
        Language language)
    {
        var originalFrom = original is { From.Count: > 0 } ? original.From[0] : null;
        var summary = originalFrom is null ? null : new ReplyOriginal(
            new ReplyAddress(originalFrom.DisplayName, originalFrom.Address),
            [.. original!.ReplyTo.Select(r => new ReplyAddress(r.DisplayName, r.Address))]);
        if (!policy.Source.ReplyGuard.Enabled)
        {
            return new ReplyCheck(ReplyAction.Allow, null, null, [], summary);
        }

        var replyToDiverges = originalAnalysis?.Findings.Any(f => f.RuleId == RuleIds.ReplyToMismatch && f.Severity >= Severity.Medium) == true;
        var colleagues = ColleagueNames(policy, original);
        var flagged = new List<(FlaggedRecipient Flag, NamedAddress Recipient, LookalikeMatch? Lookalike, string? Name)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var given in recipients.Take(MaxRecipients))
        {
            if (ToNamedAddress(given) is not { Domain: { } domain } recipient || !seen.Add(recipient.Address)
                || NeverWarns(policy, originalFrom, recipient, domain))
            {
                continue;
            }

            if (replyToDiverges && originalFrom?.Domain is { } fromDomain && !domain.IsSameOrganization(fromDomain)
                && original!.ReplyTo.Any(r => string.Equals(r.Address, recipient.Address, StringComparison.OrdinalIgnoreCase)))
            {
                flagged.Add((new(recipient.Address, ReplyReasons.ReplyToDivergence), recipient, null, null));
            }
            else if (policy.IsEnabled(RuleIds.LookalikeDomain) && policy.FindLookalike(domain) is { } lookalike)
            {
                flagged.Add((new(recipient.Address, ReplyReasons.LookalikeDomain), recipient, lookalike, null));
            }
            else if (policy.IsEnabled(RuleIds.DisplayNameImpersonation) && policy.IsFreemail(domain)
                && ImpersonatedName(policy, colleagues, recipient.DisplayName) is { } name)
            {
                flagged.Add((new(recipient.Address, ReplyReasons.NameOnFreemail), recipient, null, name));
            }
        }

        if (flagged.Count == 0)
        {
            return new ReplyCheck(ReplyAction.Allow, null, null, [], summary);
        }

        var (first, firstRecipient, firstLookalike, firstName) = flagged[0];
        var fromName = originalFrom is null ? string.Empty
            : string.IsNullOrWhiteSpace(originalFrom.DisplayName) ? originalFrom.Address : originalFrom.DisplayName;
        var sentence = first.Reason switch
        {
            ReplyReasons.ReplyToDivergence => Wording.Get(language, "reply-check.reply-to-divergence",
                ("address", first.Address), ("fromName", fromName), ("fromAddress", originalFrom!.Address)),
            ReplyReasons.LookalikeDomain => Wording.Get(language, "reply-check.lookalike-domain",
                ("address", first.Address),
                ("domain", firstRecipient.Domain!.Unicode),
                ("imitated", firstLookalike!.Imitated),
                ("whose", Wording.Get(language, policy.IsInternal(firstLookalike.Target) ? "lookalike-domain.whose.internal" : "lookalike-domain.whose.protected"))),
            _ => Wording.Get(language, "reply-check.name-on-freemail", ("address", first.Address), ("name", firstName)),
        };
        if (flagged.Count > 1)
        {
            sentence += Wording.Get(language, "reply-check.more", ("addresses", string.Join(", ", flagged.Skip(1).Select(f => f.Flag.Address))));
        }

        var bar = first.Reason == ReplyReasons.ReplyToDivergence
            ? BannerText.From(language, "reply-check.banner.reply-to-divergence", ("address", first.Address), ("fromName", fromName))
            : BannerText.From(language, "reply-check.banner", ("address", first.Address));
        return new ReplyCheck(
            ReplyAction.Warn,
            BannerText.Truncate(sentence, MaxMessageLength),
            bar,
            [.. flagged.Select(f => f.Flag)],
            summary);
    }

    private static bool NeverWarns(CompiledPolicy policy, NamedAddress? originalFrom, NamedAddress recipient, DomainName domain) =>
        policy.IsInternal(domain)
        || policy.IsTrustedReplyTo(domain)
        || (originalFrom is not null && string.Equals(originalFrom.Address, recipient.Address, StringComparison.OrdinalIgnoreCase));

    // Colleagues named in the original: its From, To and Cc mailboxes in the organization's own domains.
    private static List<string> ColleagueNames(CompiledPolicy policy, MessageFacts? original) =>
        original is null ? [] :
        [.. original.From.Concat(original.To).Concat(original.Cc)
            .Where(a => !string.IsNullOrWhiteSpace(a.DisplayName) && policy.IsInternal(a.Domain))
            .Select(a => a.DisplayName!)
            .Distinct(StringComparer.Ordinal)];

    private static string? ImpersonatedName(CompiledPolicy policy, List<string> colleagues, string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }

        return policy.FindProtectedName(displayName)
            ?? colleagues.FirstOrDefault(colleague => PersonNameMatcher.IsMatch(displayName, colleague));
    }

    private static NamedAddress? ToNamedAddress(ReplyAddress given)
    {
        var address = given.Address?.Trim() ?? string.Empty;
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.Length > 320 || address.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(given.Name) ? null : given.Name.Trim();
        return new NamedAddress(name, address, DomainName.TryCreate(address[(at + 1)..]));
    }
}
