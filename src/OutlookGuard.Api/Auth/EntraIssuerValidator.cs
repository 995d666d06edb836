using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Checks a token's issuer against its own <c>tid</c>, in the v2 form (<c>{Instance}{tid}/v2.0</c>) and the v1 form
/// (<see cref="AzureAdOptions.V1Issuer"/>), after checking the tenant is allowed. Needs no metadata download per
/// tenant: multi-tenant discovery documents publish the issuer as a <c>{tenantid}</c> template. The tenant id is
/// compared in its canonical form (<see cref="Guid.ToString(string)"/> "D"), as <see cref="Caller.From"/> uses it.
/// </summary>
internal sealed class EntraIssuerValidator(AzureAdOptions options)
{
    public string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var raw = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(AuthNames.TenantIdClaim, out var tid) ? tid : null;
        if (raw is null || !Guid.TryParse(raw, out var tenantGuid))
        {
            throw new SecurityTokenInvalidIssuerException("The token carries no tenant id.");
        }

        // Checked in the canonical form Entra writes (lower-case, hyphens, no braces): the issuer must use it too.
        var tenantId = tenantGuid.ToString("D");
        if (!options.IsTenantAllowed(tenantId))
        {
            throw new SecurityTokenInvalidIssuerException("The token's tenant is not allowed.");
        }

        var v2 = $"{options.InstanceBase}{tenantId}/v2.0";
        var v1 = options.V1Issuer.Replace("{tenantid}", tenantId, StringComparison.OrdinalIgnoreCase);
        if (string.Equals(issuer, v2, StringComparison.Ordinal) || string.Equals(issuer, v1, StringComparison.Ordinal))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The token's issuer does not match its tenant.");
    }
}
