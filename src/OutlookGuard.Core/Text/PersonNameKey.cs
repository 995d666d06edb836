
namespace OutlookGuard.Core.Text;

/// <summary>
/// A person's name reduced to comparison keys by <see cref="PersonNameMatcher.Normalize"/>: the words
/// of the name after NFKC, lower-casing, honorifics and titles removed, each word's confusable skeleton.
/// Built once per protected name (see <c>CompiledPolicy.ProtectedNameKeys</c>).
/// </summary>
public sealed class PersonNameKey
{
    internal PersonNameKey(string name, string[] words)
    {
        Name = name;
        Words = words;
        Joined = string.Concat(words);
    }

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <summary>The name's words as comparison keys, in written order; empty when nothing but titles remained.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined without spaces ("森 陽翔" and "森陽翔" give the same).</summary>
    public string Joined { get; }

    public override string ToString() => Name;
}
