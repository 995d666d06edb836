using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Data;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// Finds cue phrases in text: both sides are NFKC-normalized and case-folded (so full-width, half-width and
/// compatibility forms match), then compared ordinally, with word boundaries for phrases that start or end with
/// a letter or digit. The phrases form a trie, built once; the text is read once, and from each position the trie is
/// followed as far as the text agrees with some phrase (a bit table of the phrases' first two characters rules out
/// nearly every position with one lookup). Linear in the text (times the longest phrase); no regular expressions,
/// no backtracking.
/// </summary>
internal sealed class CueMatcher
{
    private const int StartBits = 1 << 16;

    private readonly (string Category, string Phrase)[] _cues;

    // The trie: a child per (node, character), and the phrases that end at each node (node 0 is the root).
    private readonly Dictionary<long, int> _children = [];
    private readonly List<int[]> _ends = [[]];

    // A bit per hash of the first two characters of a phrase; no phrase of one character may skip it.
    private readonly ulong[] _startBits = new ulong[StartBits / 64];
    private readonly bool _hasSingles;

    private CueMatcher((string Category, string Phrase)[] cues)
    {
        _cues = cues;
        for (var i = 0; i < cues.Length; i++)
        {
            var phrase = cues[i].Phrase;
            var node = 0;
            foreach (var c in phrase)
            {
                if (!_children.TryGetValue(Edge(node, c), out var child))
                {
                    child = _ends.Count;
                    _ends.Add([]);
                    _children[Edge(node, c)] = child;
                }

                node = child;
            }

            _ends[node] = [.. _ends[node], i];
            if (phrase.Length == 1)
            {
                _hasSingles = true;
            }
            else
            {
                var hash = Hash(phrase[0], phrase[1]);
                _startBits[hash >> 6] |= 1UL << (hash & 63);
            }
        }
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
        for (var at = 0; at < normalized.Length; at++)
        {
            if (!_hasSingles && (at + 1 == normalized.Length || !MayStart(normalized[at], normalized[at + 1])))
            {
                continue;
            }

            var node = 0;
            for (var end = at; end < normalized.Length && _children.TryGetValue(Edge(node, normalized[end]), out node); end++)
            {
                foreach (var index in _ends[node])
                {
                    if (hit?[index] != true && IsBounded(normalized, at, end + 1, _cues[index].Phrase))
                    {
                        (hit ??= new bool[_cues.Length])[index] = true;
                    }
                }
            }
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

    private static long Edge(int node, char c) => ((long)node << 16) | c;

    private static int Hash(char first, char second) => (int)((uint)(((first << 16) | second) * -1640531535) >> 16);

    private bool MayStart(char first, char second)
    {
        var hash = Hash(first, second);
        return (_startBits[hash >> 6] & (1UL << (hash & 63))) != 0;
    }

    // The phrase found at text[at..end] has no letter or digit glued to it where it starts or ends with one.
    private static bool IsBounded(string text, int at, int end, string phrase) =>
        (!IsWordChar(phrase[0]) || at == 0 || !IsWordChar(text[at - 1]))
        && (!IsWordChar(phrase[^1]) || end == text.Length || !IsWordChar(text[end]));

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
