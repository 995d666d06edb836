using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Identity;

/// <summary>
/// A From, Reply-To or Return-Path domain that is not internal or protected but imitates one
/// (<see cref="LookalikeMatcher.Compare(DomainName, DomainName)"/>: confusable skeleton, one typo or swap, a hyphen, an added
/// word, another public suffix): high. An internationalized domain judged on its own
/// (<see cref="LookalikeMatcher.InspectIdn"/>: scripts mixed, or accents that fold to the very name the
/// sender calls itself): medium. Only internal and protected domains are targets: two unrelated
/// public names that look alike (google.com, google.co.jp) say nothing about this message.
/// </summary>
public sealed class LookalikeDomainRule() : Rule(new(
    RuleIds.LookalikeDomain, RuleGroup.Identity, Severity.High,
    "Fraudsters register names a glance away from yours or a partner's: a look-alike letter, a typo, another ending, an added word."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var message = context.Message;
        var sightings = new List<(string Header, NamedAddress Mailbox, string? DisplayName)>();
        var fromName = context.From?.DisplayName;
        foreach (var from in message.From)
        {
            sightings.Add(("From", from, from.DisplayName));
        }

        foreach (var replyTo in message.ReplyTo)
        {
            sightings.Add(("Reply-To", replyTo, replyTo.DisplayName ?? fromName));
        }

        if (message.ReturnPath is { } returnPath)
        {
            sightings.Add(("Return-Path", returnPath, fromName));
        }

        // One finding per registrable domain, in header order, with every header it appears in as evidence.
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, mailbox, _) in sightings)
        {
            var domain = mailbox.Domain;
            if (domain is null || !done.Add(LookalikeMatcher.OrganizationOf(domain)))
            {
                continue;
            }

            var match = Judge(context, domain, sightings);
            if (match is not null)
            {
                findings.Add(Build(context, match, sightings));
            }
        }
    }

    private static LookalikeMatch? Judge(
        RuleContext context, DomainName domain, List<(string Header, NamedAddress Mailbox, string? DisplayName)> sightings)
    {
        var policy = context.Policy;
        if (policy.IsInternal(domain) || policy.IsProtected(domain))
        {
            return null;
        }

        if (policy.FindLookalike(domain) is { } match)
        {
            return match;
        }

        if (!domain.IsIdn)
        {
            return null;
        }

        foreach (var (_, mailbox, displayName) in sightings)
        {
            if (mailbox.Domain is { } other && SameOrganization(other, domain)
                && LookalikeMatcher.InspectIdn(other, displayName) is { } idn)
            {
                return idn;
            }
        }

        return null;
    }

    private Finding Build(
        RuleContext context, LookalikeMatch match, List<(string Header, NamedAddress Mailbox, string? DisplayName)> sightings)
    {
        var candidate = match.Candidate;
        var shown = candidate.IsIdn ? $"{candidate.Unicode} ({candidate.Ascii})" : candidate.Ascii;
        var imitated = match.Imitated;
        var evidence = new List<Evidence>();
        string? firstHeader = null;
        foreach (var (header, mailbox, _) in sightings)
        {
            if (mailbox.Domain is { } domain && SameOrganization(domain, candidate))
            {
                firstHeader ??= header;
                evidence.Add(new Evidence(header, mailbox.ToString()));
            }
        }

        evidence.Add(new Evidence("lookalike", $"{match.Kind}: {candidate.Ascii} ~ {(match.Target is { } t ? LookalikeMatcher.OrganizationOf(t) : imitated)}"));
        var severity = match.Target is null ? Severity.Medium : Severity.High;
        var whose = match.Target is null
            ? string.Empty
            : context.Text(context.Policy.IsInternal(match.Target) ? "lookalike-domain.whose.internal" : "lookalike-domain.whose.protected");
        var title = context.Text("lookalike-domain.title", ("domain", candidate.Unicode), ("imitated", imitated));
        var detail = context.Text(
            "lookalike-domain.detail",
            ("header", firstHeader),
            ("shown", shown),
            ("imitated", imitated),
            ("whose", whose),
            ("how", context.Text(HowKey(match.Kind))));
        var banner = context.Banner(
            string.Equals(firstHeader, "Reply-To", StringComparison.Ordinal) ? "lookalike-domain.banner.reply-to" : "lookalike-domain.banner",
            ("domain", candidate.Unicode),
            ("imitated", imitated));
        return new Finding(Descriptor.Id, severity, title, detail, evidence) { Banner = banner };
    }

    private static bool SameOrganization(DomainName a, DomainName b) =>
        string.Equals(LookalikeMatcher.OrganizationOf(a), LookalikeMatcher.OrganizationOf(b), StringComparison.Ordinal);

    private static string HowKey(LookalikeKind kind) => kind switch
    {
        LookalikeKind.Homoglyph => "lookalike-domain.how.homoglyph",
        LookalikeKind.MixedScript => "lookalike-domain.how.mixed-script",
        LookalikeKind.IdnImitation => "lookalike-domain.how.idn-imitation",
        LookalikeKind.Typo => "lookalike-domain.how.typo",
        LookalikeKind.Transposition => "lookalike-domain.how.transposition",
        LookalikeKind.SwappedSuffix => "lookalike-domain.how.swapped-suffix",
        LookalikeKind.Hyphenation => "lookalike-domain.how.hyphenation",
        LookalikeKind.AddedWord => "lookalike-domain.how.added-word",
        LookalikeKind.EmbeddedDomain => "lookalike-domain.how.embedded-domain",
        _ => "lookalike-domain.how.other",
    };
}
