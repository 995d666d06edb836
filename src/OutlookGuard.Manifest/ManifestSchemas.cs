using System.Xml;
using System.Xml.Schema;

namespace OutlookGuard.Manifest;

/// <summary>
/// The official Office add-in manifest XSDs, compiled once. Every schema is added from the embedded copy
/// and no resolver is set, so validation never reaches for the network or the file system.
/// </summary>
internal static class ManifestSchemas
{
    // Imported schemas first, so each import finds its namespace already in the set.
    private static readonly string[] Files =
    [
        "OfficeAppBasicTypesV1_0.xsd",
        "MailAppVersionOverridesV1_1.xsd",
        "MailAppVersionOverridesV1_0.xsd",
        "TaskPaneAppVersionOverridesV1_0.xsd",
        "OfficeAppManifestV1_1.xsd",
    ];

    private static readonly Lazy<XmlSchemaSet> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Compiled => Set.Value;

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        foreach (var file in Files)
        {
            using var stream = EmbeddedFiles.Open(EmbeddedFiles.SchemaPrefix + file);
            using var reader = XmlReader.Create(stream, readerSettings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
