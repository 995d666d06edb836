namespace OutlookGuard.Core.Tests.Architecture;

/// <summary>
/// The pipeline's layering and its "one home" helpers, checked on the sources: parsing knows limits, never policy;
/// rules read facts, never MimeKit; one IP helper and one text helper own what they own.
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("OutlookGuard.Core.Policy")]
    [InlineData("CompiledPolicy")]
    [InlineData("GuardPolicy")]
    public void Parsing_NeverReferencesPolicy(string name)
    {
        Assert.Empty(Offenders(SourceTree.Core("Parsing"), name));
    }

    [Fact]
    public void Rules_NeverReferenceMimeKit()
    {
        Assert.Empty(Offenders(SourceTree.Core("Rules"), "MimeKit"));
    }

    [Fact]
    public void IpAddressTryParse_OnlyInTheIpHelper()
    {
        var offenders = Offenders(SourceTree.Src(), "IPAddress.TryParse")
            .Where(f => f != Path.Combine("OutlookGuard.Core", "Facts", "IpAddresses.cs"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void NormalizationForm_OnlyInTheTextHelper()
    {
        var offenders = Offenders(SourceTree.Src(), "NormalizationForm")
            .Where(f => f != Path.Combine("OutlookGuard.Core", "Text", "UnicodeText.cs"));

        Assert.Empty(offenders);
    }

    // Source files (relative to src/) with a line that names `text` outside a comment.
    private static List<string> Offenders(string root, string text)
    {
        var src = SourceTree.Src();
        return [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line =>
            {
                var code = line.TrimStart();
                return !code.StartsWith("//", StringComparison.Ordinal) && code.Contains(text, StringComparison.Ordinal);
            }))
            .Select(f => Path.GetRelativePath(src, f))];
    }
}
