using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Authentication;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class ProviderVerdictRuleTests
{
    private static readonly ProviderVerdictRule Rule = new();

    private static string Inbound(string forefront) => $"""
        From: "Microsoft 365" <no-reply@m365-account-alerts.com>
        To: yui.sato@contoso.com
        Subject: Your password expires today
        X-MS-Exchange-Organization-MessageDirectionality: Incoming
        X-MS-Exchange-Organization-AuthAs: Anonymous
        X-Forefront-Antispam-Report: {forefront}

        """;

    [Fact]
    public void RealPhishAllowedByConnectorRule_Reports_MediumBypass()
    {
        // Real Exchange Online phish: IPV:CAL;SFV:SKN;SCL:-1 (an allow entry skipped filtering).
        var message = Fixture("rules/office365_covid_phish.eml");

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Value == "IPV:CAL");
        Assert.Contains(finding.Evidence, e => e.Value == "SFV:SKN");
        Assert.Contains(finding.Evidence, e => e.Value == "SCL:-1");
        Assert.Contains("skip", finding.Banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PHSH", "phishing")]
    [InlineData("HPHSH", "high-confidence phishing")]
    [InlineData("SPOOF", "spoofing")]
    [InlineData("UIMP", "impersonation of a person")]
    [InlineData("DIMP", "impersonation of a domain")]
    [InlineData("GIMP", "mailbox intelligence")]
    public void ThreatCategory_Reports_HighInPlainWords(string category, string words)
    {
        var message = Parse(Inbound($"CIP:192.0.2.44;CTRY:NL;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:vps.example;PTR:;CAT:{category};SFS:;DIR:INB;"));

        var finding = Single(Rule, message);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(words, finding.Banner, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Value == "CAT:" + category);
    }

    [Fact]
    public void ThreatCategory_InJapanese_Reports()
    {
        var message = Parse(Inbound("CIP:192.0.2.44;CTRY:NL;LANG:ja;SCL:9;SRV:;IPV:NLI;SFV:SPM;H:vps.example;PTR:;CAT:PHSH;SFS:;DIR:INB;"));

        var finding = Single(Rule, message, language: Language.Ja);

        Assert.Contains("フィッシング", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void SpamVerdict_Reports_Medium()
    {
        var message = Parse(Inbound("CIP:192.0.2.44;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:bulk.example;PTR:;CAT:SPM;SFS:;DIR:INB;"));

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("spam", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void RealNewsletterNotSpam_DoesNotReport()
    {
        // Real: SFV:NSPM, CAT:NONE, IPV:NLI, SCL:0.
        var message = Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void IntraOrganizationMailWithSclMinusOne_DoesNotReport()
    {
        // Exchange skips filtering of mail between the organization's own mailboxes (SFV:SKI, SCL:-1): expected.
        var message = Parse("""
            From: "Yui Sato" <yui.sato@contoso.com>
            To: ren.takahashi@contoso.com
            Subject: Lunch
            X-MS-Exchange-Organization-MessageDirectionality: Originating
            X-MS-Exchange-Organization-AuthAs: Internal
            X-MS-Exchange-Organization-SCL: -1
            X-Forefront-Antispam-Report: CIP:255.255.255.255;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKI;H:DM6PR01MB1234.namprd01.prod.outlook.com;PTR:;CAT:NONE;SFS:;DIR:INT;

            """);

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void NoForefrontReport_DoesNotReport()
    {
        var message = Fixture("samples/mailing-list-via.eml");

        Assert.Empty(Run(Rule, message));
    }
}
