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
        var length = value.Length - value.Count((byte)'\r') - value.Count((byte)'\n');
        if (length == 0)
        {
            return string.Empty;
        }

        return string.Create(length, value, static (chars, bytes) =>
        {
            var k = 0;
            foreach (var b in bytes)
            {
                if (b is not ((byte)'\r' or (byte)'\n'))
                {
                    chars[k++] = (char)b;
                }
            }
        });
    }
}
