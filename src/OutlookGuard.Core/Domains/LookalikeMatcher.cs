using System.Globalization;
using System.Text;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Domains;

/// <summary>
/// Tells whether a domain imitates another: compares the registrable domains' first labels (the part a
/// company registers) through the UTS #39 confusable skeleton, a bounded edit distance, hyphen and
/// added-word checks, and the public suffix. Cheap by construction: a handful of short strings per
/// pair, no edit distance when the labels' lengths differ by more than two.
/// </summary>
public static class LookalikeMatcher
{
    /// <summary>Shortest label for which one typo or transposition counts (shorter names have too many honest neighbours).</summary>
    public const int MinTypoLength = 5;

    /// <summary>Shortest label that counts as "the name with a word added" when a hyphen separates the word.</summary>
    public const int MinAddedWordLength = 4;

    /// <summary>Shortest label that counts as "the name with a word added" when the word is glued on without a hyphen.</summary>
    public const int MinGluedWordLength = 6;

    private const int MaxLengthDifference = 2;

    // Shared mail domains where every tenant gets a name of its own, yet the Public Suffix List does not list them:
    // attackers register "hanabifoods-jp.onmicrosoft.com" next to the tenant's "hanabifoods.onmicrosoft.com".
    private static readonly string[] TenantSuffixes = ["onmicrosoft.com"];

    /// <summary>
    /// How <paramref name="candidate"/> resembles <paramref name="target"/>, or null when it does not, or
    /// when both belong to the same registrable domain (a subdomain is not a lookalike of its parent).
    /// </summary>
    public static LookalikeMatch? Compare(DomainName candidate, DomainName target)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(target);
        var candidateOrganization = OrganizationOf(candidate);
        var targetOrganization = OrganizationOf(target);
        if (string.Equals(candidateOrganization, targetOrganization, StringComparison.Ordinal))
        {
            return null;
        }

        var imitated = Idn.ToUnicode(targetOrganization);
        if (("." + candidate.Ascii).Contains("." + targetOrganization + ".", StringComparison.Ordinal))
        {
            return new LookalikeMatch(LookalikeKind.EmbeddedDomain, candidate, target, imitated);
        }

        var (candidateLabel, candidateSuffix) = Split(candidateOrganization);
        var (targetLabel, targetSuffix) = Split(targetOrganization);
        if (candidateLabel.Length == 0 || targetLabel.Length == 0)
        {
            return null;
        }

        var candidateKey = Key(Idn.ToUnicode(candidateLabel));
        var targetKey = Key(Idn.ToUnicode(targetLabel));
        LookalikeKind? kind = null;
        if (string.Equals(candidateKey, targetKey, StringComparison.Ordinal))
        {
            kind = string.Equals(candidateLabel, targetLabel, StringComparison.Ordinal)
                ? (string.Equals(candidateSuffix, targetSuffix, StringComparison.Ordinal) ? null : LookalikeKind.SwappedSuffix)
                : LookalikeKind.Homoglyph;
        }
        else if (string.Equals(Fold(candidateKey), Fold(targetKey), StringComparison.Ordinal))
        {
            kind = LookalikeKind.Homoglyph;
        }
        else if (string.Equals(candidateKey.Replace("-", "", StringComparison.Ordinal), targetKey.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal))
        {
            kind = LookalikeKind.Hyphenation;
        }
        else if (targetKey.Length >= MinTypoLength && Math.Abs(candidateKey.Length - targetKey.Length) <= MaxLengthDifference)
        {
            if (EditDistance.IsAdjacentTransposition(candidateKey, targetKey))
            {
                kind = LookalikeKind.Transposition;
            }
            else if (EditDistance.Compute(candidateKey, targetKey, 1) == 1)
            {
                kind = LookalikeKind.Typo;
            }
        }

        if (kind is null && HasAddedWord(candidateKey, targetKey))
        {
            kind = LookalikeKind.AddedWord;
        }

        return kind is { } found ? new LookalikeMatch(found, candidate, target, imitated) : null;
    }

    /// <summary>
    /// Judges an internationalized domain on its own, with no target to compare with. A Japanese,
    /// Chinese or Korean IDN, or a European one spelled as its owner spells it, is not suspect; a label
    /// that mixes Latin with Cyrillic or Greek is (<see cref="LookalikeKind.MixedScript"/>), as is one
    /// written wholly in look-alike letters of another script that spell an ASCII name
    /// (<see cref="LookalikeKind.Homoglyph"/>), and one whose accents fold away to exactly the plain
    /// name its sender calls itself (<see cref="LookalikeKind.IdnImitation"/>:
    /// <c>Robinhood &lt;support@robínhood.com&gt;</c>).
    /// </summary>
    /// <param name="domain">The domain from the message.</param>
    /// <param name="displayName">The display name that came with it, when there is one.</param>
    public static LookalikeMatch? InspectIdn(DomainName domain, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (!domain.IsIdn)
        {
            return null;
        }

        var (asciiLabel, asciiSuffix) = Split(domain.Registrable);
        var label = Idn.ToUnicode(asciiLabel);
        var suffix = asciiSuffix.Length == 0 ? "" : "." + Idn.ToUnicode(asciiSuffix);
        if (IsAscii(label))
        {
            // Only a subdomain label is internationalized; the registered name is plain.
            return null;
        }

        var scripts = ScriptClassifier.ScriptsOf(label);
        var key = Key(label);
        var folded = Fold(key);
        if (ScriptClassifier.IsMixed(scripts))
        {
            return new LookalikeMatch(LookalikeKind.MixedScript, domain, null, (IsAsciiName(folded) ? folded : key) + suffix);
        }

        if (!scripts.Contains(LetterScript.Latin) && scripts.Count == 1 && key.Length >= 3 && IsAsciiName(key))
        {
            return new LookalikeMatch(LookalikeKind.Homoglyph, domain, null, key + suffix);
        }

        if (scripts.Contains(LetterScript.Latin) && IsAsciiName(folded) && NameClaims(displayName, folded))
        {
            return new LookalikeMatch(LookalikeKind.IdnImitation, domain, null, folded + suffix);
        }

        return null;
    }

    /// <summary>
    /// The name an organization registered, in A-label form: the registrable domain, or for a tenant of a
    /// shared mail domain (<c>hanabifoods.onmicrosoft.com</c>) the tenant's own name.
    /// </summary>
    internal static string OrganizationOf(DomainName domain)
    {
        foreach (var suffix in TenantSuffixes)
        {
            if (string.Equals(domain.Registrable, suffix, StringComparison.Ordinal) && domain.Ascii.Length > suffix.Length)
            {
                var head = domain.Ascii[..(domain.Ascii.Length - suffix.Length - 1)];
                return head[(head.LastIndexOf('.') + 1)..] + "." + suffix;
            }
        }

        return domain.Registrable;
    }

    // "hanabi-foods.co.jp" → ("hanabi-foods", "co.jp").
    private static (string Label, string Suffix) Split(string registrable)
    {
        var dot = registrable.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (registrable, "") : (registrable[..dot], registrable[(dot + 1)..]);
    }

    // Comparison key of a U-label: lower case, confusable skeleton, lower case again (the skeleton maps 0 to O).
    private static string Key(string label) =>
        ConfusableSkeleton.Of(label.ToLowerInvariant()).ToLowerInvariant();

    // The key without combining marks: robínhood → robinhood.
    private static string Fold(string key)
    {
        var decomposed = UnicodeText.Decompose(key);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool HasAddedWord(string candidate, string target)
    {
        if (candidate.Length <= target.Length || target.Length < MinAddedWordLength)
        {
            return false;
        }

        // The name as a whole hyphen-separated part: "hanabi-foods-jp", "deliver-fedex", "my-hanabi-foods-login".
        var start = 0;
        while ((start = candidate.IndexOf(target, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + target.Length;
            if ((start == 0 || candidate[start - 1] == '-') && (end == candidate.Length || candidate[end] == '-'))
            {
                return true;
            }

            start++;
        }

        // Glued on, hyphens ignored: "hanabifoodsjp", "hanabi-foodsonline", "securehanabifoods".
        var plainTarget = target.Replace("-", "", StringComparison.Ordinal);
        var plainCandidate = candidate.Replace("-", "", StringComparison.Ordinal);
        return plainTarget.Length >= MinGluedWordLength && plainCandidate.Length > plainTarget.Length
            && (plainCandidate.StartsWith(plainTarget, StringComparison.Ordinal) || plainCandidate.EndsWith(plainTarget, StringComparison.Ordinal));
    }

    // Does the sender call itself exactly this name? "Robinhood", "Robinhood Support", "ROBINHOOD".
    private static bool NameClaims(string? displayName, string name)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return false;
        }

        var words = UnicodeText.Words(UnicodeText.Fold(displayName), static c => char.IsLetterOrDigit(c) || c == '-');
        return words.Contains(name, StringComparer.Ordinal)
            || string.Equals(string.Concat(words), name, StringComparison.Ordinal);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiName(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
