namespace OutlookGuard.Api.Telemetry;

/// <summary>
/// Counts On-Behalf-Of exchanges on the identity client: the POSTs to the token endpoint (the same client's GETs
/// fetch OpenID metadata and signing keys and are not counted).
/// </summary>
internal sealed class OnBehalfOfTelemetryHandler(GuardTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exchange = request.Method == HttpMethod.Post
            && request.RequestUri?.AbsolutePath.EndsWith("/token", StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (exchange)
            {
                telemetry.RecordOboExchange(response.IsSuccessStatusCode);
            }

            return response;
        }
        catch (HttpRequestException)
        {
            if (exchange)
            {
                telemetry.RecordOboExchange(success: false);
            }

            throw;
        }
    }
}
