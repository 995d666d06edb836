
namespace OutlookGuard.Core.Domains;

/// <summary>
/// Bounded Damerau-Levenshtein distance (the "optimal string alignment" variant: insert, delete,
/// substitute, swap two adjacent characters, each costing one). Bounded because lookalike checks
/// only care about "one or two edits away": the work stops as soon as the bound is exceeded.
/// </summary>
public static class EditDistance
{
    /// <summary>Longest input compared; longer strings are treated as far apart (domain labels are at most 63).</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <paramref name="max"/>; otherwise <c>max + 1</c>. Compares UTF-16 code units, ordinal.
    /// </summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var over = max + 1;
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return over;
        }

        if (a.SequenceEqual(b))
        {
            return 0;
        }

        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return over;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<int> buffer = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            // Every later cell is at least the smallest cell of this row: nothing below can come back under the bound.
            if (rowMin > max)
            {
                return over;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        var distance = previous[b.Length];
        return distance > max ? over : distance;
    }

    /// <summary>True when <paramref name="a"/> turns into <paramref name="b"/> by swapping exactly one pair of adjacent, different characters.</summary>
    public static bool IsAdjacentTransposition(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length || a.Length < 2)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                first = i;
                break;
            }
        }

        if (first < 0 || first + 1 >= a.Length)
        {
            return false;
        }

        return a[first] == b[first + 1] && a[first + 1] == b[first]
            && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
    }
}
