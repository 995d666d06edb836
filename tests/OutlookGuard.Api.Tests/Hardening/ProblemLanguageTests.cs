using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Hardening;

/// <summary>Problems in the reader's language: <c>?lang</c>, else Accept-Language; the code and status never change.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class ProblemLanguageTests(LocalCloud cloud)
{
    [Fact]
    public async Task NotFoundWithLangJa_JapaneseWordsSameCode()
    {
        using var client = cloud.SharedApi.CreateClient();

        using var response = await client.GetAsync("/nothing-here?lang=ja");

        await AssertJapaneseAsync(Problems.NotFound, response);
    }

    [Fact]
    public async Task NoTokenWithAcceptLanguageJa_JapaneseSignInProblem()
    {
        using var client = cloud.SharedApi.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ja-JP"));

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = "From: a@example.com" });

        await AssertJapaneseAsync(Problems.SignInRequired, response);
    }

    [Fact]
    public async Task BadIdWithAcceptLanguageJa_JapaneseInvalidIdProblem()
    {
        using var client = cloud.SharedApi.ClientWith(cloud.SharedApi.Token());
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ja"));

        using var response = await client.GetAsync("/api/messages/short/analysis");

        await AssertJapaneseAsync(Problems.InvalidMessageId, response);
    }

    [Fact]
    public async Task AcceptLanguageJaButLangEn_EnglishWords()
    {
        using var client = cloud.SharedApi.ClientWith(cloud.SharedApi.Token());
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ja"));

        using var response = await client.GetAsync("/api/messages/short/analysis?lang=en");

        await ProblemAssert.IsAsync(Problems.InvalidMessageId, response);
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public void EveryProblem_HasJapaneseWordsOfItsOwn()
    {
        Assert.All(Problems.All, p =>
        {
            Assert.NotEqual(p.Title, p.JapaneseTitle);
            Assert.NotEqual(p.Detail, p.JapaneseDetail);
            Assert.Contains(p.JapaneseTitle, c => c > '\u3000');
        });
        Assert.Equal(Problems.All.Count, Problems.All.Select(p => p.Code).Distinct().Count());
    }

    private static async Task AssertJapaneseAsync(ProblemText expected, HttpResponseMessage response)
    {
        Assert.Equal((System.Net.HttpStatusCode)expected.Status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected.Code, json.RootElement.GetProperty("code").GetString());
        Assert.Equal(expected.JapaneseTitle, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(expected.JapaneseDetail, json.RootElement.GetProperty("detail").GetString());
        Assert.Equal(["ja"], response.Content.Headers.ContentLanguage);
    }
}
