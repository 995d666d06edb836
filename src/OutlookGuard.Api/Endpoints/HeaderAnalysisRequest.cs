namespace OutlookGuard.Api.Endpoints;

/// <summary>The body of <c>POST /api/analysis</c>.</summary>
/// <param name="InternetHeaders">The raw header block, as Office.js <c>getAllInternetHeadersAsync</c> returns it.</param>
/// <param name="BodyPreview">An optional plain-text preview of the body.</param>
public sealed record HeaderAnalysisRequest(string? InternetHeaders, string? BodyPreview);
