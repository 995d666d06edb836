using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Structure;

/// <summary>
/// A header that RFC 5322 §3.6 allows once appears more often. Mail programs disagree on which copy they show,
/// so a second From, Sender or Reply-To can show one sender to a person and another to a filter: medium.
/// Other duplicates (To, Cc, Subject, Date, Message-ID, In-Reply-To, References) are low; a repeated
/// Return-Path, which redelivery adds, is info.
/// </summary>
public sealed class DuplicateHeaderRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.DuplicateHeader,
        Severity.Medium,
        "Two From headers let the filter check one sender while the reader sees another.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var duplicated = context.Message.DuplicatedHeaders;
        if (duplicated.Count == 0)
        {
            return;
        }

        var severity = Severity.Info;
        var evidence = new List<Evidence>();
        foreach (var name in duplicated)
        {
            var s = SeverityOf(name);
            if (s > severity)
            {
                severity = s;
            }

            evidence.Add(new(name, context.Text("appears more than once; the first one is read", "複数回現れます。最初のものを読み取りました")));
        }

        var names = string.Join(", ", duplicated);
        var identity = severity == Severity.Medium;
        findings.Add(new Finding(
            Definition.Id,
            severity,
            context.Text("Header written more than once", "ヘッダーが重複しています"),
            identity
                ? context.Text(
                    $"These headers should appear once but appear more often: {names}. Mail programs may show different senders for the same message.",
                    $"1 回だけのはずのヘッダーが複数あります：{names}。メールソフトによって異なる送信者が表示される可能性があります。")
                : context.Text(
                    $"These headers should appear once but appear more often: {names}.",
                    $"1 回だけのはずのヘッダーが複数あります：{names}。"),
            evidence)
        {
            Banner = BannerText.Truncate(identity
                ? context.Text(
                    "This message names its sender more than once, so programs may show different senders. Check the sender before acting.",
                    "このメッセージは送信者を複数回記載しており、表示される送信者が異なる可能性があります。対応する前に確認してください。")
                : context.Text(
                    "Some headers of this message are repeated. Check the details before acting on it.",
                    "このメッセージには重複したヘッダーがあります。対応する前に詳細を確認してください。")),
        });
    }

    private static Severity SeverityOf(string header) => header.ToUpperInvariant() switch
    {
        "FROM" or "SENDER" or "REPLY-TO" => Severity.Medium,
        "RETURN-PATH" => Severity.Info,
        _ => Severity.Low,
    };
}
