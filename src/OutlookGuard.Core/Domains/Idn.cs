using System.Globalization;

namespace OutlookGuard.Core.Domains;

/// <summary>
/// IDNA conversions (RFC 5890/5891, UTS #46 mapping as implemented by <see cref="IdnMapping"/>) that never throw:
/// mail headers carry domains in A-label, U-label and mixed forms, and a lookalike often hides in the difference.
/// </summary>
public static class Idn
{
    private const int MaxDomainLength = 253;

    private static readonly IdnMapping Mapping = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>The lower-case A-label form, or null when the text is not a domain name (empty, too long, bad labels).</summary>
    public static string? ToAscii(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.');
        if (trimmed.Length == 0 || trimmed.Length > MaxDomainLength * 4)
        {
            return null;
        }

        // An address literal ([192.0.2.1]) is not a domain name.
        if (trimmed.StartsWith('['))
        {
            return null;
        }

        if (IsPlainAscii(trimmed))
        {
            // Nearly every domain in mail: letters, digits, hyphens, no A-label to validate. IDNA maps it to itself.
            return trimmed.ToLowerInvariant();
        }

        string ascii;
        try
        {
            ascii = Mapping.GetAscii(trimmed).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (ascii.Length > MaxDomainLength || ascii.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var c in ascii)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                return null;
            }
        }

        return ascii;
    }

    // LDH (and '_') labels of 1 to 63 characters, none an A-label ("xn--"), which IDNA would have to check.
    private static bool IsPlainAscii(string text)
    {
        if (text.Length > MaxDomainLength)
        {
            return false;
        }

        var labelLength = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                labelLength = 0;
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || ++labelLength > 63)
            {
                return false;
            }

            if (labelLength == 4 && (c == '-') && text[i - 1] == '-' && (text[i - 2] | 0x20) == 'n' && (text[i - 3] | 0x20) == 'x')
            {
                return false;
            }
        }

        return labelLength > 0;
    }

    /// <summary>The U-label form of an A-label domain; the input unchanged when a label does not decode.</summary>
    public static string ToUnicode(string ascii)
    {
        ArgumentNullException.ThrowIfNull(ascii);
        if (!ascii.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return ascii;
        }

        try
        {
            return Mapping.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return ascii;
        }
    }
}
