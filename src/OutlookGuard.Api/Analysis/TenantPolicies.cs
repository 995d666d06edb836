using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// The effective policy per tenant: the caller's <c>tid</c> selects <c>Guard:Tenants:{tid}</c> merged over the
/// defaults. Tenants without an entry share the defaults, so the number kept is bounded by the configuration.
/// </summary>
public sealed class TenantPolicies(IOptions<GuardPolicy> guard, ParserOptionsFactory parserOptions)
{
    private readonly ConcurrentDictionary<string, TenantPolicy> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public TenantPolicy For(string? tenantId)
    {
        var defaults = guard.Value;
        var key = tenantId is not null && defaults.Tenants.ContainsKey(tenantId) ? tenantId : string.Empty;
        return _byTenant.GetOrAdd(key, static (k, state) => Build(state.defaults, k.Length == 0 ? null : k, state.parserOptions), (defaults, parserOptions));
    }

    private static TenantPolicy Build(GuardPolicy defaults, string? tenantId, ParserOptionsFactory parserOptions)
    {
        var effective = PolicyMerger.ForTenant(defaults, tenantId);
        var compiled = CompiledPolicy.Compile(effective);
        var json = JsonSerializer.SerializeToUtf8Bytes(effective, AnalysisJsonContext.Default.GuardPolicy);
        var version = Convert.ToHexStringLower(SHA256.HashData(json))[..16];
        return new TenantPolicy(effective, new GuardAnalyzer(compiled), parserOptions.Create(compiled), version);
    }
}
