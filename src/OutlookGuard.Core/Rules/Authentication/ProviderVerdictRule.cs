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
public sealed class ProviderVerdictRule() : Rule(new(
    RuleIds.ProviderVerdict, RuleGroup.Authentication, Severity.High,
    "Microsoft 365 already named the threat, or an allow rule let the message skip its filters."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
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
            title = context.Text("provider-verdict.threat.title");
            detail = context.Text("provider-verdict.threat.detail", ("threat", threat), ("category", category), ("bypass", bypassText));
            banner = context.Banner("provider-verdict.threat.banner", ("threat", threat));
        }
        else if (spam)
        {
            severity = Severity.Medium;
            title = context.Text("provider-verdict.spam.title");
            detail = context.Text("provider-verdict.spam.detail", ("bypass", bypassText));
            banner = context.Banner("provider-verdict.spam.banner");
        }
        else
        {
            severity = Severity.Medium;
            title = context.Text("provider-verdict.bypass.title");
            detail = bypass!;
            banner = context.Banner("provider-verdict.bypass.banner");
        }

        findings.Add(new Finding(Descriptor.Id, severity, title, detail, evidence) { Banner = banner });
    }

    private static string? Threat(string category, RuleContext context) => category switch
    {
        "SPOOF" => context.Text("provider-verdict.threat.spoof"),
        "PHSH" => context.Text("provider-verdict.threat.phish"),
        "HPHSH" => context.Text("provider-verdict.threat.high-confidence-phish"),
        "UIMP" => context.Text("provider-verdict.threat.user-impersonation"),
        "DIMP" => context.Text("provider-verdict.threat.domain-impersonation"),
        "GIMP" => context.Text("provider-verdict.threat.mailbox-intelligence"),
        "MALW" or "AMP" => context.Text("provider-verdict.threat.malware"),
        "INTOS" => context.Text("provider-verdict.threat.internal-phish"),
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
            reasons.Add(context.Text(verdict == "SKN" ? "provider-verdict.bypass.skn" : "provider-verdict.bypass.ska"));
        }

        if (ipv == "CAL")
        {
            evidence.Add(new("X-Forefront-Antispam-Report", "IPV:CAL"));
            reasons.Add(context.Text("provider-verdict.bypass.cal"));
        }

        var scl = report.Scl ?? message.Exchange.Scl;
        if (scl == -1)
        {
            evidence.Add(new(report.Scl is not null ? "X-Forefront-Antispam-Report" : "X-MS-Exchange-Organization-SCL", "SCL:" + scl.Value.ToString(CultureInfo.InvariantCulture)));
            reasons.Add(context.Text("provider-verdict.bypass.scl"));
        }

        return reasons.Count == 0
            ? null
            : context.Text("provider-verdict.bypass.detail", ("reasons", string.Join(context.Text("provider-verdict.bypass.separator"), reasons)));
    }
}
