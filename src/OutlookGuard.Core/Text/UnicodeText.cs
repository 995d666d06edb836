using System.Text;

namespace OutlookGuard.Core.Text;

/// <summary>Unicode normalization that never throws: a header with a lone surrogate is compared as it is.</summary>
internal static class UnicodeText
{
    public static string Normalize(string text, NormalizationForm form)
    {
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
