using System.Net;
using MaxMind.Db;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.GeoIp;

/// <summary>
/// Looks up an origin IP's country in a MaxMind GeoIP2 or GeoLite2 Country or City database (.mmdb),
/// loaded into memory once, so each lookup is a local tree walk with no I/O. The database is the
/// deployment's own copy: MaxMind licenses it per user and it is not shipped with OutlookGuard.
/// Read with MaxMind.Db's reader into <see cref="CountryRecord"/> (source-generated activation, safe under
/// trimming and Native AOT).
/// Thread-safe: open one per process and share it (a singleton in the service).
/// </summary>
public sealed class MaxMindGeolocator : IIpGeolocator, IDisposable
{
    private readonly Reader _reader;

    /// <summary>Opens a Country or City database; the whole file is read into memory.</summary>
    /// <param name="path">The .mmdb file (GeoLite2-Country.mmdb, GeoIP2-City.mmdb, ...).</param>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a MaxMind database, is damaged, or holds no country data (an ASN database, for example).</exception>
    public MaxMindGeolocator(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The GeoIP database file does not exist.", path);
        }

        Reader reader;
        try
        {
            reader = new Reader(path, FileAccessMode.Memory);
        }
        catch (Exception e) when (e is InvalidDatabaseException or ArgumentException or InvalidCastException or OverflowException or IndexOutOfRangeException)
        {
            // Damaged metadata surfaces as any of these from the reader; all mean the same to the caller.
            throw new InvalidDataException("The file is not a readable MaxMind GeoIP2/GeoLite2 database.", e);
        }

        var type = reader.Metadata.DatabaseType ?? string.Empty;
        if (!type.Contains("City", StringComparison.OrdinalIgnoreCase) && !type.Contains("Country", StringComparison.OrdinalIgnoreCase))
        {
            reader.Dispose();
            throw new InvalidDataException($"The MaxMind database is of type '{type}'; a Country or City database is needed.");
        }

        _reader = reader;
        DatabaseType = type;
    }

    /// <summary>The database's own type name (<c>GeoLite2-Country</c>, <c>GeoIP2-City</c>, ...).</summary>
    public string DatabaseType { get; }

    /// <summary>
    /// The country (ISO 3166 code; the registered country when the located one is unknown) and the network
    /// (CIDR) the database holds the address in; null for addresses it does not know, private addresses
    /// included. Never throws for any address.
    /// </summary>
    public GeoLocation? Locate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        try
        {
            if (_reader.Find<CountryRecord>(address) is not { } record)
            {
                return null;
            }

            var iso = record.Country?.IsoCode ?? record.RegisteredCountry?.IsoCode;
            var network = record.Network?.ToString();
            return iso is null && network is null ? null : new GeoLocation(iso, network);
        }
        catch (Exception e) when (e is InvalidDatabaseException or DeserializationException or ArgumentException)
        {
            // A damaged record must not fail an analysis: the country is simply unknown.
            return null;
        }
    }

    public void Dispose() => _reader.Dispose();
}
