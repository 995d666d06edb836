using System.Text.Json;
using Microsoft.Playwright;
using OutlookGuard.Browser.Tests.Infrastructure;

namespace OutlookGuard.Browser.Tests;

/// <summary>
/// The first screen is the decision: at Outlook's pane size (360 × 640) the verdict, at most three plain reasons and
/// the actions, with everything technical under one closed "Details for IT / security" expander.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DecisionScreenTests(BrowserFixture fixture)
{
    private static readonly PaneOptions OutlookPane = new() { Width = 360, Height = 640 };

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("ja-JP", "ja")]
    public async Task DangerAt360x640_ShowsVerdictReasonsAndActionsWithoutScrolling(string displayLanguage, string language)
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], displayLanguage, options: OutlookPane);
        Assert.Equal("danger", await pane.WaitForVerdictAsync());
        await pane.Page.EvaluateAsync("() => document.fonts.ready");

        foreach (var part in new[] { "section.verdict", ".reasons", ".actions" })
        {
            var box = await pane.Page.Locator(part).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y + box.Height <= 640, $"{part} ends at {box.Y + box.Height} px, below the first 640 px.");
        }

        await Assertions.Expect(pane.Page.Locator("#details")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(pane.Page.Locator(".finding").First).ToBeHiddenAsync();
        await pane.ScreenshotAsync($"taskpane-danger-{language}", fullPage: false);
    }

    [Fact]
    public async Task Reasons_AreAtMostThreePlainLinesFromTheStringTable_WithoutInfoFindings()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        await pane.WaitForVerdictAsync();
        var findings = (await fixture.AnalysisAsync(item.RestId, "en")).GetProperty("findings").EnumerateArray().ToList();
        var warnings = findings.Where(f => f.GetProperty("severity").GetString() != "info").Select(f => f.GetProperty("ruleId").GetString()!).Distinct().ToList();
        Assert.Contains(findings, f => f.GetProperty("severity").GetString() == "info");
        Assert.True(warnings.Count > 3, "the sample should have more warnings than the first screen shows");

        var shown = await pane.Page.Locator(".reason").EvaluateAllAsync<string[]>("r => r.map(x => x.dataset.rule)");
        Assert.Equal(warnings.Take(3), shown);
        var reasons = await ReasonTableAsync(pane.Page, "en");
        for (var i = 0; i < shown.Length; i++)
        {
            var line = pane.Page.Locator(".reason__text").Nth(i);
            await Assertions.Expect(line).ToHaveTextAsync(reasons.GetProperty(shown[i]).GetString()!);
            Assert.DoesNotMatch("(dmarc|compauth|spf|dkim)=", await line.TextContentAsync() ?? string.Empty);
        }

        // Every finding, info ones too, is in the details.
        Assert.Equal(findings.Count, await pane.Page.Locator("#details .finding").CountAsync());
    }

    [Fact]
    public async Task SafeMessage_ShowsOneSmallLineAndClosedDetails_WithUnknownOriginSaidPlainly()
    {
        var item = MailItem.FromSample("colleague-legitimate");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item]);
        Assert.Equal("safe", await pane.WaitForVerdictAsync());

        await Assertions.Expect(pane.Page.Locator("section.verdict")).ToHaveTextAsync("Verdict: No warning signs");
        await Assertions.Expect(pane.Page.Locator(".reasons, .actions")).ToHaveCountAsync(0);
        await Assertions.Expect(pane.Page.Locator("#details")).Not.ToHaveAttributeAsync("open", "");
        var visible = await pane.Page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.DoesNotContain("unknown", visible, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not stated", visible, StringComparison.Ordinal);

        await pane.Page.Locator("#details > summary").ClickAsync();
        await Assertions.Expect(pane.Page.Locator(".path__origin")).ToHaveTextAsync("Entered from: not stated by your mail system");
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("ja-JP", "ja")]
    public async Task WhyLink_OpensTheRulesHelpPageInTheReadersLanguageAtThatRule(string displayLanguage, string language)
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], displayLanguage);
        await pane.WaitForVerdictAsync();
        var first = pane.Page.Locator(".reason").First;
        var rule = await first.GetAttributeAsync("data-rule");

        var popupTask = pane.Page.Context.WaitForPageAsync();
        await first.Locator("a.reason__why").ClickAsync();
        var help = await popupTask;
        await help.WaitForLoadStateAsync();

        Assert.EndsWith($"/help/rules.{language}.html#{rule}", help.Url, StringComparison.Ordinal);
        Assert.Equal(language, await help.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.True(await help.Locator($"section[id='{rule}'] h2").IsVisibleAsync());
    }

    [Fact]
    public async Task DarkOutlookTheme_SetsTheFluentDarkTokens()
    {
        var item = MailItem.FromSample("colleague-reply-to-gmail");
        await using var pane = await TaskpanePage.OpenAsync(fixture, fixture.FolderServer, [item], options: OutlookPane with { OfficeTheme = PaneOptions.DarkTheme });
        await pane.WaitForVerdictAsync();

        Assert.Equal("dark", await pane.Page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        // webDarkTheme's colorNeutralBackground1, as the pane's background.
        Assert.Equal("rgb(41, 41, 41)", await pane.Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor"));
        await Assertions.Expect(pane.Page.Locator("fluent-button[data-action=report]")).ToBeVisibleAsync();
        await pane.ScreenshotAsync("taskpane-danger-dark-en", fullPage: false);
        // The Fluent bundle runs under the page's Content-Security-Policy (no inline styles or scripts) without complaint.
        Assert.Empty(pane.ConsoleErrors);
    }

    private static async Task<JsonElement> ReasonTableAsync(IPage page, string language)
    {
        var json = await page.EvaluateAsync<string>(
            "async (language) => JSON.stringify((await import('/js/strings.js')).stringsFor(language).reasons)", language);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
