namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>How the pane is opened: its size, Outlook's theme colours, Windows high contrast, an analysis that never answers.</summary>
public sealed record PaneOptions
{
    public int Width { get; init; } = 360;

    public int Height { get; init; } = 900;

    /// <summary>Office.context.officeTheme as Outlook gives it (bodyBackgroundColor...), or null.</summary>
    public object? OfficeTheme { get; init; }

    /// <summary>Chromium's forced colours, as Windows high contrast sets them.</summary>
    public bool HighContrast { get; init; }

    /// <summary>Holds GET /api/messages/... unanswered, so the pane shows its loading state.</summary>
    public bool HoldAnalysis { get; init; }

    /// <summary>Outlook's dark theme colours.</summary>
    public static object DarkTheme { get; } = new
    {
        bodyBackgroundColor = "#292929",
        bodyForegroundColor = "#ffffff",
        controlBackgroundColor = "#3d3d3d",
        controlForegroundColor = "#ffffff",
    };
}
