using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// Authenticates each request of the one shared <see cref="Microsoft.Graph.GraphServiceClient"/> with the credential
/// the request carries (<see cref="CallerCredentialOption"/>): the client is built once, the token is the caller's.
/// A request without one, or to a host other than <c>Graph:BaseUrl</c>'s, is refused before anything is sent.
/// </summary>
internal sealed class CallerAuthenticationProvider(IOptions<GraphOptions> options) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(
        RequestInformation request,
        Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var graph = options.Value;
        var credential = request.RequestOptions.OfType<CallerCredentialOption>().SingleOrDefault()?.Credential
            ?? throw new InvalidOperationException("A Graph request must carry the caller's credential.");
        if (!string.Equals(request.URI.Host, graph.BaseUri.Host, StringComparison.OrdinalIgnoreCase) || request.URI.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("The caller's token is sent to Graph:BaseUrl's host over https only.");
        }

        var token = await credential.GetTokenAsync(new TokenRequestContext([graph.EffectiveScope]), cancellationToken);
        request.Headers.TryAdd("Authorization", "Bearer " + token.Token);
    }
}
