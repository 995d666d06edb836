
namespace OutlookGuard.Core.Domains;

/// <summary>How one domain resembles another (or, for an IDN alone, what makes it deceptive).</summary>
public enum LookalikeKind
{
    /// <summary>Spelled with other characters that look the same: confusable skeletons equal (<c>rn</c>/<c>m</c>, <c>0</c>/<c>o</c>, Cyrillic <c>а</c>, <c>í</c> for <c>i</c>).</summary>
    Homoglyph,

    /// <summary>One label mixes scripts that UTS #39 never combines (Latin with Cyrillic or Greek).</summary>
    MixedScript,

    /// <summary>An internationalized name that folds to the plain-ASCII name its own display name claims (<c>Robinhood &lt;support@robínhood.com&gt;</c>).</summary>
    IdnImitation,

    /// <summary>One character inserted, deleted or replaced.</summary>
    Typo,

    /// <summary>Two adjacent characters swapped.</summary>
    Transposition,

    /// <summary>The same name under another public suffix (<c>hanabi-foods.jp</c> for <c>hanabi-foods.co.jp</c>).</summary>
    SwappedSuffix,

    /// <summary>A hyphen added or removed (<c>hanabifoods</c> for <c>hanabi-foods</c>).</summary>
    Hyphenation,

    /// <summary>The name with a word added (<c>hanabi-foods-jp.com</c>, <c>deliver-fedex.com</c>).</summary>
    AddedWord,

    /// <summary>The whole domain used as a subdomain of another (<c>hanabi-foods.co.jp.secure-login.com</c>).</summary>
    EmbeddedDomain,
}
