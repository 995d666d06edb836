using System.Text.Json;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>axe-core (the npm package, installed by .ci/browser-setup.sh) over each state of the pane: WCAG 2 A/AA rules.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("colleague-reply-to-gmail", "en-US")]
    [InlineData("colleague-legitimate", "en-US")]
    [InlineData("colleague-reply-to-gmail", "ja-JP")]
    public async Task AnalysisState_HasNoAxeViolations(string sample, string language)
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample(sample)], language);
        await pane.WaitForVerdictAsync();
        // Open the details expander and every evidence table in it so they are checked too.
        await pane.Page.Locator("#details > summary").ClickAsync();
        var closed = pane.Page.Locator("button[aria-expanded=false]");
        for (var i = 0; i < 20 && await closed.CountAsync() > 0; i++)
        {
            await closed.First.ClickAsync();
        }

        AssertNoViolations(await RunAxeAsync(pane));
    }

    [Fact]
    public async Task DarkOutlookTheme_DangerState_HasNoAxeViolations()
    {
        var options = new PaneOptions { OfficeTheme = PaneOptions.DarkTheme };
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample("colleague-reply-to-gmail")], options: options);
        await pane.WaitForVerdictAsync();
        await pane.Page.Locator("#details > summary").ClickAsync();

        AssertNoViolations(await RunAxeAsync(pane));
    }

    [Fact]
    public async Task NoItemState_HasNoAxeViolations()
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [null]);
        await Microsoft.Playwright.Assertions.Expect(pane.Page.Locator("#status")).ToHaveTextAsync("Select a message to check it.");

        AssertNoViolations(await RunAxeAsync(pane));
    }

    [Fact]
    public async Task AxeCheck_FindsAProblemWhenOneIsInjected()
    {
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [MailItem.FromSample("colleague-legitimate")]);
        await pane.WaitForVerdictAsync();
        await pane.Page.EvaluateAsync("() => { const b = document.createElement('button'); document.querySelector('main').append(b); }");

        var violations = await RunAxeAsync(pane);
        Assert.Contains(violations, v => v.GetProperty("id").GetString() == "button-name");
    }

    private static async Task<List<JsonElement>> RunAxeAsync(TaskpanePage pane)
    {
        var axePath = AxePath();
        // Runtime evaluation is not subject to the page's Content-Security-Policy, so the page keeps its real CSP.
        await pane.Page.EvaluateAsync(await File.ReadAllTextAsync(axePath));
        var json = await pane.Page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations)");
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!;
    }

    private static void AssertNoViolations(List<JsonElement> violations) =>
        Assert.True(violations.Count == 0, "axe-core violations: " + string.Join(
            "; ",
            violations.Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({v.GetProperty("nodes").GetArrayLength()} nodes, e.g. {v.GetProperty("nodes")[0].GetProperty("html").GetString()})")));

    private static string AxePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OutlookGuard.Taskpane", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("axe-core is not installed: run `bash .ci/browser-setup.sh` (npm ci in src/OutlookGuard.Taskpane).");
    }
}
