using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
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
        var (message, policy, history) = Firing(ruleId);

        var en = Assert.IsType<Finding>(Run(rule, message, policy, Language.En, history).FirstOrDefault(), exactMatch: true);
        var ja = Assert.IsType<Finding>(Run(rule, message, policy, Language.Ja, history).FirstOrDefault(), exactMatch: true);

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
    // it, so a new rule needs no case here; a made-up "RE:" thread for fake-thread, which no real sample has; the
    // colleague sample against the bundled sample mailbox for the relationship rules (an empty mailbox for first-contact).
    private static (MessageFacts Message, CompiledPolicy Policy, CorrespondenceHistory? History) Firing(string ruleId)
    {
        if (RuleCatalog.All.Single(r => r.Descriptor.Id == ruleId).Descriptor.Group == RuleGroup.Relationship)
        {
            var colleague = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);
            var history = ruleId == RuleIds.FirstContact
                ? CorrespondenceHistory.Build(colleague.From[0].Address, [], 0)
                : Relationship.SampleMailbox.Load().For(colleague);
            return (colleague, SamplePolicy, history);
        }

        if (ruleId == RuleIds.FakeThread)
        {
            return (Parse("""
                From: "Jorge Alvarez" <j.alvarez@northwind-traders.com>
                Reply-To: j.alvarez.finance@outlook.com
                To: ap@contoso.com
                Subject: RE: Outstanding invoice 4471

                """), CompiledPolicy.Default, null);
        }

        var sample = GoldenExpectations.Load().First(e => e.RuleIds.Contains(ruleId, StringComparer.Ordinal)).Name;
        var policy = GoldenExpectations.PolicyFor(sample);
        return (EngineFor(policy).ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(GoldenExpectations.PathOf(sample)))), policy, null);
    }
}
