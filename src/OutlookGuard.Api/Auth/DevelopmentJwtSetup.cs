using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Development only: the <see cref="AuthNames.DevelopmentScheme"/> handler reads <c>Authentication:Schemes:Bearer</c>,
/// which <c>dotnet user-jwts</c> writes to user secrets (issuer, audiences, signing key). A token without
/// <c>tid</c>/<c>oid</c> gets a fixed development tenant and its <c>sub</c> as the user; its <c>scope</c> claim counts as <c>scp</c>.
/// </summary>
internal sealed class DevelopmentJwtSetup : IPostConfigureOptions<JwtBearerOptions>
{
    /// <summary>The tenant id given to user-jwts tokens that carry none.</summary>
    public const string DevelopmentTenantId = "00000000-0000-0000-0000-00000000d3b0";

    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (!string.Equals(name, AuthNames.DevelopmentScheme, StringComparison.Ordinal))
        {
            return;
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters.RoleClaimType = "role";
        options.TokenValidationParameters.NameClaimType = "unique_name";
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity)
                {
                    if (!identity.HasClaim(c => c.Type == AuthNames.TenantIdClaim))
                    {
                        identity.AddClaim(new Claim(AuthNames.TenantIdClaim, DevelopmentTenantId));
                    }

                    // user-jwts writes --scope values to "scope"; Entra ID writes "scp".
                    if (!identity.HasClaim(c => c.Type == AuthNames.ScopeClaim))
                    {
                        foreach (var scope in identity.FindAll("scope").ToList())
                        {
                            identity.AddClaim(new Claim(AuthNames.ScopeClaim, scope.Value));
                        }
                    }

                    if (!identity.HasClaim(c => c.Type == AuthNames.ObjectIdClaim) && identity.FindFirst("sub") is { } sub)
                    {
                        identity.AddClaim(new Claim(AuthNames.ObjectIdClaim, sub.Value));
                    }
                }

                return Task.CompletedTask;
            },
        };
    }
}
