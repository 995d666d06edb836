using System.Text;

namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>Recognizes the fields the facts read, by name, without turning any name into a string.</summary>
internal static class FieldNames
{
    private static readonly (string Text, byte[] Bytes, FieldKind Kind)[] Known =
    [
        .. new (string, FieldKind)[]
        {
            ("From", FieldKind.From),
            ("Sender", FieldKind.Sender),
            ("Reply-To", FieldKind.ReplyTo),
            ("To", FieldKind.To),
            ("Cc", FieldKind.Cc),
            ("Subject", FieldKind.Subject),
            ("Date", FieldKind.Date),
            ("Message-ID", FieldKind.MessageId),
            ("In-Reply-To", FieldKind.InReplyTo),
            ("References", FieldKind.References),
            ("Return-Path", FieldKind.ReturnPath),
            ("List-Id", FieldKind.ListId),
            ("List-Post", FieldKind.ListPost),
            ("X-Forefront-Antispam-Report", FieldKind.ForefrontReport),
            ("X-MS-Exchange-Organization-AuthAs", FieldKind.AuthAs),
            ("X-MS-Exchange-Organization-SCL", FieldKind.Scl),
            ("X-MS-Exchange-Organization-MessageDirectionality", FieldKind.MessageDirectionality),
            ("X-Microsoft-Antispam", FieldKind.MicrosoftAntispam),
            ("Content-Type", FieldKind.ContentType),
            ("Content-Transfer-Encoding", FieldKind.ContentTransferEncoding),
            ("Received", FieldKind.Received),
            ("Authentication-Results", FieldKind.AuthenticationResults),
            ("ARC-Authentication-Results", FieldKind.ArcAuthenticationResults),
            ("Content-Language", FieldKind.ContentLanguage),
        }.Select(k => (k.Item1, Encoding.ASCII.GetBytes(k.Item1), k.Item2)),
    ];

    // The known names by length: a name is compared only with the one or two of its own length.
    private static readonly (byte[] Bytes, FieldKind Kind)[][] ByLength = [.. Enumerable.Range(0, Known.Max(k => k.Bytes.Length) + 1)
        .Select(length => Known.Where(k => k.Bytes.Length == length).Select(k => (k.Bytes, k.Kind)).ToArray())];

    /// <summary>The kind of the field whose name is <paramref name="name"/> (ASCII, any case).</summary>
    public static FieldKind Classify(ReadOnlySpan<byte> name)
    {
        if (name.Length >= ByLength.Length)
        {
            return FieldKind.Other;
        }

        foreach (var (bytes, kind) in ByLength[name.Length])
        {
            if (Ascii.EqualsIgnoreCase(name, bytes))
            {
                return kind;
            }
        }

        return FieldKind.Other;
    }

    /// <summary>The name as written, for issues and results; the usual spelling is not allocated again.</summary>
    public static string Text(ReadOnlySpan<byte> name, FieldKind kind)
    {
        foreach (var (text, bytes, known) in Known)
        {
            if (known == kind && name.SequenceEqual(bytes))
            {
                return text;
            }
        }

        return Encoding.Latin1.GetString(name);
    }

    /// <summary>The usual spelling of a known field's name.</summary>
    public static string Usual(FieldKind kind)
    {
        foreach (var (text, _, known) in Known)
        {
            if (known == kind)
            {
                return text;
            }
        }

        return kind.ToString();
    }
}
