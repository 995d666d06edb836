namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>How the local issuer's token endpoint answers the API's On-Behalf-Of exchange.</summary>
public enum TokenEndpointMode
{
    /// <summary>503: the sign-in service is down, so the API cannot reach Graph.</summary>
    Unavailable,

    /// <summary>400 AADSTS65001: Mail.Read was never consented, so the API answers 403 mail-consent-missing.</summary>
    ConsentRequired,
}
