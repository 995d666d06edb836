using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.Policy;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Tests;

/// <summary>The static handlers called directly, without a host, with the real services behind them.</summary>
public sealed class HandlerTests : IDisposable
{
    private readonly ServiceProvider _services;

    public HandlerTests()
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        _services = services.BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    private (FolderMessageSource Source, AnalysisService Analysis) Build()
    {
        var source = new FolderMessageSource(Options.Create(new MailboxOptions { Source = MailboxSource.Folder, Folder = Samples.Folder }));
        var policies = new TenantPolicies(Options.Create(new GuardPolicy { InternalDomains = ["hanabi-foods.co.jp"] }), _services);
        var analysis = new AnalysisService(
            policies, source, _services.GetRequiredService<HybridCache>(), Options.Create(new CacheOptions()), NullLogger<AnalysisService>.Instance);
        return (source, analysis);
    }

    /// <summary>The reader of a request with <c>?lang</c> and Accept-Language as given.</summary>
    private static async Task<AnalysisReader> ReaderAsync(string? lang, string? acceptLanguage)
    {
        var context = Context();
        if (lang is not null)
        {
            context.Request.QueryString = QueryString.Create("lang", lang);
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        return await AnalysisReader.BindAsync(context);
    }

    private static DefaultHttpContext Context()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer opaque-test-token";
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("tid", LocalCloud.TenantA), new Claim("oid", Guid.NewGuid().ToString()), new Claim("exp", DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "test"));
        return context;
    }

    [Fact]
    public async Task GetAsync_KnownSample_ReturnsOk()
    {
        var (source, analysis) = Build();

        var result = await MessageAnalysisApi.GetAsync("colleague-reply-to-gmail", await ReaderAsync("ja", null), source, analysis, CancellationToken.None);

        var ok = Assert.IsType<Ok<MessageAnalysis>>(result.Result);
        Assert.NotNull(ok.Value);
    }

    [Fact]
    public async Task GetAsync_UnknownSample_ReturnsNotFoundProblem()
    {
        var (source, analysis) = Build();

        var result = await MessageAnalysisApi.GetAsync("no-such-sample", await ReaderAsync(null, "en"), source, analysis, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(Problems.MessageNotFound.Title, problem.ProblemDetails.Title);
        Assert.Equal(404, problem.StatusCode);
    }

    [Fact]
    public async Task GetAsync_CancelledRequest_ThrowsInsteadOfAnswering()
    {
        var (source, analysis) = Build();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var reader = await ReaderAsync(null, null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            MessageAnalysisApi.GetAsync("colleague-legitimate", reader, source, analysis, cancelled.Token));
    }
}
