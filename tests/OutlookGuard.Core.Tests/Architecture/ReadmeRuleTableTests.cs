using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Architecture;

/// <summary>Keeps the README's rule table and docs/rules.md in step with the code.</summary>
public sealed class ReadmeRuleTableTests
{
    [Fact]
    public void ReadmeTable_ListsEveryRuleInCatalogOrderWithItsDefaultSeverity()
    {
        var rows = ReadTable(Path.Combine(RepositoryRoot(), "README.md"));

        var expected = RuleCatalog.All
            .Select(r => (r.Descriptor.Id, r.Descriptor.DefaultSeverity.ToString().ToLowerInvariant()))
            .ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void RulesDoc_HasOneSectionPerRule()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));

        Assert.All(RuleCatalog.Ids, id => Assert.Contains("`" + id + "`", text, StringComparison.Ordinal));
    }

    private static List<(string Id, string Severity)> ReadTable(string readme)
    {
        var rows = new List<(string, string)>();
        var inside = false;
        foreach (var line in File.ReadLines(readme))
        {
            if (line.Contains("<!-- rules:start -->", StringComparison.Ordinal))
            {
                inside = true;
                continue;
            }

            if (line.Contains("<!-- rules:end -->", StringComparison.Ordinal))
            {
                break;
            }

            if (!inside || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            rows.Add((cells[1].Trim('`'), cells[2]));
        }

        return rows;
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
