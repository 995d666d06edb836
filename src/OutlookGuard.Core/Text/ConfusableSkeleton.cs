using System.Globalization;
using System.Text;
using OutlookGuard.Core.Data;

namespace OutlookGuard.Core.Text;

/// <summary>
/// The UTS #39 §4 "skeleton" of a string: NFD, every character replaced by its prototype from the
/// Unicode confusables table (<c>Data/confusables.txt</c>, embedded unchanged), default-ignorable
/// characters dropped, NFD again. Two strings are visually confusable when their skeletons are equal:
/// <c>раypal</c> (Cyrillic а) and <c>paypal</c>, <c>rn</c> and <c>m</c>, <c>0</c> and <c>O</c>.
/// A skeleton is a comparison key only; it is never shown to a reader.
/// </summary>
public sealed class ConfusableSkeleton
{
    private static readonly Lazy<ConfusableSkeleton> LazyDefault =
        new(() => Parse(EmbeddedData.ReadText("confusables.txt")));

    private readonly Dictionary<int, string> _prototypes;

    // Prototypes of the ASCII characters, looked up by index: domain labels are mostly ASCII.
    private readonly string?[] _asciiPrototypes = new string?[128];

    private ConfusableSkeleton(Dictionary<int, string> prototypes)
    {
        _prototypes = prototypes;
        foreach (var (source, prototype) in prototypes)
        {
            if (source < 128)
            {
                _asciiPrototypes[source] = prototype;
            }
        }
    }

    /// <summary>The embedded table (Unicode 14.0.0), parsed once.</summary>
    public static ConfusableSkeleton Default => LazyDefault.Value;

    /// <summary>Number of source characters with a prototype.</summary>
    public int Count => _prototypes.Count;

    /// <summary>The skeleton of <paramref name="text"/> with the embedded table.</summary>
    public static string Of(string text) => Default.Skeleton(text);

    /// <summary>
    /// Parses the table's text format: <c>source ; target ; type # comment</c>, code points in hex,
    /// the target a sequence of code points. Malformed lines are skipped.
    /// </summary>
    public static ConfusableSkeleton Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Read in place, line by line (the table is ~700 KB and is parsed at every start of the CLI): no string per line or field.
        var prototypes = new Dictionary<int, string>();
        var source = new List<int>(1);
        var target = new List<int>(8);
        var builder = new StringBuilder();
        Span<char> utf16 = stackalloc char[2];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimStart('\uFEFF');
            rest = end < 0 ? [] : rest[(end + 1)..];
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var semicolon = line.IndexOf(';');
            if (semicolon < 0)
            {
                continue;
            }

            var targetField = line[(semicolon + 1)..];
            var next = targetField.IndexOf(';');
            if (next >= 0)
            {
                targetField = targetField[..next];
            }

            if (!TryCodePoints(line[..semicolon], source) || source.Count != 1 || !TryCodePoints(targetField, target) || target.Count == 0)
            {
                continue;
            }

            builder.Clear();
            foreach (var codePoint in target)
            {
                builder.Append(utf16[..new Rune(codePoint).EncodeToUtf16(utf16)]);
            }

            prototypes[source[0]] = builder.ToString();
        }

        return new ConfusableSkeleton(prototypes);
    }

    /// <summary>The skeleton of <paramref name="text"/> (UTS #39 §4). Never throws for ill-formed UTF-16: lone surrogates are kept as they are.</summary>
    public string Skeleton(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        if (Ascii.IsValid(text))
        {
            return AsciiSkeleton(text);
        }

        var decomposed = UnicodeText.Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            int codePoint = decomposed[i];
            if (char.IsHighSurrogate(decomposed[i]) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
            {
                codePoint = char.ConvertToUtf32(decomposed[i], decomposed[i + 1]);
                i++;
            }

            if (IsDefaultIgnorable(codePoint))
            {
                continue;
            }

            if (_prototypes.TryGetValue(codePoint, out var prototype))
            {
                builder.Append(prototype);
            }
            else if (codePoint > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                builder.Append((char)codePoint);
            }
        }

        return UnicodeText.Decompose(builder.ToString());
    }

    // ASCII is already in NFD and holds no default-ignorable character: map each character, normalize only when a prototype is not ASCII.
    private string AsciiSkeleton(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (_asciiPrototypes[c] is { } prototype)
            {
                builder.Append(prototype);
            }
            else
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString();
        return Ascii.IsValid(result) ? result : UnicodeText.Decompose(result);
    }

    // Default_Ignorable_Code_Point (Unicode DerivedCoreProperties): invisible characters an attacker can slip between letters.
    private static bool IsDefaultIgnorable(int c) =>
        c is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xFFF0 and <= 0xFFF8
        || c is >= 0x1BCA0 and <= 0x1BCA3
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF;

    // Code points in hex separated by spaces; false when one is not a Unicode scalar value.
    private static bool TryCodePoints(ReadOnlySpan<char> field, List<int> codePoints)
    {
        codePoints.Clear();
        foreach (var range in field.Split(' '))
        {
            var part = field[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (!int.TryParse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
                || value is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
            {
                return false;
            }

            codePoints.Add(value);
        }

        return true;
    }
}
