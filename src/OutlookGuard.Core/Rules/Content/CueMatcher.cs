using OutlookGuard.Core.Data;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Rules.Content;

/// <summary>
/// Finds cue phrases in text: both sides are NFKC-normalized and case-folded (so full-width, half-width and
/// compatibility forms match), then compared by plain ordinal substring search, with word boundaries for
/// phrases that start or end with a letter or digit. Linear in the text for each phrase: no regular
/// expressions, no backtracking.
/// </summary>
internal sealed class CueMatcher
{
    private readonly (string Category, string Phrase)[] _cues;

    private CueMatcher((string Category, string Phrase)[] cues)
    {
        _cues = cues;
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
        var found = new List<(string, string)>();
        foreach (var cue in _cues)
        {
            if (Contains(normalized, cue.Phrase))
            {
                found.Add(cue);
            }
        }

        return found;
    }

    /// <summary>NFKC, case fold, typographic apostrophes as ASCII, whitespace runs as one space. Never throws.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = UnicodeText.Fold(UnicodeText.ReplaceLoneSurrogates(text));
        return UnicodeText.CollapseWhitespace(folded, map: static c => c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : c);
    }

    private static bool Contains(string text, string phrase)
    {
        var boundedStart = char.IsLetterOrDigit(phrase[0]) && phrase[0] < 128;
        var boundedEnd = char.IsLetterOrDigit(phrase[^1]) && phrase[^1] < 128;
        var index = 0;
        while (index <= text.Length - phrase.Length)
        {
            var at = text.IndexOf(phrase, index, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + phrase.Length;
            if ((!boundedStart || at == 0 || !IsWordChar(text[at - 1]))
                && (!boundedEnd || end == text.Length || !IsWordChar(text[end])))
            {
                return true;
            }

            index = at + 1;
        }

        return false;
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
