using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// The one seam through which a Graph reader gets a <see cref="GraphServiceClient"/> on behalf of a caller: the
/// On-Behalf-Of credential of <see cref="OnBehalfOfCredentials"/>, Graph's default handlers (retry with
/// Retry-After, redirects, compression) over the named <see cref="HttpClientNames.Graph"/> handler.
/// </summary>
internal sealed class GraphClientProvider(
    IOptions<GraphOptions> graphOptions,
    OnBehalfOfCredentials credentials,
    IHttpMessageHandlerFactory handlerFactory)
{
    /// <summary>A client for the caller; dispose it (and its HTTP client) after the request.</summary>
    public GraphSession Create(Caller caller)
    {
        var options = graphOptions.Value;
        var pipeline = GraphClientFactory.CreatePipeline(
            GraphClientFactory.CreateDefaultHandlers(),
            handlerFactory.CreateHandler(HttpClientNames.Graph));
        var httpClient = new HttpClient(pipeline, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var authentication = new AzureIdentityAuthenticationProvider(
            credentials.For(caller), [options.BaseUri.Host], null, false, [options.EffectiveScope]);
        return new GraphSession(httpClient, new GraphServiceClient(httpClient, authentication, options.BaseUri.ToString().TrimEnd('/')));
    }
}
