using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Net.Http.Headers;
using OutlookGuard.Api.Endpoints;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Answers authorization failures with fixed ProblemDetails: 401 (no valid token, with a Bearer challenge)
/// and 403 telling a missing scope from a missing admin role. The reason a token was rejected is logged, never sent.
/// </summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            var challenge = context.Request.Headers.Authorization.Count > 0
                ? "Bearer error=\"invalid_token\""
                : "Bearer";
            context.Response.Headers[HeaderNames.WWWAuthenticate] = challenge;
            await Problems.SignInRequired.ToResult().ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needsRole = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<AppRoleRequirement>().Any() == true;
            var needsScope = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().Any() == true;
            var problem = needsScope || !needsRole ? Problems.ScopeMissing : Problems.AdminRoleRequired;
            await problem.ToResult().ExecuteAsync(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
