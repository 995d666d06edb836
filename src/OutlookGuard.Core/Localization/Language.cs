
namespace OutlookGuard.Core.Localization;

/// <summary>The reader's language for titles, details and the banner. English is the fallback.</summary>
public enum Language
{
    En = 0,
    Ja = 1,
}
