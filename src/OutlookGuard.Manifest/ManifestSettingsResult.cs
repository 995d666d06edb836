namespace OutlookGuard.Manifest;

/// <summary>The settings when every value was valid; otherwise null and one message per bad value.</summary>
public sealed record ManifestSettingsResult(ManifestSettings? Settings, IReadOnlyList<string> Errors);
