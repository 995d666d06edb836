using Microsoft.Playwright;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>
/// One Debian Chromium, one local issuer and two real API servers (Folder source with a report mailbox, and Graph
/// source without) shared by the browser tests. A missing /usr/bin/chromium, MSAL bundle or Fluent bundle fails every test with a message saying what to run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Guard:ReportMailbox of <see cref="FolderServer"/>: where "Report to IT" writes to.</summary>
    public const string ReportMailbox = "phishing@hanabi-foods.co.jp";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public TestIssuer Issuer { get; } = new();

    public GuardServer FolderServer { get; private set; } = null!;

    public GuardServer GraphServer { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the browser tests need Debian's Chromium. Run `bash .ci/browser-setup.sh` (apt-get install -y chromium).");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await Issuer.StartAsync();
        FolderServer = new GuardServer(Issuer, graph: false, new Dictionary<string, string> { ["Guard:ReportMailbox"] = ReportMailbox });
        FolderServer.Start();
        GraphServer = new GuardServer(Issuer, graph: true);
        GraphServer.Start();

        // What npm ci and npm run build in src/OutlookGuard.Taskpane make, which the API's build copies to wwwroot/lib.
        using var probe = FolderServer.CreateClient();
        foreach (var (file, what) in new[] { ("msal-browser.min.js", "MSAL.js"), ("fluent.js", "the Fluent bundle") })
        {
            using var response = await probe.GetAsync(new Uri(FolderServer.Address, "lib/" + file));
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"wwwroot/lib/{file} is missing: run `bash .ci/browser-setup.sh` (npm ci and npm run build in src/OutlookGuard.Taskpane), then build again (the API's build copies {what}).");
            }
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>What <see cref="FolderServer"/> answers for this message in that language (a token from the same issuer).</summary>
    public async Task<System.Text.Json.JsonElement> AnalysisAsync(string restId, string language)
    {
        using var client = FolderServer.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(FolderServer.Address, $"api/messages/{restId}/analysis"));
        request.Headers.Authorization = new("Bearer", Issuer.AccessToken());
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (GraphServer is not null)
        {
            await GraphServer.DisposeAsync();
        }

        if (FolderServer is not null)
        {
            await FolderServer.DisposeAsync();
        }

        await Issuer.DisposeAsync();
    }
}
