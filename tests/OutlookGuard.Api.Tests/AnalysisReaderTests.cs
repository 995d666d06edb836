using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Api.Tests;

/// <summary>The reader of an analysis (caller and language) resolved once, and the filter both analysis endpoints share.</summary>
public sealed class AnalysisReaderTests
{
    private static DefaultHttpContext Request(string? query, string? acceptLanguage, bool signedIn = true)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        if (signedIn)
        {
            context.Request.Headers.Authorization = "Bearer opaque-test-token";
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim("tid", LocalCloud.TenantA), new Claim("oid", Guid.NewGuid().ToString())], "test"));
        }

        return context;
    }

    [Theory]
    [InlineData("?lang=ja", null, Language.Ja)]
    [InlineData("?lang=JA", "en-US", Language.Ja)]
    [InlineData("?lang=en", "ja-JP", Language.En)]
    [InlineData(null, "ja-JP,ja;q=0.9,en;q=0.8", Language.Ja)]
    [InlineData(null, "fr-FR, en;q=0.5, ja;q=0.4", Language.En)]
    [InlineData(null, null, Language.En)]
    public async Task LangThenAcceptLanguage_ResolveTheReadersLanguage(string? query, string? acceptLanguage, Language expected)
    {
        var reader = await AnalysisReader.BindAsync(Request(query, acceptLanguage));

        Assert.Null(reader.Problem);
        Assert.Equal(expected, reader.Language);
        Assert.Equal(expected == Language.Ja ? "ja" : "en", reader.ContentLanguage);
        Assert.Equal(LocalCloud.TenantA, reader.Caller.TenantId);
    }

    [Theory]
    [InlineData("?lang=fr")]
    [InlineData("?lang=")]
    [InlineData("?lang=ja-JP")]
    public async Task UnsupportedLang_IsInvalidLanguage(string query)
    {
        var reader = await AnalysisReader.BindAsync(Request(query, "ja"));

        Assert.Same(Problems.InvalidLanguage, reader.Problem);
    }

    [Fact]
    public async Task TokenWithoutTenantAndObjectId_IsSignInRequired_AfterTheLanguage()
    {
        var anonymous = await AnalysisReader.BindAsync(Request("?lang=ja", null, signedIn: false));
        var anonymousWithBadLanguage = await AnalysisReader.BindAsync(Request("?lang=xx", null, signedIn: false));

        Assert.Same(Problems.SignInRequired, anonymous.Problem);
        Assert.Throws<InvalidOperationException>(() => anonymous.Caller);
        Assert.Same(Problems.InvalidLanguage, anonymousWithBadLanguage.Problem);
    }

    [Fact]
    public async Task Filter_RequestWithProblem_AnswersItWithoutRunningTheHandler()
    {
        var context = Request("?lang=fr", null);
        var reader = await AnalysisReader.BindAsync(context);
        var ran = false;

        var result = await new AnalysisReaderFilter().InvokeAsync(
            EndpointFilterInvocationContext.Create(context, reader),
            _ =>
            {
                ran = true;
                return ValueTask.FromResult<object?>(TypedResults.Ok());
            });

        Assert.False(ran);
        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(Problems.InvalidLanguage.Status, problem.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Content-Language"));
    }

    [Fact]
    public async Task Filter_SuccessfulAnswer_NamesTheLanguage_ProblemAnswerDoesNot()
    {
        var okContext = Request("?lang=ja", null);
        var problemContext = Request("?lang=ja", null);
        var filter = new AnalysisReaderFilter();

        await filter.InvokeAsync(
            EndpointFilterInvocationContext.Create(okContext, await AnalysisReader.BindAsync(okContext)),
            _ => ValueTask.FromResult<object?>((Results<Ok<string>, ProblemHttpResult>)TypedResults.Ok("done")));
        await filter.InvokeAsync(
            EndpointFilterInvocationContext.Create(problemContext, await AnalysisReader.BindAsync(problemContext)),
            _ => ValueTask.FromResult<object?>((Results<Ok<string>, ProblemHttpResult>)Problems.MessageNotFound.ToResult()));

        Assert.Equal("ja", okContext.Response.Headers.ContentLanguage.ToString());
        Assert.False(problemContext.Response.Headers.ContainsKey("Content-Language"));
    }
}
