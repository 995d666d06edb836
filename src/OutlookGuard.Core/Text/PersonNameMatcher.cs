using System.Globalization;
using System.Text;
using OutlookGuard.Core.Data;

namespace OutlookGuard.Core.Text;

/// <summary>
/// Tells whether a display name is a given person's name as a reader would see it. Both sides are
/// compared after Unicode NFKC (full-width letters, the ideographic space U+3000), lower-casing,
/// honorifics and titles removed (Mr, Dr, 様, さん, 部長, 社長 …; <c>Data/name_honorifics.txt</c>),
/// punctuation and spaces ignored, and the UTS #39 confusable skeleton of each word (<c>Haruto M0ri</c>,
/// Cyrillic <c>о</c>). Word order does not matter ("Mori Haruto" is "Haruto Mori"), nor does the space
/// in a Japanese name ("森 陽翔" is "森陽翔", "陽翔森" too). A multi-word name also matches inside a
/// longer display name with up to <see cref="MaxExtraWords"/> extra words ("Haruto Mori (Hanabi Foods)").
/// No spelling distance is allowed: romanized Japanese names one letter apart (Yuki, Yuko) are different people.
/// </summary>
public static class PersonNameMatcher
{
    /// <summary>Words a display name may carry around a multi-word name and still match it (company, department).</summary>
    public const int MaxExtraWords = 3;

    // Word orders tried for names of up to this many words (4! = 24 joins at most).
    private const int MaxPermutedWords = 4;

    private static readonly Lazy<Honorifics> LazyHonorifics = new(() => new Honorifics(EmbeddedData.ReadLines("name_honorifics.txt")));

    /// <summary>True when <paramref name="displayName"/> shows the person named <paramref name="protectedName"/>.</summary>
    public static bool IsMatch(string? displayName, string? protectedName)
    {
        if (string.IsNullOrWhiteSpace(displayName) || string.IsNullOrWhiteSpace(protectedName))
        {
            return false;
        }

        return IsMatch(Normalize(displayName), Normalize(protectedName));
    }

    /// <summary>True when the display name's key shows the protected name's key (see the class summary for the rules).</summary>
    public static bool IsMatch(PersonNameKey displayName, PersonNameKey protectedName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(protectedName);
        var shown = displayName.Words;
        var wanted = protectedName.Words;
        if (shown.Count == 0 || wanted.Count == 0)
        {
            return false;
        }

        if (string.Equals(displayName.Joined, protectedName.Joined, StringComparison.Ordinal))
        {
            return true;
        }

        // Same words in another order, or one side written without spaces in another order ("陽翔森").
        if (shown.Count > 1 && AnyOrderJoins(shown, protectedName.Joined))
        {
            return true;
        }

        if (wanted.Count > 1 && AnyOrderJoins(wanted, displayName.Joined))
        {
            return true;
        }

        // A multi-word name inside a longer display name: its words side by side, in either order.
        return wanted.Count > 1 && shown.Count > wanted.Count && shown.Count - wanted.Count <= MaxExtraWords
            && ContainsRun(shown, wanted);
    }

    /// <summary>Reduces a name to its comparison key. Never throws; a name of titles only gives an empty key.</summary>
    public static PersonNameKey Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var honorifics = LazyHonorifics.Value;
        var text = UnicodeText.Fold(name);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                word.Append(c);
            }
            else
            {
                AddWord(word, words, honorifics);
            }
        }

        AddWord(word, words, honorifics);
        return new PersonNameKey(name, [.. words]);
    }

    // Letters, digits and combining marks (dakuten) belong to a word; spaces, punctuation and symbols separate words.
    private static bool IsWordCharacter(char c) =>
        char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            || c == '\u30FC';

    private static void AddWord(StringBuilder word, List<string> words, Honorifics honorifics)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = honorifics.Strip(word.ToString());
        word.Clear();
        if (text.Length > 0)
        {
            words.Add(ConfusableSkeleton.Of(text).ToLowerInvariant());
        }
    }

    private static bool AnyOrderJoins(IReadOnlyList<string> words, string joined)
    {
        if (words.Count > MaxPermutedWords)
        {
            return false;
        }

        var total = 0;
        foreach (var w in words)
        {
            total += w.Length;
        }

        if (total != joined.Length)
        {
            return false;
        }

        var used = new bool[words.Count];
        return Permute(words, used, joined, 0, 0);
    }

    private static bool Permute(IReadOnlyList<string> words, bool[] used, string joined, int position, int placed)
    {
        if (placed == words.Count)
        {
            return position == joined.Length;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!used[i] && string.CompareOrdinal(joined, position, words[i], 0, words[i].Length) == 0)
            {
                used[i] = true;
                if (Permute(words, used, joined, position + words[i].Length, placed + 1))
                {
                    return true;
                }

                used[i] = false;
            }
        }

        return false;
    }

    // Some run of wanted.Count words side by side in the shown name holds exactly the wanted words, in any order.
    private static bool ContainsRun(IReadOnlyList<string> shown, IReadOnlyList<string> wanted)
    {
        Span<bool> used = wanted.Count <= 64 ? stackalloc bool[wanted.Count] : new bool[wanted.Count];
        for (var start = 0; start + wanted.Count <= shown.Count; start++)
        {
            used.Clear();
            var all = true;
            for (var k = 0; k < wanted.Count && all; k++)
            {
                all = TakeSame(wanted, used, shown[start + k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    // Marks one not yet used wanted word equal to word; false when there is none.
    private static bool TakeSame(IReadOnlyList<string> wanted, Span<bool> used, string word)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!used[i] && string.Equals(wanted[i], word, StringComparison.Ordinal))
            {
                used[i] = true;
                return true;
            }
        }

        return false;
    }
}
