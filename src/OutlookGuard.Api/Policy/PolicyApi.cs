using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary><c>GET /api/policy</c> (app role Guard.Admin): the effective policy for the caller's tenant.</summary>
public static class PolicyApi
{
    public static RouteGroupBuilder MapPolicyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/policy", Get)
            .RequireAuthorization(AuthNames.AdminPolicy)
            .WithName("GetPolicy")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    public static Results<Ok<GuardPolicy>, ProblemHttpResult> Get(HttpContext context, TenantPolicies policies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policies);
        cancellationToken.ThrowIfCancellationRequested();
        if (Caller.From(context) is not { } caller)
        {
            return Problems.SignInRequired.ToResult();
        }

        var policy = policies.For(caller.TenantId);
        context.Response.Headers[HeaderNames.ETag] = $"\"{policy.Version}\"";
        return TypedResults.Ok(policy.Effective);
    }
}
