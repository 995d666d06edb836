using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Golden;

/// <summary>
/// Every real sample in TestData/golden and every bundled sample against its expected verdict and the exact
/// set of rule ids (TestData/golden/expected.tsv). A change in what fires on real mail shows up here.
/// </summary>
public sealed class GoldenCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var entry in GoldenExpectations.Load())
        {
            data.Add(entry.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_GivesExpectedVerdictAndRuleIds(string file)
    {
        var expected = GoldenExpectations.Load().Single(e => e.Name == file);
        var policy = GoldenExpectations.PolicyFor(file);
        var facts = Rules.RuleTestKit.EngineFor(policy).ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(GoldenExpectations.PathOf(file))));

        var result = Rules.RuleTestKit.EngineFor(policy).Analyze(facts, Language.En);

        var actualIds = result.Findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.RuleIds, actualIds);
        Assert.Equal(expected.Verdict, result.Verdict);
    }

    [Fact]
    public void Corpus_CoversEveryFileInTheFolders()
    {
        var listed = GoldenExpectations.Load().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var onDisk = Directory.EnumerateFiles(Fixtures.PathOf("golden"))
            .Select(f => "golden/" + Path.GetFileName(f))
            .Where(f => f.EndsWith(".eml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"))
                .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
                .Select(f => "samples/" + Path.GetFileName(f)));

        Assert.All(onDisk, f => Assert.Contains(f, listed));
    }

    [Fact]
    public void Corpus_EveryRuleFiresSomewhereAndLegitimateMailIsNeverDanger()
    {
        var entries = GoldenExpectations.Load();

        var fired = entries.SelectMany(e => e.RuleIds).ToHashSet(StringComparer.Ordinal);
        // No real sample in the corpus has a made-up "RE:"; FakeThreadRuleTests covers that rule on inline headers.
        // The corpus is analyzed without a history, so the relationship rules never fire here; the tests under
        // Relationship/ cover them on mailboxes.
        var expected = RuleCatalog.All
            .Where(r => r.Descriptor.Group != RuleGroup.Relationship)
            .Select(r => r.Descriptor.Id)
            .Where(id => id is not RuleIds.FakeThread);
        Assert.All(expected, id => Assert.Contains(id, fired));
        Assert.DoesNotContain(entries, e => e.Legitimate && e.Verdict == Verdict.Danger);
    }
}
