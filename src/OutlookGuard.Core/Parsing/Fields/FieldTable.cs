using System.Buffers;

namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>
/// The fields of one header block, found in one pass over its bytes: every field is counted, a line that is
/// not a field becomes an issue, and only the fields the facts read are kept, as offsets (no string, no copy).
/// A field is read the way MimeKit reads one: a name of printable ASCII, optional blanks, then ':'.
/// </summary>
internal sealed class FieldTable : IDisposable
{
    private static readonly int KindCount = Enum.GetValues<FieldKind>().Length;

    private readonly int[] _first = new int[KindCount];
    private readonly int[] _count = new int[KindCount];
    private HeaderField[] _known = ArrayPool<HeaderField>.Shared.Rent(32);
    private int _knownCount;

    /// <summary>Fields in the block, read or not.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Fields read (well-formed and within the count limit).</summary>
    public int ReadCount { get; private set; }

    /// <summary>The fields the facts read, in block order.</summary>
    public ReadOnlySpan<HeaderField> Known => _known.AsSpan(0, _knownCount);

    /// <summary>The first (topmost) field of a kind, if any.</summary>
    public HeaderField? First(FieldKind kind) => _count[(int)kind] > 0 ? _known[_first[(int)kind]] : null;

    /// <summary>How many fields of a kind were read.</summary>
    public int Count(FieldKind kind) => _count[(int)kind];

    // Splits the block into fields (a line starting with a space or tab continues the field) in one linear pass.
    public void Scan(ReadOnlySpan<byte> block, ParseLimits limits, IssueList issues)
    {
        var start = 0;
        while (start < block.Length)
        {
            var end = FieldEnd(block, start);
            FieldCount++;
            if (ReadCount < limits.MaxHeaderCount)
            {
                var field = block[start..end];
                var nameLength = NameLength(field, out var colon);
                if (colon < 0)
                {
                    issues.Add(new ParseIssue("header-malformed", null, "A line that is not a header field was ignored."));
                }
                else
                {
                    var kind = FieldNames.Classify(field[..nameLength]);
                    if (kind != FieldKind.Other)
                    {
                        Add(new HeaderField(kind, ReadCount, start, nameLength, start + colon + 1, end - start - colon - 1));
                    }

                    ReadCount++;
                }
            }

            start = end;
        }
    }

    public void Dispose()
    {
        ArrayPool<HeaderField>.Shared.Return(_known);
        _known = [];
        _knownCount = 0;
    }

    /// <summary>Where the field starting at <paramref name="start"/> ends: after its last line, continuation lines included.</summary>
    public static int FieldEnd(ReadOnlySpan<byte> block, int start)
    {
        var end = start;
        while (true)
        {
            var eol = block[end..].IndexOf((byte)'\n');
            if (eol < 0)
            {
                return block.Length;
            }

            end += eol + 1;
            if (end >= block.Length || (block[end] != (byte)' ' && block[end] != (byte)'\t'))
            {
                return end;
            }
        }
    }

    // The name runs over printable ASCII other than ':'; blanks may follow it before the ':'. -1 when not a field.
    private static int NameLength(ReadOnlySpan<byte> field, out int colon)
    {
        var i = 0;
        while (i < field.Length && field[i] is >= 33 and <= 126 and not (byte)':')
        {
            i++;
        }

        var nameLength = i;
        while (i < field.Length && field[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        colon = i < field.Length && field[i] == (byte)':' ? i : -1;
        return nameLength;
    }

    private void Add(HeaderField field)
    {
        if (_knownCount == _known.Length)
        {
            var larger = ArrayPool<HeaderField>.Shared.Rent(_known.Length * 2);
            Known.CopyTo(larger);
            ArrayPool<HeaderField>.Shared.Return(_known);
            _known = larger;
        }

        var kind = (int)field.Kind;
        if (_count[kind]++ == 0)
        {
            _first[kind] = _knownCount;
        }

        _known[_knownCount++] = field;
    }
}
