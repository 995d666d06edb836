using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.Hosting;

/// <summary>Serves the built taskpane (html, modules, MSAL.js, icons) anonymously from <see cref="TaskpaneOptions.Folder"/>.</summary>
internal static partial class TaskpaneHosting
{
    public static void AddTaskpane(this IServiceCollection services) =>
        services.AddOptions<TaskpaneOptions>()
            .BindConfiguration(TaskpaneOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.Folder) || Directory.Exists(o.Folder), "Taskpane:Folder names a folder that does not exist.")
            .ValidateOnStart();

    public static void UseTaskpane(this WebApplication app)
    {
        var configured = app.Services.GetRequiredService<IOptions<TaskpaneOptions>>().Value.Folder;
        var folder = string.IsNullOrWhiteSpace(configured)
            ? TaskpaneOptions.DefaultFolder
            : Path.GetFullPath(configured);
        if (!Directory.Exists(folder))
        {
            LogTaskpaneMissing(app.Logger, folder);
            return;
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "The taskpane folder {Folder} does not exist: the pane is not served (build src/OutlookGuard.Api, or set Taskpane:Folder)")]
    private static partial void LogTaskpaneMissing(ILogger logger, string folder);
}
