
namespace OutlookGuard.Core.Localization;

/// <summary>A text in both languages the product speaks.</summary>
public sealed record LocalizedText(string En, string Ja)
{
    public string Get(Language language) => language == Language.Ja ? Ja : En;
}
