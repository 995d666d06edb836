using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Analysis;

/// <summary>The analysis service and its verdict cache (HybridCache; <see cref="ScaleOut.ScaleOutHosting"/> adds the shared level).</summary>
public static class AnalysisHosting
{
    public static WebApplicationBuilder AddGuardAnalysis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHybridCache();
        services.AddSingleton<AnalysisService>();
        return builder;
    }
}
