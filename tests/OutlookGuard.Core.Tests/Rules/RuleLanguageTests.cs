using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Tests.Golden;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>Every rule speaks both languages: a message that fires it, read in English and in Japanese.</summary>
public sealed class RuleLanguageTests
{
    public static TheoryData<string> FiringRuleIds() => [.. RuleCatalog.Ids];

    [Theory]
    [MemberData(nameof(FiringRuleIds))]
    public void Rule_WritesTitleDetailAndBannerInBothLanguages(string ruleId)
    {
        var rule = RuleCatalog.All.Single(r => r.Descriptor.Id == ruleId);
        var (message, policy) = Firing(ruleId);

        var en = Assert.IsType<Finding>(Run(rule, message, policy, Language.En).FirstOrDefault(), exactMatch: true);
        var ja = Assert.IsType<Finding>(Run(rule, message, policy, Language.Ja).FirstOrDefault(), exactMatch: true);

        Assert.All(new[] { en.Title, en.Detail, en.Banner! }, text => Assert.True(text.All(c => c < 0x3000), "English text holds Japanese: " + text));
        Assert.All(new[] { ja.Title, ja.Detail, ja.Banner! }, text => Assert.Contains(text, c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF'));
        Assert.All(new[] { en.Title, en.Detail, en.Banner!, ja.Title, ja.Detail, ja.Banner! }, text =>
        {
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        });
        Assert.Equal(en.Severity, ja.Severity);
        Assert.Equal(en.Evidence.Count, ja.Evidence.Count);
    }

    // A message that fires the rule: the first sample of the golden corpus (TestData/golden/expected.tsv) listed with
    // it, so a new rule needs no case here; a made-up "RE:" thread for fake-thread, which no real sample has.
    private static (MessageFacts Message, CompiledPolicy Policy) Firing(string ruleId)
    {
        if (ruleId == RuleIds.FakeThread)
        {
            return (Parse("""
                From: "Jorge Alvarez" <j.alvarez@northwind-traders.com>
                Reply-To: j.alvarez.finance@outlook.com
                To: ap@contoso.com
                Subject: RE: Outstanding invoice 4471

                """), CompiledPolicy.Default);
        }

        var sample = GoldenExpectations.Load().First(e => e.RuleIds.Contains(ruleId, StringComparer.Ordinal)).Name;
        var policy = GoldenExpectations.PolicyFor(sample);
        return (EngineFor(policy).ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(GoldenExpectations.PathOf(sample)))), policy);
    }
}
