
namespace OutlookGuard.Core.Text;

/// <summary>The scripts that matter for homograph checks (a coarse subset of the Unicode Script property).</summary>
internal enum LetterScript
{
    /// <summary>Digits, hyphen, marks and signs shared by every script (Common and Inherited).</summary>
    Common,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Han,
    Hiragana,
    Katakana,
    Hangul,
    Bopomofo,
    Other,
}
