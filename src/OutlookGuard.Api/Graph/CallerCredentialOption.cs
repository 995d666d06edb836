using Azure.Core;
using Microsoft.Kiota.Abstractions;

namespace OutlookGuard.Api.Graph;

/// <summary>The caller's On-Behalf-Of credential, carried by one Graph request to <see cref="CallerAuthenticationProvider"/>.</summary>
internal sealed class CallerCredentialOption(TokenCredential credential) : IRequestOption
{
    public TokenCredential Credential { get; } = credential;
}
