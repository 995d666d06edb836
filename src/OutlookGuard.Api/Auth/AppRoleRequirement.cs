using Microsoft.AspNetCore.Authorization;

namespace OutlookGuard.Api.Auth;

/// <summary>The caller must hold an app role (Entra <c>roles</c>; user-jwts <c>role</c> in Development).</summary>
internal sealed class AppRoleRequirement(string role) : AuthorizationHandler<AppRoleRequirement>, IAuthorizationRequirement
{
    public string Role { get; } = role;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AppRoleRequirement requirement)
    {
        if (context.User.IsInRole(requirement.Role))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
