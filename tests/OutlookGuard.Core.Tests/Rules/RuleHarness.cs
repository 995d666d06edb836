using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>Runs one rule over a parsed message, the way <see cref="GuardEngine"/> does.</summary>
internal static class RuleHarness
{
    /// <summary>The tenant of the bundled samples (samples/policy.json).</summary>
    public static GuardPolicy HanabiPolicy() => new()
    {
        InternalDomains = ["hanabi-foods.co.jp"],
        ProtectedNames = ["Haruto Mori", "森 陽翔", "Kenji Watanabe"],
        ProtectedDomains = ["hanabi-bank.co.jp"],
        TrustedReplyToDomains = ["zendesk.com"],
    };

    public static List<Finding> Run(IRule rule, MessageFacts message, GuardPolicy policy, Language language = Language.En)
    {
        var findings = new List<Finding>();
        rule.Evaluate(new RuleContext(message, RuleTestKit.EngineFor(policy).Compiled, language), findings);
        return findings;
    }

    public static List<Finding> RunFixture(IRule rule, string fixture, GuardPolicy policy, Language language = Language.En) =>
        Run(rule, RuleTestKit.EngineFor(policy).ReadFacts(MessageInput.FromBytes(Fixtures.Bytes(fixture))), policy, language);

    public static List<Finding> RunHeaders(IRule rule, string headers, GuardPolicy policy, Language language = Language.En) =>
        Run(rule, RuleTestKit.EngineFor(policy).ReadFacts(MessageInput.FromText(headers)), policy, language);

    /// <summary>
    /// A header block in the shape Exchange Online writes for mail that arrived from Gmail; the address
    /// lines are the test's. Reserved addresses only.
    /// </summary>
    public static string InboundFromGmail(string addressLines) => $"""
        Received: from OS3PR01MB6390.jpnprd01.prod.outlook.com (2603:1096:604:3a::12) by
         TYCPR01MB8456.jpnprd01.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 09:14:02
         +0000
        Received: from mail-sor-f41.google.com (198.51.100.41) by
         OS3PR01MB6390.mail.protection.outlook.com (10.167.242.95) with Microsoft SMTP
         Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via
         Frontend Transport; Tue, 17 Nov 2026 09:14:01 +0000
        Authentication-Results: spf=pass (sender IP is 198.51.100.41)
         smtp.mailfrom=gmail.com; dkim=pass (signature was verified)
         header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass
         reason=100
        {addressLines}
        To: "Yui Sato" <yui.sato@hanabi-foods.co.jp>
        Subject: Quick question
        Date: Tue, 17 Nov 2026 18:13:55 +0900
        Message-ID: <CAJx9k2Q1bW3n8vR@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"
        X-MS-Exchange-Organization-AuthAs: Anonymous
        X-MS-Exchange-Organization-MessageDirectionality: Incoming

        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
