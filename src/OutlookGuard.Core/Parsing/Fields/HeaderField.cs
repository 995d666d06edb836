namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>
/// One header field of a block, as offsets into the block: its name (as written, before any blank and the
/// ':') and its raw value (after the ':' up to and including the line break that ends the field).
/// </summary>
internal readonly record struct HeaderField(FieldKind Kind, int Ordinal, int NameStart, int NameLength, int ValueStart, int ValueLength)
{
    /// <summary>Length of the raw value as MimeKit keeps it: a value not ending in a line feed gets one.</summary>
    public int RawLength(ReadOnlySpan<byte> block) =>
        ValueLength > 0 && block[ValueStart + ValueLength - 1] == (byte)'\n' ? ValueLength : ValueLength + 1;
}
