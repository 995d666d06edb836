using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace OutlookGuard.Api.Tests.Telemetry;

/// <summary>Records every measurement of one host's <c>OutlookGuard</c> meter (other hosts' meters are ignored).</summary>
internal sealed class GuardMeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public GuardMeterRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<MeasuredValue> Values { get; } = new();

    public IEnumerable<MeasuredValue> Of(string instrument) => Values.Where(v => v.Instrument == instrument);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            copy[key] = tag?.ToString();
        }

        Values.Enqueue(new MeasuredValue(instrument.Name, value, copy));
    }
}
