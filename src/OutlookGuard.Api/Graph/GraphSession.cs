using Microsoft.Graph;

namespace OutlookGuard.Api.Graph;

/// <summary>A Graph client and the HTTP client under it, disposed together.</summary>
internal sealed class GraphSession(HttpClient httpClient, GraphServiceClient client) : IDisposable
{
    public GraphServiceClient Client { get; } = client;

    public void Dispose()
    {
        Client.Dispose();
        httpClient.Dispose();
    }
}
