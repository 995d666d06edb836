
namespace OutlookGuard.Core.Text;

/// <summary>The honorifics and titles of <c>Data/name_honorifics.txt</c>, ready to strip from one word of a name.</summary>
internal sealed class Honorifics
{
    private readonly HashSet<string> _words;
    private readonly string[] _gluedSuffixes;

    public Honorifics(IEnumerable<string> lines)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var entry = line.Trim().ToLowerInvariant();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                _words.Add(entry);
            }
        }

        // Longest first, so that 副社長 is cut before 社長 could leave 副 behind.
        _gluedSuffixes = [.. _words.Where(w => w.Any(c => c > 0x7F)).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
    }

    /// <summary>The word without honorifics: empty when it is one, cut when one is glued to its end (森陽翔様 → 森陽翔).</summary>
    public string Strip(string word)
    {
        var current = word;
        while (current.Length > 0)
        {
            if (_words.Contains(current))
            {
                return "";
            }

            var cut = false;
            foreach (var suffix in _gluedSuffixes)
            {
                if (current.Length > suffix.Length && current.EndsWith(suffix, StringComparison.Ordinal))
                {
                    current = current[..^suffix.Length];
                    cut = true;
                    break;
                }
            }

            if (!cut)
            {
                return current;
            }
        }

        return current;
    }
}
