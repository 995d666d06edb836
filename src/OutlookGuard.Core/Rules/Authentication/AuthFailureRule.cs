using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Authentication;

/// <summary>
/// The receiving system's own verdict says DMARC or compauth failed for the From domain. Only trusted
/// Authentication-Results are read (the topmost one without authserv-id for Exchange Online, or a
/// <c>TrustedAuthServIds</c> gateway's). compauth=pass (reason 130: an ARC seal overrode a DMARC failure on
/// forwarded or list mail) gives no finding. Default medium; high when the domain's own DMARC policy is
/// quarantine or reject; low when only implicit authentication failed (compauth reason 001 without a DMARC
/// failure: the domain publishes no enforcing policy, as many newsletters' do).
/// </summary>
public sealed class AuthFailureRule : IRule
{
    private static readonly RuleDescriptor Definition = new(
        RuleIds.AuthFailure,
        Severity.Medium,
        "A From domain that fails its own DMARC check at the receiving system may be forged.");

    public RuleDescriptor Descriptor => Definition;

    public void Evaluate(RuleContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (context.From is not { Domain: { } fromDomain } from || TrustedAuthResults.ForFrom(context) is not { } header)
        {
            return;
        }

        var dmarc = header.Find("dmarc");
        var compauth = header.Find("compauth");
        if (compauth?.Passed == true)
        {
            return;
        }

        var dmarcFailed = string.Equals(dmarc?.Result, "fail", StringComparison.Ordinal);
        var compauthFailed = string.Equals(compauth?.Result, "fail", StringComparison.Ordinal);
        if (!dmarcFailed && !compauthFailed)
        {
            return;
        }

        var reason = compauth?.Reason?.Trim();
        var enforced = (dmarcFailed && TrustedAuthResults.PolicyEnforces(dmarc)) || reason is "000" or "010";
        var severity = enforced
            ? Severity.High
            : !dmarcFailed && reason == "001" ? Severity.Low : Definition.DefaultSeverity;

        var evidence = new List<Evidence> { new("From", from.Address) };
        var results = new List<string>();
        foreach (var result in new[] { dmarc, compauth })
        {
            if (result is not null)
            {
                var text = TrustedAuthResults.Describe(result);
                results.Add(text);
                evidence.Add(new(header.HeaderName, text));
            }
        }

        if (header.AuthServId is not null)
        {
            evidence.Add(new("authserv-id", header.AuthServId));
        }

        var explained = CompauthReasons.Explain(reason, context.Language);
        var reasonText = explained is null
            ? string.Empty
            : context.Text($" Microsoft's compauth reason {reason}: {explained}.", $"Microsoft の compauth 理由コード {reason}：{explained}。");
        var policyText = enforced
            ? context.Text(" The domain's own policy asks receivers to quarantine or reject such mail.", "ドメイン自身のポリシーは、このようなメールの隔離または拒否を求めています。")
            : string.Empty;
        var domain = fromDomain.Unicode;
        findings.Add(new Finding(
            Definition.Id,
            severity,
            context.Text("Sender authentication failed", "送信者の認証に失敗"),
            context.Text(
                $"Your mail system could not confirm that {domain} sent this message ({string.Join("; ", results)}).{reasonText}{policyText}",
                $"受信側のメールシステムは、このメッセージが {domain} から送られたことを確認できませんでした（{string.Join("; ", results)}）。{reasonText}{policyText}"),
            evidence)
        {
            Banner = BannerText.Truncate(severity == Severity.High
                ? context.Text(
                    $"This message failed {domain}'s own sender check and may be forged. Confirm with the sender another way before acting.",
                    $"このメッセージは {domain} 自身の送信者チェックに失敗しており、偽装の可能性があります。別の方法で送信者に確認してください。")
                : context.Text(
                    $"The sender {domain} could not be verified for this message. Treat its links and requests with care.",
                    $"このメッセージの送信者 {domain} を確認できませんでした。リンクや依頼には注意してください。")),
        });
    }
}
