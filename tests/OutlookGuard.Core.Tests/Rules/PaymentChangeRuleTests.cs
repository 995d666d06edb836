using System.Text;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Content;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class PaymentChangeRuleTests
{
    private static readonly PaymentChangeRule Rule = new();

    // Exchange Online's own Authentication-Results for a vendor whose checks all pass.
    private static string Vendor(string subject, string body, string extra = "") => $"""
        Authentication-Results: spf=pass (sender IP is 203.0.113.61)
         smtp.mailfrom=maruyama-shoji.co.jp; dkim=pass (signature was verified)
         header.d=maruyama-shoji.co.jp;dmarc=pass action=none
         header.from=maruyama-shoji.co.jp;compauth=pass reason=100
        From: Tomoko Ishida <t.ishida@maruyama-shoji.co.jp>
        {extra}To: ap@kitsune-kogyo.co.jp
        Subject: {subject}
        Message-ID: <20261124101402.5D1E@maruyama-shoji.co.jp>
        In-Reply-To: <TYWPR01MB10982A1B2@TYWPR01MB10982.jpnprd01.prod.outlook.com>
        Content-Type: text/plain; charset="utf-8"

        {body}
        """;

    private static CompiledPolicy Kitsune() => PolicyWith(internalDomains: ["kitsune-kogyo.co.jp", "kitsune-kogyo.com"]);

    [Fact]
    public void Descriptor_IsMediumContentWithItsStableId()
    {
        Assert.Equal("payment-change", Rule.Descriptor.Id);
        Assert.Equal(RuleGroup.Content, Rule.Descriptor.Group);
        Assert.Equal(Severity.Medium, Rule.Descriptor.DefaultSeverity);
        Assert.Contains(RuleCatalog.All, r => r is PaymentChangeRule);
    }

    [Theory]
    [InlineData("RE: Invoice HFL-20418", "Please note our banking details have been updated. Kindly remit to the account below.", "banking details have been updated")]
    [InlineData("RE: Invoice HFL-20418", "Going forward please send all payments to our new account; the old account is no longer in use.", "to our new account")]
    [InlineData("Updated bank details", "Hello, see the attached letter.", "updated bank details")]
    [InlineData("RE: November statement", "Kindly note the change of payee for all open invoices.", "change of payee")]
    [InlineData("RE: 11月分ご請求書の件", "弊社の振込先口座が変更となりました。今回より下記へお願いします。", "振込先口座が変更")]
    [InlineData("口座変更のお願い", "いつもお世話になっております。", "口座変更")]
    [InlineData("RE: お支払いの件", "今後のお支払いは新しい口座へお願いいたします。", "新しい口座")]
    [InlineData("RE: お支払いの件", "お振込先の変更について、ご確認をお願いします。", "お振込先の変更")]
    public void RequestToPayToNewDetails_ReportsMedium(string subject, string body, string phrase)
    {
        var finding = Single(Rule, Parse(Vendor(subject, body)));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Value == CueMatcher.Normalize(phrase));
    }

    [Fact]
    public void Iso2022JpBody_IsDecodedAndReported()
    {
        var headers = """
            From: kanri@aozora-denki.co.jp
            To: keiri@kitsune-kogyo.co.jp
            Subject: =?ISO-2022-JP?B?GyRCJCo/Njl+QGgbKEI=?=
            Message-ID: <202611260905.5AQ05fwa@aozora-denki.co.jp>
            MIME-Version: 1.0
            Content-Type: text/plain; charset="ISO-2022-JP"
            Content-Transfer-Encoding: 7bit


            """.Replace("\n", "\r\n", StringComparison.Ordinal);
        var body = Encoding.Latin1.GetBytes("\u001b$B$*?69~@h$rJQ99$5$;$F$$$?$@$-$^$9\u001b(B\r\n");
        var message = GuardEngine.Default.ReadFacts(MessageInput.FromBytes(Encoding.ASCII.GetBytes(headers).Concat(body).ToArray()));

        var finding = Single(Rule, message);

        Assert.Equal("お振込先", message.Subject);
        Assert.Contains("お振込先を変更させていただきます", message.BodyPreview, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Header == "body-preview" && e.Value == "お振込先を変更");
    }

    [Theory]
    [InlineData("【丸山商事】11月分ご請求書送付のご案内", "お振込先：みずほ銀行 虎ノ門支店 普通 1122334。Please remit to the account above. ご不明点や変更がございましたらご連絡ください。")]
    [InlineData("Remittance Advice - Payment 880412", "Northwind Traders has initiated a payment of USD 18,420.00 to your bank account ending 4821.")]
    [InlineData("普通預金規定改定のお知らせ", "2027年4月1日より、法人口座振替手数料および普通預金規定を改定いたします。We are updating our account terms and fees.")]
    [InlineData("Welcome to Meridian Online Banking", "Your new account is ready. Your account number is shown in the app.")]
    [InlineData("Invoice INV-4471", "Please find attached invoice INV-4471. Bank account: 004417820913, remit to Harbor Freightlines LLC.")]
    public void OrdinaryVendorAndBankMail_DoesNotReport(string subject, string body)
    {
        Assert.Empty(Run(Rule, Parse(Vendor(subject, body))));
    }

    [Fact]
    public void AuthenticatedVendorInAThread_IsCautionAlone_WithThePhoneAdvice()
    {
        var policy = Kitsune();
        var result = EngineFor(policy).Analyze(MessageInput.FromText(Vendor("RE: Invoice HFL-20418", "Our bank details have changed; please pay to the new account below.")), Language.En);

        Assert.Equal(Verdict.Caution, result.Verdict);
        Assert.Equal(RuleIds.PaymentChange, result.Findings[0].RuleId);
        Assert.Contains("phone", result.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void UrgentWordingBesidePaymentChange_StaysCaution()
    {
        // bec-content raises the verdict next to another sign; the payment request is wording too, not a second sign.
        var result = EngineFor(Kitsune()).Analyze(MessageInput.FromText(Vendor("至急：振込先変更のお願い", "本日中に新しい口座へお振込みをお願いします。")), Language.Ja);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.BecContent);
        Assert.Equal(Verdict.Caution, result.Verdict);
    }

    [Fact]
    public void BesideAnIdentityFinding_IsHighAndDanger()
    {
        // The vendor's name on a free-mail Reply-To: reply-to-mismatch (identity) is high, payment-change is raised to high.
        var text = Vendor("RE: Invoice HFL-20418", "Our bank details have changed.", "Reply-To: Tomoko Ishida <t.ishida.maruyama@gmail.com>\n");
        var result = EngineFor(Kitsune()).Analyze(MessageInput.FromText(text), Language.En);

        Assert.Equal(Verdict.Danger, result.Verdict);
        Assert.Equal(Severity.High, result.Findings.Single(f => f.RuleId == RuleIds.PaymentChange).Severity);
    }

    [Fact]
    public void BesideALowIdentityFinding_IsStillHigh()
    {
        // A Reply-To on the sending service's own domain is only low for reply-to-mismatch; a new account beside it is not.
        var text = Vendor("RE: Invoice HFL-20418", "Our bank details have changed.", "Reply-To: billing@invoice-mailer.example\nSender: billing@invoice-mailer.example\n");
        var result = EngineFor(Kitsune()).Analyze(MessageInput.FromText(text), Language.En);

        Assert.Equal(Severity.Low, result.Findings.Single(f => f.RuleId == RuleIds.ReplyToMismatch).Severity);
        Assert.Equal(Verdict.Danger, result.Verdict);
    }

    [Fact]
    public void AdminSeverityOverride_IsNotRaised()
    {
        var policy = new GuardPolicy
        {
            InternalDomains = ["kitsune-kogyo.co.jp"],
            Rules = new(StringComparer.OrdinalIgnoreCase) { [RuleIds.PaymentChange] = new RuleSettings { Severity = Severity.Medium } },
        };
        var text = Vendor("RE: Invoice", "Our bank details have changed.", "Reply-To: Tomoko Ishida <t.ishida.maruyama@gmail.com>\n");
        var result = EngineFor(policy).Analyze(MessageInput.FromText(text), Language.En);

        Assert.Equal(Severity.Medium, result.Findings.Single(f => f.RuleId == RuleIds.PaymentChange).Severity);
    }
}
