using OutlookGuard.Core.Rules;

namespace OutlookGuard.Cli.Tests;

/// <summary>
/// Keeps README.md and docs/rules.md in step with the code: their rule tables are the output of
/// <c>outlookguard rules --format markdown</c>, and docs/rules.md has a section per rule.
/// </summary>
public sealed class RuleDocumentationTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/rules.md")]
    public void RuleTable_IsTheOutputOfRulesFormatMarkdown(string document)
    {
        var (exit, generated, _) = CliRunner.Run("rules", "--format", "markdown");
        var text = File.ReadAllText(Path.Combine(Repository.Root(), document)).ReplaceLineEndings("\n");

        var regenerated = RulesCommand.ReplaceTable(text, generated);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.NotNull(regenerated);
        Assert.True(
            string.Equals(regenerated, text, StringComparison.Ordinal),
            $"The rule table of {document} is out of date; run `dotnet run --project src/OutlookGuard.Cli -- rules --format markdown README.md docs/rules.md`.");
    }

    [Fact]
    public void RulesMarkdown_WithFiles_RewritesOnlyTheTableBetweenTheMarkers()
    {
        var (exit, _, _, after) = RunOnFile("# Rules\n\n<!-- rules:start -->\n| old | table |\n<!-- rules:end -->\n\nAfter.\n");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("# Rules\n\n<!-- rules:start -->\n" + RulesCommand.MarkdownTable() + "<!-- rules:end -->\n\nAfter.\n", after);
    }

    [Fact]
    public void RulesMarkdown_FileWithoutMarkers_IsAnInputError_AndStaysUntouched()
    {
        var (exit, _, error, after) = RunOnFile("# No table here\n");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("markers", error, StringComparison.Ordinal);
        Assert.Equal("# No table here\n", after);
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
        var docs = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "rules.md")).ReplaceLineEndings("\n");

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

    // Runs `rules --format markdown FILE` on a temporary file holding `text`; returns the file's text afterwards.
    private static (int Exit, string Out, string Err, string After) RunOnFile(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, text);
        try
        {
            var (exit, output, error) = CliRunner.Run("rules", "--format", "markdown", file);
            return (exit, output, error, File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
