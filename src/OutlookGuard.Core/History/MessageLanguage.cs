using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.History;

/// <summary>
/// The language of a message as a primary subtag (<c>ja</c>, <c>en</c>, ...): Exchange Online's <c>LANG</c>
/// (X-Forefront-Antispam-Report), else the first <c>Content-Language</c>, else the script of the subject and body
/// preview. The script tells Japanese (kana, or mostly Han) from Latin-script text, which counts as <c>en</c>.
/// </summary>
public static class MessageLanguage
{
    private const int MinLettersForScript = 12;

    public static string? Of(MessageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Primary(facts.Forefront?.Lang)
            ?? Primary(facts.ContentLanguage)
            ?? FromScript(string.Concat(facts.Subject, " ", facts.BodyPreview));
    }

    /// <summary>The primary subtag of a language tag or list (<c>ja-JP, en-US</c> → <c>ja</c>), lower case; null when absent.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var first = tag.Split(',', 2)[0].Trim();
        var primary = first.Split('-', 2)[0].Trim().ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary><c>ja</c> for text with kana or mostly Han, <c>en</c> for mostly Latin letters, null for too little text.</summary>
    public static string? FromScript(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int kana = 0, han = 0, latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            switch (ScriptClassifier.Of(rune.Value))
            {
                case LetterScript.Hiragana or LetterScript.Katakana:
                    kana++;
                    break;
                case LetterScript.Han:
                    han++;
                    break;
                case LetterScript.Latin:
                    latin++;
                    break;
            }
        }

        var japanese = kana + han;
        if (japanese + latin < MinLettersForScript && kana == 0)
        {
            return null;
        }

        // Japanese text carries Latin words (product names, addresses); a few kana are proof enough.
        return kana >= 2 || japanese * 2 >= latin ? "ja" : "en";
    }
}
