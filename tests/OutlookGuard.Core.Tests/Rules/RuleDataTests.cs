using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Authentication;
using OutlookGuard.Core.Rules.Content;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>The embedded rule data files: compauth reason codes and cue phrases.</summary>
public sealed class RuleDataTests
{
    private static readonly string[] Categories = ["urgency", "money", "secrecy", "gift-card", "bank-change", "availability"];

    [Theory]
    [InlineData("000", "explicit authentication failed")]
    [InlineData("001", "implicit authentication failed")]
    [InlineData("010", "one of your organization's own domains")]
    [InlineData("130", "ARC")]
    [InlineData("109", "passed composite authentication")]
    [InlineData("601", "implicit authentication failed, and the From domain is one of your organization's own domains")]
    [InlineData("905", "bypassed")]
    public void CompauthReason_IsExplained(string code, string expected)
    {
        Assert.Contains(expected, CompauthReasons.Explain(code, Language.En), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(CompauthReasons.Explain(code, Language.Ja)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("abc")]
    [InlineData("0001")]
    [InlineData("501")]
    public void UnknownCompauthReason_IsNotExplained(string? code)
    {
        Assert.Null(CompauthReasons.Explain(code, Language.En));
    }

    [Fact]
    public void CueFiles_HoldOnlyKnownCategories_WithoutDuplicates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (category, phrase) in AllCues())
        {
            Assert.Contains(category, Categories);
            Assert.True(seen.Add(phrase), "duplicate cue: " + phrase);
            Assert.Equal(CueMatcher.Normalize(phrase), phrase);
        }

        Assert.True(seen.Count > 80, $"only {seen.Count} cues");
    }

    [Theory]
    [InlineData("Ｕｒｇｅｎｔ：  Wire\u00A0Transfer", "urgent: wire transfer")]
    [InlineData("ｷﾞﾌﾄｶｰﾄﾞ", "ギフトカード")]
    [InlineData("Don’t TELL anyone", "don't tell anyone")]
    public void Normalize_FoldsWidthCaseSpaceAndApostrophes(string input, string expected)
    {
        Assert.Equal(expected, CueMatcher.Normalize(input));
    }

    [Fact]
    public void Normalize_LoneSurrogate_BecomesReplacementCharacter()
    {
        var input = new string(['\uD800', 'b', 'r', 'o', 'k', 'e', 'n', '\uDC00']);

        Assert.Equal("\uFFFDbroken\uFFFD", CueMatcher.Normalize(input));
    }

    // Every cue matches itself: each phrase is found in a text made of exactly that phrase.
    private static IEnumerable<(string Category, string Phrase)> AllCues()
    {
        var all = new List<(string, string)>();
        var probe = CueMatcher.Bec;
        foreach (var line in File.ReadAllLines(Path.Combine(Fixtures.RepositoryRoot(), "src", "OutlookGuard.Core", "Data", "bec_cues_en.txt"))
            .Concat(File.ReadAllLines(Path.Combine(Fixtures.RepositoryRoot(), "src", "OutlookGuard.Core", "Data", "bec_cues_ja.txt"))))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var phrase = CueMatcher.Normalize(line[(line.IndexOf('|', StringComparison.Ordinal) + 1)..]);
            var found = Assert.Single(probe.Find(phrase), f => f.Phrase == phrase);
            all.Add(found);
        }

        return all;
    }
}
