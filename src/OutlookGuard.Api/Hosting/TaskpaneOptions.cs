namespace OutlookGuard.Api.Hosting;

/// <summary>
/// The optional <c>Taskpane</c> section: where the built taskpane is served from. The API's build and publish copy
/// src/OutlookGuard.Taskpane/src, MSAL.js's browser bundle (npm ci in src/OutlookGuard.Taskpane) and the add-in's
/// icons (manifest/assets) to <c>wwwroot</c> beside the API's binaries, the default.
/// </summary>
public sealed class TaskpaneOptions
{
    public const string SectionName = "Taskpane";

    /// <summary>The folder served at <c>/</c> (a relative path from the working directory, as for <c>Mailbox:Folder</c>). Default: <c>wwwroot</c> beside the binaries.</summary>
    public string? Folder { get; set; }

    /// <summary>The default folder, where the build puts the pane.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
