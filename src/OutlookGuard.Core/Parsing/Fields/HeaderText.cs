using System.Text;

namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>Header values that need no decoding, turned into text without MimeKit.</summary>
internal static class HeaderText
{
    /// <summary>
    /// What MimeKit's <c>Header.Unfold</c> gives for an ASCII value: white space trimmed at both ends and every
    /// CR and LF inside dropped; tabs and spaces inside are kept.
    /// </summary>
    public static string UnfoldAscii(ReadOnlySpan<byte> raw)
    {
        var start = 0;
        while (start < raw.Length && char.IsWhiteSpace((char)raw[start]))
        {
            start++;
        }

        var end = raw.Length;
        while (end > start && char.IsWhiteSpace((char)raw[end - 1]))
        {
            end--;
        }

        var value = raw[start..end];
        if (value.IndexOfAny((byte)'\r', (byte)'\n') < 0)
        {
            return value.IsEmpty ? string.Empty : Encoding.Latin1.GetString(value);
        }

        var length = value.Length - value.Count((byte)'\r') - value.Count((byte)'\n');
        if (length == 0)
        {
            return string.Empty;
        }

        // Each run between line breaks widened at once (ASCII bytes are their own code points).
        return string.Create(length, value, static (chars, bytes) =>
        {
            var k = 0;
            while (!bytes.IsEmpty)
            {
                var stop = bytes.IndexOfAny((byte)'\r', (byte)'\n');
                var run = stop < 0 ? bytes : bytes[..stop];
                k += Encoding.Latin1.GetChars(run, chars[k..]);
                bytes = stop < 0 ? [] : bytes[(stop + 1)..];
            }
        });
    }
}
