using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookGuard.Core;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary>
/// The effective policy per tenant: the caller's <c>tid</c> selects <c>Guard:Tenants:{tid}</c> merged over the
/// defaults. Tenants without an entry share the defaults, so the number kept is bounded by the configuration.
/// </summary>
public sealed class TenantPolicies(IOptions<GuardPolicy> guard, IServiceProvider services)
{
    // A GeoIP lookup registered as IIpGeolocator is used when present; none is by default.
    private readonly GuardEngineOptions _engineOptions = new() { Geolocator = services.GetService<IIpGeolocator>() };

    // One table per loaded policy: a reload (CurrentGuardPolicy) brings new defaults, so tenants are rebuilt from them.
    private readonly ConditionalWeakTable<GuardPolicy, ConcurrentDictionary<string, TenantPolicy>> _byPolicy = new();

    public TenantPolicy For(string? tenantId)
    {
        var defaults = guard.Value;
        var byTenant = _byPolicy.GetValue(defaults, static _ => new(StringComparer.OrdinalIgnoreCase));
        var key = tenantId is not null && defaults.Tenants.ContainsKey(tenantId) ? tenantId : string.Empty;
        return byTenant.GetOrAdd(key, static (k, state) => Build(state.defaults, k.Length == 0 ? null : k, state.options), (defaults, options: _engineOptions));
    }

    private static TenantPolicy Build(GuardPolicy defaults, string? tenantId, GuardEngineOptions options)
    {
        var effective = PolicyMerger.ForTenant(defaults, tenantId);
        // The Guard section was validated at start (GuardPolicyValidator), so the build cannot fail here.
        var engine = GuardEngine.Create(effective, options).GetEngineOrThrow();
        var json = JsonSerializer.SerializeToUtf8Bytes(effective, AnalysisJsonContext.Default.GuardPolicy);
        var version = Convert.ToHexStringLower(SHA256.HashData(json))[..16];
        return new TenantPolicy(effective, engine, version);
    }
}
