using System.Text.Json;
using OutlookGuard.Browser.Tests.Infrastructure;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Browser.Tests;

/// <summary>The pane's string tables (js/strings.js, as the API serves it): Japanese has every English entry, of the same kind.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StringTableTests(BrowserFixture fixture)
{
    // Flattens one table to sorted "path:kind" entries (kind: string, or function/arity), and collects empty texts.
    private const string ShapeScript = """
        async () => {
          const { stringsFor } = await import("/js/strings.js");
          const shape = (table) => {
            const entries = [];
            const empty = [];
            const walk = (value, path) => {
              if (typeof value === "object" && value !== null) {
                for (const key of Object.keys(value).sort()) walk(value[key], path ? `${path}.${key}` : key);
              } else if (typeof value === "function") {
                entries.push(`${path}:function/${value.length}`);
                if (String(value(2)).trim() === "") empty.push(path);
              } else {
                entries.push(`${path}:${typeof value}`);
                if (String(value).trim() === "") empty.push(path);
              }
            };
            walk(table, "");
            return { entries, empty };
          };
          return JSON.stringify({ en: shape(stringsFor("en")), ja: shape(stringsFor("ja")) });
        }
        """;

    [Fact]
    public async Task EnglishAndJapaneseTables_HaveTheSameKeys()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(fixture.FolderServer.Address, "support.html").ToString());

            using var tables = JsonDocument.Parse(await page.EvaluateAsync<string>(ShapeScript));
            var en = Entries(tables.RootElement.GetProperty("en"));
            var ja = Entries(tables.RootElement.GetProperty("ja"));

            Assert.True(en.Count > 30, $"only {en.Count} English entries were read");
            Assert.Equal(en, ja);
            Assert.Empty(tables.RootElement.GetProperty("en").GetProperty("empty").EnumerateArray());
            Assert.Empty(tables.RootElement.GetProperty("ja").GetProperty("empty").EnumerateArray());
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task EveryRuleInTheCatalogue_HasAPlainReasonAndAHelpSectionInBothLanguages()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(fixture.FolderServer.Address, "support.html").ToString());
            using var reasons = JsonDocument.Parse(await page.EvaluateAsync<string>("""
                async () => {
                  const { stringsFor } = await import("/js/strings.js");
                  return JSON.stringify({ en: stringsFor("en").reasons, ja: stringsFor("ja").reasons });
                }
                """));
            using var client = fixture.FolderServer.CreateClient();
            foreach (var language in new[] { "en", "ja" })
            {
                var table = reasons.RootElement.GetProperty(language);
                Assert.Equal(RuleCatalog.Ids.Order(StringComparer.Ordinal), table.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
                Assert.All(table.EnumerateObject(), p => Assert.InRange(p.Value.GetString()!.Trim().Length, 10, 100));
                var help = await client.GetStringAsync(new Uri(fixture.FolderServer.Address, $"help/rules.{language}.html"));
                Assert.All(RuleCatalog.Ids, id => Assert.Contains($"<section class=\"help-rule\" id=\"{id}\">", help, StringComparison.Ordinal));
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static List<string> Entries(JsonElement table) =>
        [.. table.GetProperty("entries").EnumerateArray().Select(e => e.GetString()!)];
}
