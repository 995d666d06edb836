using System.Reflection;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Graph;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.RateLimiting;
using OutlookGuard.Api.ScaleOut;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Tests;

/// <summary>docs/api.md stays in step with the code: every problem's exact words and every configuration key.</summary>
public sealed class DocumentationTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api.md"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OutlookGuard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("OutlookGuard.sln not found above the test assembly.");
    }

    public static TheoryData<string> ProblemCodes() => [.. Problems.All.Select(p => p.Code)];

    [Theory]
    [MemberData(nameof(ProblemCodes))]
    public void EveryProblem_IsDocumentedWithItsExactWords(string code)
    {
        var problem = Problems.All.Single(p => p.Code == code);

        Assert.Contains($"| {problem.Status} | `{problem.Code}` | {problem.Title} | {problem.Detail} |", Doc, StringComparison.Ordinal);
        Assert.Contains($"| {problem.Status} | `{problem.Code}` | {problem.JapaneseTitle} | {problem.JapaneseDetail} |", Doc, StringComparison.Ordinal);
    }

    public static TheoryData<string> ConfigurationKeys()
    {
        var keys = new TheoryData<string>();
        foreach (var (section, type) in new[]
        {
            ("AzureAd", typeof(AzureAdOptions)), ("Graph", typeof(GraphOptions)), ("Mailbox", typeof(MailboxOptions)),
            ("Cache", typeof(CacheOptions)), ("Guard", typeof(GuardPolicy)), ("Taskpane", typeof(TaskpaneOptions)),
            ("RateLimiting", typeof(RateLimitOptions)), ("DataProtection", typeof(KeyRingOptions)),
        })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                keys.Add($"{section}:{property.Name}");
            }
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(ConfigurationKeys))]
    public void EveryConfigurationKey_IsInTheConfigurationTable(string key) =>
        Assert.Contains($"| `{key}` |", Doc, StringComparison.Ordinal);
}
