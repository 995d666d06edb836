namespace OutlookGuard.Api.Auth;

/// <summary>The names the authentication and authorization setup shares with the endpoints.</summary>
internal static class AuthNames
{
    /// <summary>The scheme that validates Entra ID access tokens.</summary>
    public const string EntraScheme = "Entra";

    /// <summary>The scheme <c>dotnet user-jwts</c> writes its settings for (<c>Authentication:Schemes:Bearer</c>); Development only.</summary>
    public const string DevelopmentScheme = "Bearer";

    /// <summary>Development only: forwards each request to <see cref="DevelopmentScheme"/> or <see cref="EntraScheme"/> (<see cref="DevelopmentSchemeSelector"/>).</summary>
    public const string DevelopmentOrEntraScheme = "DevelopmentOrEntra";

    /// <summary>Policy for every analysis endpoint: the delegated scope.</summary>
    public const string UserPolicy = "OutlookGuard.User";

    /// <summary>Policy for admin endpoints: the delegated scope and the admin app role.</summary>
    public const string AdminPolicy = "OutlookGuard.Admin";

    /// <summary>The delegated scope the taskpane asks for.</summary>
    public const string Scope = "access_as_user";

    /// <summary>The app role an admin is assigned in Entra ID.</summary>
    public const string AdminRole = "Guard.Admin";

    public const string TenantIdClaim = "tid";
    public const string ObjectIdClaim = "oid";
    public const string ScopeClaim = "scp";
    public const string RolesClaim = "roles";
}
