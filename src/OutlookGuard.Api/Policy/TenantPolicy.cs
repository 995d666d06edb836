using OutlookGuard.Core;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary>The effective policy of one tenant and the engine built from it once.</summary>
/// <param name="Effective">The defaults merged with <c>Guard:Tenants:{tid}</c>.</param>
/// <param name="Engine">The engine for this policy: parse, facts, rules, verdict.</param>
/// <param name="Version">A short hash of the effective policy: part of every verdict cache key, and the ETag of <c>GET /api/policy</c>.</param>
public sealed record TenantPolicy(GuardPolicy Effective, GuardEngine Engine, string Version);
