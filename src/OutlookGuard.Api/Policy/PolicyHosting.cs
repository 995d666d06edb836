using Microsoft.Extensions.Options;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Policy;

/// <summary>
/// The <c>Guard</c> policy: bound and validated at start, followed on configuration reload (the last valid policy
/// stays in force), with each reload logged, and one engine per tenant built from it (with the GeoIP lookup when
/// <c>GeoIp:CountryDatabasePath</c> is set).
/// </summary>
public static class PolicyHosting
{
    /// <summary>The configuration section of the policy.</summary>
    public const string SectionName = "Guard";

    public static WebApplicationBuilder AddGuardPolicy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<GuardPolicy>().BindConfiguration(SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<GuardPolicy>, GuardPolicyValidator>();
        // Replaces IOptions<GuardPolicy>: every reader sees a reloaded policy once it has passed validation.
        services.AddSingleton<IOptions<GuardPolicy>, CurrentGuardPolicy>();
        services.AddHostedService<PolicyChangeLog>();
        services.AddGeoIp();
        services.AddSingleton<TenantPolicies>();
        return builder;
    }
}
