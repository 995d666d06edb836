using System.Buffers;
using System.Text;

namespace OutlookGuard.Core.Text;

/// <summary>
/// The one home of text folding: Unicode normalization that never throws (a header with a lone surrogate is
/// compared as it is), the case fold every matcher compares with, the split into words, and whitespace folding.
/// Nothing else in Core names a <see cref="NormalizationForm"/> (an architecture test keeps it so).
/// </summary>
internal static class UnicodeText
{
    /// <summary>NFKC (full-width letters and the ideographic space become their plain forms); the text as it is when it cannot be normalized.</summary>
    public static string Compatible(string text) => Normalize(text, NormalizationForm.FormKC);

    /// <summary>NFD: letters and their combining marks apart, for skeletons and accent-insensitive keys.</summary>
    public static string Decompose(string text) => Normalize(text, NormalizationForm.FormD);

    /// <summary>NFKC, then the invariant lower case: the form every name, brand and cue comparison starts from.</summary>
    public static string Fold(string text) => Compatible(text).ToLowerInvariant();

    /// <summary>A lone surrogate becomes U+FFFD, so that the text normalizes and prints.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
                clean.Append('\uFFFD');
                continue;
            }

            clean?.Append(c);
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as it is: maximal runs of characters for which
    /// <paramref name="isWordCharacter"/> holds. Fold the text first to compare words.
    /// </summary>
    public static List<string> Words(string text, Func<char, bool> isWordCharacter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isWordCharacter);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && isWordCharacter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// Runs of white space (and, when <paramref name="controlsAreSpace"/>, control characters) become one space; leading and
    /// trailing runs go. <paramref name="map"/> rewrites each kept character; the result stops at <paramref name="maxLength"/>.
    /// </summary>
    public static string CollapseWhitespace(string text, bool controlsAreSpace = false, Func<char, char>? map = null, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CollapseWhitespace(text.AsSpan(), controlsAreSpace, map, maxLength);
    }

    /// <summary>The same for characters not held in a string: one string, of the result, is allocated.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text, bool controlsAreSpace = false, Func<char, char>? map = null, int maxLength = int.MaxValue)
    {
        // The result never exceeds the input, nor maxLength by more than the one space before the last character.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, (int)Math.Min(text.Length, (long)maxLength + 1)));
        try
        {
            var length = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || (controlsAreSpace && char.IsControl(c)))
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }

                buffer[length++] = map is null ? c : map(c);
                if (length >= maxLength)
                {
                    break;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Normalize(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
