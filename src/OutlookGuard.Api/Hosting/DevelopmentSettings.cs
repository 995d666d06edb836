using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OutlookGuard.Api.Hosting;

/// <summary>
/// Development only: two more configuration files, right after <c>appsettings.Development.json</c> (user secrets,
/// environment variables and the command line still win). The bundled <c>samples/policy.json</c>, so the API gives the
/// same findings on the samples as <c>outlookguard analyze samples/ --policy samples/policy.json</c>; and the git-ignored
/// <c>appsettings.Local.json</c>, where <c>dotnet user-jwts create --appsettings-file appsettings.Local.json</c> writes its
/// issuer and audiences, so a developer's setup never changes a tracked file.
/// </summary>
internal static class DevelopmentSettings
{
    /// <summary>The git-ignored settings file beside appsettings.json.</summary>
    public const string LocalFile = "appsettings.Local.json";

    /// <summary>The sample policy, from the content root (src/OutlookGuard.Api) to the repository's samples folder.</summary>
    public static readonly string SamplePolicy = Path.Combine("..", "..", "samples", "policy.json");

    public static void AddDevelopmentSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            return;
        }

        var contentRoot = builder.Environment.ContentRootPath;
        var samplePolicy = Path.GetFullPath(Path.Combine(contentRoot, SamplePolicy));
        var sources = builder.Configuration.Sources;
        var environmentFile = $"appsettings.{builder.Environment.EnvironmentName}.json";
        var after = sources.Select((source, index) => (source, index))
            .LastOrDefault(s => s.source is JsonConfigurationSource json && string.Equals(json.Path, environmentFile, StringComparison.OrdinalIgnoreCase));
        var index = after.source is null ? sources.Count : after.index + 1;

        sources.Insert(index, Json(contentRoot, LocalFile, reload: true));
        if (File.Exists(samplePolicy))
        {
            sources.Insert(index, Json(Path.GetDirectoryName(samplePolicy)!, Path.GetFileName(samplePolicy), reload: false));
        }
    }

    private static JsonConfigurationSource Json(string folder, string file, bool reload) => new()
    {
        FileProvider = new PhysicalFileProvider(folder),
        Path = file,
        Optional = true,
        ReloadOnChange = reload,
    };
}
