using System.Buffers;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Data;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// Finds cue phrases in text: both sides are NFKC-normalized and case-folded (so full-width, half-width and
/// compatibility forms match), then compared ordinally, with word boundaries for phrases that start or end with
/// a letter or digit. One pass over the text finds every place where some phrase starts (<see cref="SearchValues{T}"/>
/// of the phrases, a multi-string search built once); only the phrases that begin with the character found there
/// are compared. No regular expressions, no backtracking.
/// </summary>
internal sealed class CueMatcher
{
    private readonly (string Category, string Phrase)[] _cues;
    private readonly SearchValues<string> _phrases;
    private readonly Dictionary<char, int[]> _byFirstChar;

    private CueMatcher((string Category, string Phrase)[] cues)
    {
        _cues = cues;
        _phrases = SearchValues.Create([.. cues.Select(c => c.Phrase).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        _byFirstChar = Enumerable.Range(0, cues.Length)
            .GroupBy(i => cues[i].Phrase[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The embedded English and Japanese business-email-compromise cues.</summary>
    public static CueMatcher Bec { get; } = new([.. Load("bec_cues_en.txt"), .. Load("bec_cues_ja.txt")]);

    /// <summary>
    /// The embedded requests to change a payment destination (<c>Data/payment_cues_en.txt</c>, <c>payment_cues_ja.txt</c>):
    /// whole phrases, and each noun combined with each word before and after it (see <see cref="Combine"/>).
    /// </summary>
    public static CueMatcher PaymentChange { get; } = new([.. Combine("payment_cues_en.txt", " "), .. Combine("payment_cues_ja.txt", string.Empty)]);

    /// <summary>Every cue found in the text (already passed through <see cref="Normalize"/>), in list order.</summary>
    public List<(string Category, string Phrase)> Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<(string, string)>();
        bool[]? hit = null;
        var start = 0;
        while (start < normalized.Length)
        {
            var next = normalized.AsSpan(start).IndexOfAny(_phrases);
            if (next < 0)
            {
                break;
            }

            var at = start + next;
            foreach (var index in _byFirstChar[normalized[at]])
            {
                if (hit?[index] != true && MatchesAt(normalized, at, _cues[index].Phrase))
                {
                    (hit ??= new bool[_cues.Length])[index] = true;
                }
            }

            start = at + 1;
        }

        if (hit is not null)
        {
            for (var i = 0; i < _cues.Length; i++)
            {
                if (hit[i])
                {
                    found.Add(_cues[i]);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Adds a found phrase as evidence under <paramref name="header"/>, at most <paramref name="max"/> items: a longer
    /// phrase that contains a shorter one ("suddenly need money", "need money") is the better evidence and replaces it.
    /// </summary>
    public static void AddEvidence(List<Evidence> evidence, string header, string phrase, int max)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Any(e => e.Value.Contains(phrase, StringComparison.Ordinal)))
        {
            return;
        }

        evidence.RemoveAll(e => phrase.Contains(e.Value, StringComparison.Ordinal));
        if (evidence.Count < max)
        {
            evidence.Add(new Evidence(header, phrase));
        }
    }

    /// <summary>NFKC, case fold, typographic apostrophes as ASCII, whitespace runs as one space. Never throws.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = UnicodeText.Fold(UnicodeText.ReplaceLoneSurrogates(text));
        return UnicodeText.CollapseWhitespace(folded, map: static c => c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c);
    }

    // The phrase at text[at..], and no letter or digit glued to a phrase that starts or ends with one.
    private static bool MatchesAt(string text, int at, string phrase)
    {
        if (!text.AsSpan(at).StartsWith(phrase, StringComparison.Ordinal))
        {
            return false;
        }

        var end = at + phrase.Length;
        return (!IsWordChar(phrase[0]) || at == 0 || !IsWordChar(text[at - 1]))
            && (!IsWordChar(phrase[^1]) || end == text.Length || !IsWordChar(text[end]));
    }

    private static bool IsWordChar(char c) => c < 128 && char.IsLetterOrDigit(c);

    // "request|phrase" lines as they are; each "noun" joined to every "before" and "after" by the separator.
    private static IEnumerable<(string, string)> Combine(string file, string separator)
    {
        var lines = Load(file).ToList();
        string[] Kind(string kind) => [.. lines.Where(l => string.Equals(l.Item1, kind, StringComparison.Ordinal)).Select(l => l.Item2)];
        var (before, after) = (Kind("before"), Kind("after"));
        foreach (var phrase in Kind("request"))
        {
            yield return ("request", phrase);
        }

        foreach (var noun in Kind("noun"))
        {
            foreach (var word in before)
            {
                yield return ("request", word + separator + noun);
            }

            foreach (var word in after)
            {
                yield return ("request", noun + separator + word);
            }
        }
    }

    private static IEnumerable<(string, string)> Load(string file)
    {
        foreach (var line in EmbeddedData.ReadLines(file))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || bar == line.Length - 1)
            {
                continue;
            }

            var phrase = Normalize(line[(bar + 1)..]);
            if (phrase.Length > 0)
            {
                yield return (line[..bar].Trim(), phrase);
            }
        }
    }
}
