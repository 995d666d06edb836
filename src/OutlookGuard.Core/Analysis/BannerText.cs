using System.Globalization;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Core.Analysis;

/// <summary>The banner's one length rule: <see cref="From"/> fits every rule's banner to it, in one place.</summary>
public static class BannerText
{
    /// <summary>Outlook's limit for a notification message (Office.js NotificationMessageDetails.message).</summary>
    public const int MaxLength = 150;

    /// <summary>The suffix of a banner's shorter sentence in the wording tables, used when the first one is too long.</summary>
    public const string ShortSuffix = ".short";

    /// <summary>
    /// The banner <paramref name="key"/> of the wording tables in <paramref name="language"/>, at most
    /// <see cref="MaxLength"/> characters: when the sentence is too long with these arguments and the tables hold a
    /// shorter one under <c>key + ".short"</c>, that one is used; whatever is still too long is cut by <see cref="Truncate"/>.
    /// </summary>
    public static string From(Language language, string key, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var text = Wording.Get(language, key, args);
        if (text.Length > MaxLength && Wording.Has(language, key + ShortSuffix))
        {
            text = Wording.Get(language, key + ShortSuffix, args);
        }

        return Truncate(text);
    }

    /// <summary>Cuts a sentence to <paramref name="max"/> characters without splitting a character, ending with an ellipsis.</summary>
    public static string Truncate(string text, int max = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var end = enumerator.ElementIndex + enumerator.GetTextElement().Length;
            if (end > max - 1)
            {
                break;
            }

            cut = end;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
