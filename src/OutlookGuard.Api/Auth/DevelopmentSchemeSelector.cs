using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Net.Http.Headers;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Development only: the one scheme the analysis policies name (<see cref="AuthNames.DevelopmentOrEntraScheme"/>)
/// forwards each request to exactly one JwtBearer handler, so a token is validated once. A token whose (unvalidated)
/// <c>iss</c> is one the <c>dotnet user-jwts</c> settings accept goes to <see cref="AuthNames.DevelopmentScheme"/>;
/// every other request, with or without a token, to <see cref="AuthNames.EntraScheme"/>. The handler chosen still
/// validates everything (signature, issuer, audience, lifetime): the issuer only picks which handler does.
/// </summary>
internal sealed class DevelopmentSchemeSelector(IOptionsMonitor<JwtBearerOptions> bearerOptions)
{
    private const string BearerPrefix = "Bearer ";

    // Only reads (no validation state): one instance serves every request.
    private static readonly JsonWebTokenHandler Reader = new();

    public string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthNames.EntraScheme;
        }

        var token = header.AsSpan(BearerPrefix.Length).Trim().ToString();
        if (!Reader.CanReadToken(token))
        {
            return AuthNames.EntraScheme;
        }

        string issuer;
        try
        {
            issuer = new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            // Not a readable JWT: Entra's handler refuses it (and logs the reason at Debug).
            return AuthNames.EntraScheme;
        }

        return IsDevelopmentIssuer(issuer) ? AuthNames.DevelopmentScheme : AuthNames.EntraScheme;
    }

    private bool IsDevelopmentIssuer(string issuer)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return false;
        }

        var parameters = bearerOptions.Get(AuthNames.DevelopmentScheme).TokenValidationParameters;
        return string.Equals(parameters.ValidIssuer, issuer, StringComparison.Ordinal)
            || (parameters.ValidIssuers?.Contains(issuer, StringComparer.Ordinal) ?? false);
    }
}
