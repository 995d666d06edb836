using OutlookGuard.Core.Rules;

namespace OutlookGuard.Cli.Tests;

/// <summary>
/// Keeps README.md and docs/rules.md in step with the code: their rule tables are the output of
/// <c>outlookguard rules --format markdown</c>, and docs/rules.md has a section per rule.
/// </summary>
public sealed class RuleDocumentationTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/rules.md")]
    public void RuleTable_IsTheOutputOfRulesFormatMarkdown(string document)
    {
        var (exit, generated, _) = CliRunner.Run("rules", "--format", "markdown");

        var table = TableIn(File.ReadAllText(Path.Combine(RepositoryRoot(), document)));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(
            string.Equals(generated, table, StringComparison.Ordinal),
            $"The rule table of {document} is out of date. Replace the lines between {Start} and {End} with the output of "
            + "`dotnet run --project src/OutlookGuard.Cli -- rules --format markdown`:\n" + generated);
    }

    [Fact]
    public void MarkdownTable_HasOneRowPerRuleInCatalogOrder_WithItsGroupAndSeverity()
    {
        var rows = RulesCommand.MarkdownTable().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();

        Assert.Equal(RuleCatalog.All.Count, rows.Length);
        Assert.All(RuleCatalog.All.Zip(rows), pair =>
        {
            var d = pair.First.Descriptor;
            var group = d.Group.ToString().ToLowerInvariant();
            var severity = d.DefaultSeverity.ToString().ToLowerInvariant();
            Assert.Equal($"| `{d.Id}` | {group} | {severity} | {d.Rationale} |", pair.Second);
        });
    }

    [Fact]
    public void RulesText_ShowsEachRulesGroup()
    {
        var (exit, output, _) = CliRunner.Run("rules");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        Assert.All(RuleCatalog.All.Zip(lines), pair =>
        {
            var words = pair.Second.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(pair.First.Descriptor.Id, words[0]);
            Assert.Equal(pair.First.Descriptor.Group.ToString().ToLowerInvariant(), words[1]);
        });
    }

    [Fact]
    public void RulesDoc_HasOneSectionPerRule_StartingWithItsDefaultSeverity()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md")).ReplaceLineEndings("\n");

        Assert.All(RuleCatalog.All, rule =>
        {
            var d = rule.Descriptor;
            var heading = $"\n## `{d.Id}`\n";
            var at = docs.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(at >= 0, $"docs/rules.md has no section '## `{d.Id}`'.");
            Assert.Equal(at, docs.LastIndexOf(heading, StringComparison.Ordinal));
            Assert.StartsWith($"{heading}\n- **Default severity:** {d.DefaultSeverity.ToString().ToLowerInvariant()}", docs[at..], StringComparison.Ordinal);
        });
    }

    private static string TableIn(string text)
    {
        text = text.ReplaceLineEndings("\n");
        var start = text.IndexOf(Start + "\n", StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"Markers {Start} and {End} not found.");
        return text[(start + Start.Length + 1)..end];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookGuard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("OutlookGuard.sln not found above the test output folder.");
    }
}
