namespace OutlookGuard.Core.Text;

/// <summary>
/// The one detector of a display name written by a service relaying for a person: the word "via"
/// ("Alice Example via dev", "'Alice' via Group", "Haruto Mori (via Google Drive)") or 経由, as the Japanese
/// interfaces of the same lists and services write it ("森 陽翔 経由 開発"). Compared after the text fold, so
/// full-width forms count.
/// </summary>
internal static class RelayedName
{
    /// <summary>True when <paramref name="displayName"/> says a service sent it on a person's behalf.</summary>
    public static bool IsRelayed(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return false;
        }

        var text = UnicodeText.Fold(displayName);
        if (text.Contains("経由", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in UnicodeText.Words(text, static c => c is not (' ' or '\t' or '\u3000' or '(' or ')' or '[' or ']' or '"' or '\'')))
        {
            if (string.Equals(word, "via", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
