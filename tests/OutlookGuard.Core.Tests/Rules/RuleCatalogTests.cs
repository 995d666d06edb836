using System.Reflection;
using System.Text.RegularExpressions;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Parsing.AuthResults;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Rules;

public sealed partial class RuleCatalogTests
{
    private static readonly string[] RuleIdConstants =
    [
        .. typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Fact]
    public void Ids_AreUnique()
    {
        var duplicates = RuleCatalog.Ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_AreKebabCase()
    {
        Assert.All(RuleCatalog.Ids, id => Assert.Matches(KebabCase(), id));
        Assert.All(RuleIdConstants, id => Assert.Matches(KebabCase(), id));
    }

    [Fact]
    public void EveryRuleIdsConstant_IsRegisteredExactlyOnce()
    {
        var missing = RuleIdConstants.Where(id => RuleCatalog.Ids.Count(r => r == id) != 1).ToArray();

        Assert.True(missing.Length == 0, "Not registered exactly once in RuleCatalog.All: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRegisteredId_IsARuleIdsConstant()
    {
        Assert.All(RuleCatalog.Ids, id => Assert.Contains(id, RuleIdConstants));
    }

    [Fact]
    public void Rules_AreListedGroupByGroup()
    {
        // RuleCatalog.All is the one banner priority list: relationship first (it fires only with a history, and its
        // evidence is the plainest banner), then identity, authentication, content, transport, structure. A new rule
        // goes inside its group's block.
        RuleGroup[] blocks = [RuleGroup.Relationship, RuleGroup.Identity, RuleGroup.Authentication, RuleGroup.Content, RuleGroup.Transport, RuleGroup.Structure];
        var groups = RuleCatalog.All.Select(r => r.Descriptor.Group).ToArray();

        Assert.Equal(Enum.GetValues<RuleGroup>().Order(), blocks.Order());
        Assert.Equal(groups.OrderBy(g => Array.IndexOf(blocks, g)), groups);
    }

    [Fact]
    public void EveryRule_LivesInTheFolderOfItsGroup()
    {
        Assert.All(RuleCatalog.All, rule =>
            Assert.Equal("OutlookGuard.Core.Rules." + rule.Descriptor.Group, rule.GetType().Namespace));
    }

    [Fact]
    public void EveryRule_HasAOneLineRationale()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            var rationale = rule.Descriptor.Rationale;
            Assert.False(string.IsNullOrWhiteSpace(rationale), rule.Descriptor.Id);
            Assert.DoesNotContain('\n', rationale);
            Assert.InRange(rationale.Length, 20, 160);
            Assert.EndsWith(".", rationale, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryRule_IsASealedClassNamedAfterItsId()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            var type = rule.GetType();
            Assert.True(type.IsSealed, type.Name);
            var expected = string.Concat(rule.Descriptor.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Rule";
            Assert.Equal(expected, type.Name);
        });
    }

    public static TheoryData<string> HostileInputs() =>
    [
        string.Empty,
        "\n\n",
        "From: <<<>>>@@@\nReply-To: ((((((\nSubject: Re:\n\n",
        "From: \"a via b\" <>\nReply-To: <@>\nList-Post: mailto:\nList-Id: <>\n\n",
        "From: x@xn--.com\nReply-To: y@xn--zz--.jp\nTo: ;;;\n\n",
        "Authentication-Results: ;\nAuthentication-Results: dmarc=fail header.from=\nFrom: a@contoso.com\n\n",
        "X-Forefront-Antispam-Report: CIP:;CTRY:;SCL:abc;SFV:;CAT:;IPV:;DIR:;\nX-MS-Exchange-Organization-SCL: -999999999999\n\n",
        "Subject: =?utf-8?B?" + new string('A', 5000) + "?=\nFrom: a@b.c\n\n" + new string('\uD800', 10),
        "Subject: \uFFFF\uD800\uDC00\u0000 RE：至急\nFrom: \"\u202Eevil\" <a@contoso.com>\nReply-To: b@gmail.com\n\n",
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void EveryRule_OnHostileInput_NeverThrows(string raw)
    {
        var policies = new[] { CompiledPolicy.Default, RuleTestKit.SamplePolicy };
        foreach (var policy in policies)
        {
            var message = RuleTestKit.Parse(raw, policy);
            foreach (var language in new[] { Language.En, Language.Ja })
            {
                var result = RuleTestKit.EngineFor(policy).Analyze(message, language);
                Assert.NotNull(result);
                Assert.True(result.Banner is null || result.Banner.Length <= BannerText.MaxLength);
            }
        }
    }

    [Fact]
    public void EveryRule_OnHandBuiltFactsWithNulls_NeverThrows()
    {
        var message = new MessageFacts
        {
            From = [new NamedAddress(null, "a", null), new NamedAddress("", "@", null)],
            ReplyTo = [new NamedAddress(null, "", null)],
            Received = [new ReceivedHop(0, null, "not-an-ip", null, "SMTP", null, null, null, null)],
            AuthenticationResults = [new AuthResultsHeader("Authentication-Results", 0, 0, null, null, [new AuthResult("compauth", "fail", "x", null, new Dictionary<string, string>())])],
            Forefront = new ForefrontReport(null, null, null, null, null, null, null, null, null, null, null, new Dictionary<string, string>()),
            Origin = new OriginInfo(null, null, null, null, null, null, null),
            Exchange = new ExchangeOrganization("", null, "", null),
            Issues = [new ParseIssue("", null, "")],
            DuplicatedHeaders = [""],
            Subject = "",
            BodyPreview = "",
        };

        foreach (var rule in RuleCatalog.All)
        {
            var findings = new List<Finding>();
            rule.Evaluate(new RuleContext(message, RuleTestKit.SamplePolicy, Language.Ja), findings);
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
