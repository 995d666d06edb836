using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Endpoints;

namespace OutlookGuard.Api.Tests;

/// <summary>Checks a response is exactly one of the API's fixed problems.</summary>
internal static class ProblemAssert
{
    public static async Task IsAsync(ProblemText expected, HttpResponseMessage response)
    {
        Assert.Equal((HttpStatusCode)expected.Status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(expected.Status, root.GetProperty("status").GetInt32());
        Assert.Equal(expected.Title, root.GetProperty("title").GetString());
        Assert.Equal(expected.Detail, root.GetProperty("detail").GetString());
        Assert.Equal(expected.Code, root.GetProperty("code").GetString());
    }
}
