using System.Globalization;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Parsing.Exchange;

namespace OutlookGuard.Core.Rules.Authentication;

/// <summary>
/// Exchange Online Protection already judged the message (X-Forefront-Antispam-Report CAT: SPOOF, PHSH, HPHSH,
/// UIMP, DIMP, GIMP, MALW; SFV:SPM), or its filtering was bypassed by an allow entry (SFV:SKN/SKA, IPV:CAL,
/// SCL:-1 on mail from outside). Says it in plain words. High for spoof, phish, impersonation and malware;
/// medium for spam and for a bypass.
/// </summary>
public sealed class ProviderVerdictRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.ProviderVerdict,
        Severity.High,
        "Microsoft 365 already named the threat, or an allow rule let the message skip its filters.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (context.Message.Forefront is not { } report)
        {
            return;
        }

        var evidence = new List<Evidence>();
        var category = report.Cat?.Trim().ToUpperInvariant();
        var verdict = report.Sfv?.Trim().ToUpperInvariant();
        var threat = category is null ? null : Threat(category, context);
        var spam = category is "SPM" or "HSPM" || verdict == "SPM";
        var bypass = Bypass(context, report, evidence);
        if (threat is null && !spam && bypass is null)
        {
            return;
        }

        if (threat is not null || category is "SPM" or "HSPM")
        {
            evidence.Insert(0, new("X-Forefront-Antispam-Report", "CAT:" + category));
        }

        if (verdict == "SPM")
        {
            evidence.Add(new("X-Forefront-Antispam-Report", "SFV:SPM"));
        }

        string title;
        string detail;
        string banner;
        Severity severity;
        var bypassText = bypass is null ? string.Empty : " " + bypass;
        if (threat is not null)
        {
            severity = Severity.High;
            title = context.Text("Microsoft 365 flagged this message", "Microsoft 365 が危険と判定");
            detail = context.Text(
                $"Exchange Online Protection classified this message as {threat} (CAT:{category}).{bypassText}",
                $"Exchange Online Protection はこのメッセージを{threat}と判定しました（CAT:{category}）。{bypassText}");
            banner = context.Text(
                $"Microsoft 365 identified this message as {threat}. Do not open its links or reply; report it.",
                $"Microsoft 365 はこのメッセージを{threat}と判定しました。リンクを開いたり返信したりせず、報告してください。");
        }
        else if (spam)
        {
            severity = Severity.Medium;
            title = context.Text("Microsoft 365 rated this message as spam", "Microsoft 365 が迷惑メールと判定");
            detail = context.Text(
                $"Exchange Online Protection rated this message as spam.{bypassText}",
                $"Exchange Online Protection はこのメッセージを迷惑メールと判定しました。{bypassText}");
            banner = context.Text(
                "Microsoft 365 rated this message as spam. Treat its links and requests with care.",
                "Microsoft 365 はこのメッセージを迷惑メールと判定しました。リンクや依頼には注意してください。");
        }
        else
        {
            severity = Severity.Medium;
            title = context.Text("Spam filtering was skipped", "迷惑メールフィルターが省略されました");
            detail = bypass!;
            banner = context.Text(
                "An allow rule let this message skip Microsoft 365's spam filtering. Check the sender before acting.",
                "許可ルールにより、このメッセージは Microsoft 365 の迷惑メールフィルターを通っていません。対応する前に送信者を確認してください。");
        }

        findings.Add(new Finding(Definition.Id, severity, title, detail, evidence) { Banner = BannerText.Truncate(banner) });
    }

    private static string? Threat(string category, RuleContext context) => category switch
    {
        "SPOOF" => context.Text("spoofing (the sender's domain is forged)", "なりすまし（送信者のドメインが偽装されています）"),
        "PHSH" => context.Text("phishing", "フィッシング"),
        "HPHSH" => context.Text("high-confidence phishing", "確度の高いフィッシング"),
        "UIMP" => context.Text("impersonation of a person", "人物へのなりすまし"),
        "DIMP" => context.Text("impersonation of a domain", "ドメインへのなりすまし"),
        "GIMP" => context.Text("impersonation detected by mailbox intelligence", "メールボックスインテリジェンスが検出したなりすまし"),
        "MALW" or "AMP" => context.Text("malware", "マルウェア"),
        "INTOS" => context.Text("phishing from inside the organization", "組織内からのフィッシング"),
        _ => null,
    };

    // An allow entry (a mail flow rule, an allow list, the connection filter's IP allow list) switched filtering off
    // for mail from outside: an attacker who finds such an entry is never filtered.
    private static string? Bypass(RuleContext context, ForefrontReport report, List<Evidence> evidence)
    {
        var message = context.Message;
        var reasons = new List<string>();
        var verdict = report.Sfv?.Trim().ToUpperInvariant();
        var ipv = report.Ipv?.Trim().ToUpperInvariant();
        var fromOutside = string.Equals(report.Dir?.Trim(), "INB", StringComparison.OrdinalIgnoreCase)
            || string.Equals(message.Exchange.MessageDirectionality?.Trim(), "Incoming", StringComparison.OrdinalIgnoreCase)
            || (message.Exchange.AuthAs is { } authAs && !string.Equals(authAs.Trim(), "Internal", StringComparison.OrdinalIgnoreCase));
        if (!fromOutside)
        {
            return null;
        }

        if (verdict is "SKN" or "SKA")
        {
            evidence.Add(new("X-Forefront-Antispam-Report", "SFV:" + verdict));
            reasons.Add(verdict == "SKN"
                ? context.Text("a mail flow rule marked it as not spam (SFV:SKN)", "メールフロールールが迷惑メールではないと指定しました（SFV:SKN）")
                : context.Text("an allow list in the anti-spam policy let it through (SFV:SKA)", "迷惑メール対策ポリシーの許可リストが通しました（SFV:SKA）"));
        }

        if (ipv == "CAL")
        {
            evidence.Add(new("X-Forefront-Antispam-Report", "IPV:CAL"));
            reasons.Add(context.Text("the sending IP is on the connection filter's allow list (IPV:CAL)", "送信元 IP が接続フィルターの許可リストにあります（IPV:CAL）"));
        }

        var scl = report.Scl ?? message.Exchange.Scl;
        if (scl == -1)
        {
            evidence.Add(new(report.Scl is not null ? "X-Forefront-Antispam-Report" : "X-MS-Exchange-Organization-SCL", "SCL:" + scl.Value.ToString(CultureInfo.InvariantCulture)));
            reasons.Add(context.Text("its spam confidence level was set to -1, which skips filtering (SCL:-1)", "迷惑メール信頼度が -1 に設定され、フィルターが省略されました（SCL:-1）"));
        }

        return reasons.Count == 0
            ? null
            : context.Text(
                "Spam filtering was bypassed for this message from outside: " + string.Join("; ", reasons) + ".",
                "外部からのこのメッセージは迷惑メールフィルターを通っていません：" + string.Join("、", reasons) + "。");
    }
}
