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

    /// <summary>The fields of a stamp, keys upper-cased; later duplicates are ignored.</summary>
    public static IReadOnlyDictionary<string, string> ParseFields(string? value)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(value))
        {
            return fields;
        }

        foreach (var raw in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (fields.Count >= MaxFields)
            {
                break;
            }

            var segment = raw;
            while (segment.StartsWith("(null)", StringComparison.OrdinalIgnoreCase))
            {
                segment = segment[6..].TrimStart();
            }

            var colon = segment.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = segment[..colon].Trim().ToUpperInvariant();
            var fieldValue = segment[(colon + 1)..].Trim();
            if (key.Length <= 16 && !fields.ContainsKey(key))
            {
                fields[key] = fieldValue;
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

    internal static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Get(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private static string? NormalizeIp(string? value) =>
        IpAddresses.Normalize(value) ?? value;
}
