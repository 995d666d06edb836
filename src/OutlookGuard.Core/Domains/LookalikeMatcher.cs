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
        return Compare(LookalikeName.Of(candidate), LookalikeName.Of(target));
    }

    /// <summary>
    /// <see cref="Compare(DomainName, DomainName)"/> on names reduced beforehand: the policy reduces its targets once,
    /// a message's domain is reduced once for all of them.
    /// </summary>
    internal static LookalikeMatch? Compare(LookalikeName candidate, LookalikeName target)
    {
        if (string.Equals(candidate.Organization, target.Organization, StringComparison.Ordinal))
        {
            return null;
        }

        if (EmbedsOrganization(candidate.Domain.Ascii, target.Organization))
        {
            return new LookalikeMatch(LookalikeKind.EmbeddedDomain, candidate.Domain, target.Domain, target.Imitated);
        }

        if (candidate.Label.Length == 0 || target.Label.Length == 0)
        {
            return null;
        }

        var candidateKey = candidate.Key;
        var targetKey = target.Key;
        LookalikeKind? kind = null;
        if (string.Equals(candidateKey, targetKey, StringComparison.Ordinal))
        {
            kind = string.Equals(candidate.Label, target.Label, StringComparison.Ordinal)
                ? (string.Equals(candidate.Suffix, target.Suffix, StringComparison.Ordinal) ? null : LookalikeKind.SwappedSuffix)
                : LookalikeKind.Homoglyph;
        }
        else if (string.Equals(candidate.Folded, target.Folded, StringComparison.Ordinal))
        {
            kind = LookalikeKind.Homoglyph;
        }
        else if (string.Equals(candidate.Plain, target.Plain, StringComparison.Ordinal))
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

        if (kind is null && HasAddedWord(candidate, target))
        {
            kind = LookalikeKind.AddedWord;
        }

        return kind is { } found ? new LookalikeMatch(found, candidate.Domain, target.Domain, target.Imitated) : null;
    }

    // The organization's name as whole labels of the domain: "hanabi-foods.co.jp.evil.example" embeds "hanabi-foods.co.jp".
    private static bool EmbedsOrganization(string ascii, string organization)
    {
        var start = 0;
        while ((start = ascii.IndexOf(organization, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + organization.Length;
            if ((start == 0 || ascii[start - 1] == '.') && end < ascii.Length && ascii[end] == '.')
            {
                return true;
            }

            start++;
        }

        return false;
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
        var key = LookalikeName.KeyOf(label);
        var folded = LookalikeName.FoldOf(key);
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
    internal static (string Label, string Suffix) Split(string registrable)
    {
        var dot = registrable.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (registrable, "") : (registrable[..dot], registrable[(dot + 1)..]);
    }

    private static bool HasAddedWord(LookalikeName candidateName, LookalikeName targetName)
    {
        var (candidate, target) = (candidateName.Key, targetName.Key);
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
        var (plainCandidate, plainTarget) = (candidateName.Plain, targetName.Plain);
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
