namespace OutlookGuard.Manifest.Tests;

/// <summary>The values <c>manifest/manifest.sample.xml</c> and <c>manifest/manifest.sample.json</c> were generated with.</summary>
internal static class SampleSettings
{
    public const string Host = "https://guard.contoso.com";
    public const string ClientId = "7f3a2c1e-5b4d-4e8f-9a6b-0c1d2e3f4a5b";

    public static ManifestSettings Create() => ManifestSettings.Create(Host, ClientId).Settings!;

    public static string Xml() => ManifestGenerator.Generate(Create());

    public static string Json() => UnifiedManifestGenerator.Generate(Create());

    /// <summary>The sample XML manifest with one edit, validated for the sample host (or <paramref name="host"/>).</summary>
    public static IReadOnlyList<ManifestProblem> ValidateXmlWith(string find, string replace, Uri? host = null)
    {
        var xml = Xml();
        Assert.Contains(find, xml, StringComparison.Ordinal);
        return ManifestValidator.Validate(xml.Replace(find, replace, StringComparison.Ordinal), host ?? new Uri(Host));
    }

    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "manifest", "manifest.sample.xml");

    public static string JsonSamplePath => Path.Combine(AppContext.BaseDirectory, "manifest", "manifest.sample.json");

    /// <summary>Asserts that the committed PNG at <paramref name="path"/> (below manifest/) is <paramref name="size"/> pixels square.</summary>
    public static void AssertPngSize(string path, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "manifest", path));

        // PNG signature, then IHDR width and height (big-endian) at bytes 16..23.
        Assert.Equal(0x89, bytes[0]);
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
