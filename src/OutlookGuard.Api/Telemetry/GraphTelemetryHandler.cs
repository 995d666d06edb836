using System.Diagnostics;

namespace OutlookGuard.Api.Telemetry;

/// <summary>Times every request on the Graph client (each retry included) and counts the failed ones by status.</summary>
internal sealed class GraphTelemetryHandler(GuardTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            telemetry.RecordGraphRequest(Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
            return response;
        }
        catch (HttpRequestException)
        {
            telemetry.RecordGraphRequest(Stopwatch.GetElapsedTime(started), null);
            throw;
        }
    }
}
