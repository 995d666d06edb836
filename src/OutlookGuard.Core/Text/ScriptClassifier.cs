using System.Globalization;

namespace OutlookGuard.Core.Text;

/// <summary>
/// Which script a character belongs to, by Unicode block, and whether a label mixes scripts in a way
/// UTS #39 §5.2 ("Highly Restrictive") does not allow. Latin with Han, Hiragana and Katakana is
/// allowed (ordinary Japanese), as are Latin+Han+Hangul and Latin+Han+Bopomofo; Latin with Cyrillic
/// or Greek is not (the classic homograph).
/// </summary>
internal static class ScriptClassifier
{
    public static LetterScript Of(int c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter((char)c) ? LetterScript.Latin : LetterScript.Common;
        }

        return c switch
        {
            >= 0x00C0 and <= 0x024F when c is not (0x00D7 or 0x00F7) => LetterScript.Latin,
            >= 0x0250 and <= 0x02AF => LetterScript.Latin,
            >= 0x1D00 and <= 0x1D7F => LetterScript.Latin,
            >= 0x1E00 and <= 0x1EFF => LetterScript.Latin,
            >= 0x2C60 and <= 0x2C7F => LetterScript.Latin,
            >= 0xA720 and <= 0xA7FF => LetterScript.Latin,
            >= 0xAB30 and <= 0xAB6F => LetterScript.Latin,
            >= 0xFF21 and <= 0xFF3A => LetterScript.Latin,
            >= 0xFF41 and <= 0xFF5A => LetterScript.Latin,
            >= 0x0370 and <= 0x03FF => LetterScript.Greek,
            >= 0x1F00 and <= 0x1FFF => LetterScript.Greek,
            >= 0x0400 and <= 0x052F => LetterScript.Cyrillic,
            >= 0x1C80 and <= 0x1C8F => LetterScript.Cyrillic,
            >= 0x2DE0 and <= 0x2DFF => LetterScript.Cyrillic,
            >= 0xA640 and <= 0xA69F => LetterScript.Cyrillic,
            >= 0x0530 and <= 0x058F => LetterScript.Armenian,
            >= 0x3041 and <= 0x3096 => LetterScript.Hiragana,
            >= 0x309D and <= 0x309F => LetterScript.Hiragana,
            >= 0x30A1 and <= 0x30FA => LetterScript.Katakana,
            >= 0x30FD and <= 0x30FF => LetterScript.Katakana,
            >= 0x31F0 and <= 0x31FF => LetterScript.Katakana,
            >= 0xFF66 and <= 0xFF9D => LetterScript.Katakana,
            >= 0x3005 and <= 0x3007 => LetterScript.Han,
            >= 0x3400 and <= 0x4DBF => LetterScript.Han,
            >= 0x4E00 and <= 0x9FFF => LetterScript.Han,
            >= 0xF900 and <= 0xFAFF => LetterScript.Han,
            >= 0x20000 and <= 0x3FFFF => LetterScript.Han,
            >= 0x1100 and <= 0x11FF => LetterScript.Hangul,
            >= 0x3130 and <= 0x318F => LetterScript.Hangul,
            >= 0xAC00 and <= 0xD7AF => LetterScript.Hangul,
            >= 0x3100 and <= 0x312F => LetterScript.Bopomofo,
            >= 0x31A0 and <= 0x31BF => LetterScript.Bopomofo,
            _ => IsCommon(c) ? LetterScript.Common : LetterScript.Other,
        };
    }

    /// <summary>The set of scripts in <paramref name="text"/> (Common left out).</summary>
    public static HashSet<LetterScript> ScriptsOf(string text)
    {
        var scripts = new HashSet<LetterScript>();
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            var script = Of(c);
            if (script != LetterScript.Common)
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    /// <summary>True when the scripts of one label are not a UTS #39 "Highly Restrictive" combination.</summary>
    public static bool IsMixed(HashSet<LetterScript> scripts)
    {
        if (scripts.Count <= 1)
        {
            return false;
        }

        if (scripts.Contains(LetterScript.Other))
        {
            // An unclassified script next to another one: only plain Latin may accompany it safely enough to stay quiet.
            return !(scripts.Count == 2 && scripts.Contains(LetterScript.Latin));
        }

        foreach (var script in scripts)
        {
            if (script is not (LetterScript.Latin or LetterScript.Han or LetterScript.Hiragana or LetterScript.Katakana
                or LetterScript.Hangul or LetterScript.Bopomofo))
            {
                return true;
            }
        }

        var japanese = scripts.Contains(LetterScript.Hiragana) || scripts.Contains(LetterScript.Katakana);
        var korean = scripts.Contains(LetterScript.Hangul);
        var chinese = scripts.Contains(LetterScript.Bopomofo);
        return (japanese ? 1 : 0) + (korean ? 1 : 0) + (chinese ? 1 : 0) > 1;
    }

    private static bool IsCommon(int c)
    {
        if (c > 0xFFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory((char)c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.DashPunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            || c is 0x30FC or 0x30FB or 0x3099 or 0x309A or 0x309B or 0x309C;
    }
}
