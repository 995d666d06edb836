using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Identity;

/// <summary>
/// A From, Reply-To or Return-Path domain that is not internal or protected but imitates one
/// (<see cref="LookalikeMatcher.Compare"/>: confusable skeleton, one typo or swap, a hyphen, an added
/// word, another public suffix): high. An internationalized domain judged on its own
/// (<see cref="LookalikeMatcher.InspectIdn"/>: scripts mixed, or accents that fold to the very name the
/// sender calls itself): medium. Only internal and protected domains are targets: two unrelated
/// public names that look alike (google.com, google.co.jp) say nothing about this message.
/// </summary>
public sealed class LookalikeDomainRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.LookalikeDomain,
        Severity.High,
        "Fraudsters register names a glance away from yours or a partner's: a look-alike letter, a typo, another ending, an added word.");

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
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
        var (how, howJa) = Explain(match);
        var whose = match.Target is null
            ? context.Text("", "")
            : context.Text(
                context.Policy.IsInternal(match.Target) ? " (your organization's domain)" : " (a protected domain)",
                context.Policy.IsInternal(match.Target) ? "(自社のドメイン)" : "(保護対象のドメイン)");
        var title = context.Text($"{candidate.Unicode} imitates {imitated}", $"{candidate.Unicode} は {imitated} に似せたドメインです");
        var detail = context.Text(
            $"The {firstHeader} domain {shown} is not {imitated}{whose}: it {how}. Such names are registered to be mistaken for the real one.",
            $"{firstHeader} のドメイン {shown} は {imitated}{whose} ではありません。{howJa}本物と見間違えさせるために登録された名前です。");
        var banner = string.Equals(firstHeader, "Reply-To", StringComparison.Ordinal)
            ? context.Text(
                $"Replies go to {candidate.Unicode}, which only looks like {imitated}. Check with the sender another way before replying.",
                $"返信先 {candidate.Unicode} は {imitated} に似せた別のドメインです。返信する前に別の方法で確認してください。")
            : context.Text(
                $"{candidate.Unicode} only looks like {imitated}. Don't reply, open links or pay before checking another way.",
                $"送信元 {candidate.Unicode} は {imitated} に似せた別のドメインです。返信・リンク・支払いの前に別の方法で確認してください。");
        return new Finding(Descriptor.Id, severity, title, detail, evidence) { Banner = banner };
    }

    private static bool SameOrganization(DomainName a, DomainName b) =>
        string.Equals(LookalikeMatcher.OrganizationOf(a), LookalikeMatcher.OrganizationOf(b), StringComparison.Ordinal);

    private static (string En, string Ja) Explain(LookalikeMatch match) => match.Kind switch
    {
        LookalikeKind.Homoglyph => ("is spelled with look-alike characters", "見た目の似た別の文字で綴られています。"),
        LookalikeKind.MixedScript => ("mixes alphabets (Latin with Cyrillic or Greek letters) in one name", "1つの名前にラテン文字とキリル文字・ギリシャ文字が混在しています。"),
        LookalikeKind.IdnImitation => ("uses accented letters so that it reads as the name in the sender's display name", "アクセント付きの文字を使い、差出人名と同じ名前に見せかけています。"),
        LookalikeKind.Typo => ("differs from it by one character", "1文字だけ異なります。"),
        LookalikeKind.Transposition => ("has two letters swapped", "隣り合う2文字が入れ替わっています。"),
        LookalikeKind.SwappedSuffix => ("is the same name under another ending", "同じ名前を別の末尾(トップレベルドメイン)で登録したものです。"),
        LookalikeKind.Hyphenation => ("adds or drops a hyphen", "ハイフンを足したり削ったりしています。"),
        LookalikeKind.AddedWord => ("adds a word to the name", "名前に単語を付け足しています。"),
        LookalikeKind.EmbeddedDomain => ("puts the real name in front of someone else's domain", "本物の名前を別のドメインの前に付けています。"),
        _ => ("resembles it", "よく似ています。"),
    };
}
