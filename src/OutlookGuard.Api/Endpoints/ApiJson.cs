namespace OutlookGuard.Api.Endpoints;

/// <summary>Puts <see cref="ApiJsonContext"/> first in the resolver chain minimal APIs serialize results with.</summary>
public static class ApiJson
{
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
}
