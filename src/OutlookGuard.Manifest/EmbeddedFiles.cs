namespace OutlookGuard.Manifest;

/// <summary>The template and the XSDs embedded from <c>manifest/</c>.</summary>
internal static class EmbeddedFiles
{
    public const string SchemaPrefix = "OutlookGuard.Manifest.Schemas.";

    private const string TemplateName = "OutlookGuard.Manifest.OutlookGuard.template.xml";

    public static string ReadTemplate()
    {
        using var reader = new StreamReader(Open(TemplateName));
        return reader.ReadToEnd();
    }

    public static Stream Open(string name) =>
        typeof(EmbeddedFiles).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
}
