using System.Globalization;

namespace OutlookGuard.Core.Analysis;

/// <summary>The banner's one length rule, applied once by the analysis to the banner it chooses.</summary>
public static class BannerText
{
    /// <summary>Outlook's limit for a notification message (Office.js NotificationMessageDetails.message).</summary>
    public const int MaxLength = 150;

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
