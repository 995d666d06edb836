using Microsoft.AspNetCore.Authorization;

namespace OutlookGuard.Api.Auth;

/// <summary>The caller's token must carry a delegated scope in <c>scp</c>; app-only tokens have none and are refused.</summary>
internal sealed class ScopeRequirement(string scope) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public string Scope { get; } = scope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        foreach (var claim in context.User.FindAll(AuthNames.ScopeClaim))
        {
            if (Grants(claim.Value, requirement.Scope))
            {
                context.Succeed(requirement);
                break;
            }
        }

        return Task.CompletedTask;
    }

    // Whether the space-separated scope list holds the scope, without splitting it into strings (runs on every request).
    private static bool Grants(string scopes, string scope)
    {
        foreach (var range in scopes.AsSpan().Split(' '))
        {
            if (scopes.AsSpan()[range].SequenceEqual(scope))
            {
                return true;
            }
        }

        return false;
    }
}
