using System.Reflection;

namespace OutlookGuard.Core.Data;

/// <summary>Reads the data files embedded in this assembly (lists are data, not code).</summary>
internal static class EmbeddedData
{
    public static string ReadText(string fileName)
    {
        var name = "OutlookGuard.Core.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Embedded data file is missing: " + fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> ReadLines(string fileName)
    {
        var text = ReadText(fileName);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    internal static Assembly Assembly => typeof(EmbeddedData).Assembly;
}
