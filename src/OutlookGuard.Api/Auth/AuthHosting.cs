using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Auth;

/// <summary>
/// Entra ID: the <c>AzureAd</c> section, JWT bearer validation (plus <c>dotnet user-jwts</c> tokens in Development
/// only), the user and admin policies, the On-Behalf-Of credentials and the signing-keys readiness check.
/// </summary>
public static class AuthHosting
{
    public static WebApplicationBuilder AddGuardAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureAdOptions>, AzureAdOptionsValidator>();
        services.AddHttpClient(HttpClientNames.Identity).RemoveAllLoggers(); // its URLs hold tenant ids

        // One scheme per policy, so every token is validated by exactly one handler.
        var development = builder.Environment.IsDevelopment();
        var scheme = development ? AuthNames.DevelopmentOrEntraScheme : AuthNames.EntraScheme;
        var authentication = services.AddAuthentication(scheme).AddJwtBearer(AuthNames.EntraScheme);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, EntraJwtBearerSetup>();
        services.AddSingleton<RememberingTokenHandler>();
        services.TryAddSingleton(TimeProvider.System);
        if (development)
        {
            // dotnet user-jwts writes Authentication:Schemes:Bearer to user secrets; never registered outside Development.
            authentication.AddJwtBearer(AuthNames.DevelopmentScheme);
            services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, DevelopmentJwtSetup>();
            services.AddSingleton<DevelopmentSchemeSelector>();
            authentication.AddPolicyScheme(AuthNames.DevelopmentOrEntraScheme, displayName: null, options =>
                options.ForwardDefaultSelector = context => context.RequestServices.GetRequiredService<DevelopmentSchemeSelector>().Select(context));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthNames.UserPolicy, policy => policy
                .AddAuthenticationSchemes(scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(AuthNames.Scope)))
            .AddPolicy(AuthNames.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(scheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(AuthNames.Scope), new AppRoleRequirement(AuthNames.AdminRole)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddSingleton<OnBehalfOfCredentials>();

        services.AddHealthChecks().AddCheck<SigningKeysHealthCheck>("signing-keys", tags: [OutlookGuardHosting.ReadyTag]);
        return builder;
    }
}
