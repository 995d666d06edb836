namespace OutlookGuard.Api.Tests.Telemetry;

/// <summary>One measurement an instrument of the <c>OutlookGuard</c> meter reported.</summary>
internal sealed record MeasuredValue(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);
