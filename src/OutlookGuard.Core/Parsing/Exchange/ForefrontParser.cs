using System.Globalization;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Parsing.Exchange;

/// <summary>
/// Reads Exchange Online Protection's <c>KEY:value;</c> stamps (X-Forefront-Antispam-Report, X-Microsoft-Antispam).
/// Keys end at the first ':' so IPv6 values (CIP:2a01:111::1) survive; "(null)" noise is skipped.
/// </summary>
public static class ForefrontParser
{
    private const int MaxFields = 64;

    private static readonly string[] KnownKeys = ["CIP", "CTRY", "LANG", "SCL", "SRV", "IPV", "SFV", "H", "PTR", "CAT", "SFS", "DIR", "SFTY", "BCL", "ARA"];

    /// <summary>The fields of a stamp, keys upper-cased; later duplicates are ignored.</summary>
    public static IReadOnlyDictionary<string, string> ParseFields(string? value)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(value))
        {
            return fields;
        }

        var text = value.AsSpan();
        var known = fields.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in text.Split(';'))
        {
            if (fields.Count >= MaxFields)
            {
                break;
            }

            var segment = text[range].Trim();
            while (segment.StartsWith("(null)", StringComparison.OrdinalIgnoreCase))
            {
                segment = segment[6..].TrimStart();
            }

            var colon = segment.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = segment[..colon].Trim();
            if (name.Length <= 16 && !known.ContainsKey(name))
            {
                fields[Key(name)] = segment[(colon + 1)..].Trim().ToString();
            }
        }

        return fields;
    }

    /// <summary>The report, or null when the value holds no field.</summary>
    public static ForefrontReport? Parse(string? value)
    {
        var fields = ParseFields(value);
        if (fields.Count == 0)
        {
            return null;
        }

        return new ForefrontReport(
            Cip: NormalizeIp(Get(fields, "CIP")),
            Ctry: Get(fields, "CTRY")?.ToUpperInvariant(),
            Lang: Get(fields, "LANG"),
            Scl: Int(Get(fields, "SCL")),
            Sfv: Get(fields, "SFV")?.ToUpperInvariant(),
            Cat: Get(fields, "CAT")?.ToUpperInvariant(),
            Ipv: Get(fields, "IPV")?.ToUpperInvariant(),
            Sfty: Get(fields, "SFTY"),
            H: Get(fields, "H"),
            Ptr: Get(fields, "PTR"),
            Dir: Get(fields, "DIR")?.ToUpperInvariant(),
            Fields: fields);
    }

    /// <summary>BCL (bulk complaint level, 0-9) from X-Microsoft-Antispam, or null.</summary>
    public static int? ParseBcl(string? value) => Int(Get(ParseFields(value), "BCL"));

    // The key upper-cased; the keys the facts read are not allocated again.
    private static string Key(ReadOnlySpan<char> name)
    {
        foreach (var known in KnownKeys)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return name.ToString().ToUpperInvariant();
    }

    internal static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Get(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private static string? NormalizeIp(string? value) =>
        IpAddresses.Normalize(value) ?? value;
}
