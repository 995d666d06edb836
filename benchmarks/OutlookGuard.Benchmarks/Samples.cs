using OutlookGuard.Core;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using System.Text;

namespace OutlookGuard.Benchmarks;

/// <summary>
/// The inputs measured, built from the real samples copied next to the program: a typical Exchange Online
/// header block, a large one, and hostile ones.
/// </summary>
public static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>The engine for <c>samples/policy.json</c>, the policy the CLI is timed with.</summary>
    public static GuardEngine PolicyEngine()
    {
        var (policy, errors) = PolicyJson.Parse(File.ReadAllText(Path.Combine(Folder, "policy.json")), RuleCatalog.Ids);
        if (policy is null || errors.Count > 0)
        {
            throw new InvalidOperationException("samples/policy.json is not valid: " + string.Join("; ", errors));
        }

        return GuardEngine.Create(policy).GetEngineOrThrow();
    }

    /// <summary>The header block of a real message delivered by Exchange Online (61 headers, 7 Received hops).</summary>
    public static byte[] Typical() => HeaderBlock(Read("office365_covid_phish.eml"));

    /// <summary>The typical block plus the other samples' headers and repeated X- stamps, to 300 header fields.</summary>
    public static byte[] Large()
    {
        var lines = Fields(Typical());
        var extra = new List<string>();
        foreach (var name in new[] { "newsletter-constantcontact.txt", "colleague-reply-to-gmail.eml", "punycode-lookalike.eml" })
        {
            extra.AddRange(Fields(HeaderBlock(Read(name))).Where(f => f.StartsWith("X-", StringComparison.OrdinalIgnoreCase) || f.StartsWith("ARC-", StringComparison.OrdinalIgnoreCase)));
        }

        var all = new List<string>(lines);
        for (var i = 0; all.Count < 300; i++)
        {
            all.Add(extra[i % extra.Count]);
        }

        return Encoding.UTF8.GetBytes(string.Concat(all) + "\r\n");
    }

    /// <summary>The typical block with one extra header folded over enough lines to reach <paramref name="bytes"/>.</summary>
    public static byte[] Padded(int bytes)
    {
        var typical = Encoding.UTF8.GetString(Typical()).TrimEnd('\r', '\n');
        var sb = new StringBuilder(bytes + 256).Append(typical).Append("\r\nX-Filler: x");
        while (sb.Length < bytes)
        {
            sb.Append("\r\n =?us-ascii?q?gWBCRMVAgEBhnodhiYmGz4BgUG?=");
        }

        return Encoding.UTF8.GetBytes(sb.Append("\r\n\r\n").ToString());
    }

    /// <summary>The typical block with 50,000 more Received headers.</summary>
    public static byte[] ManyReceived()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append("Received: from h").Append(i).Append(".example.net ([192.0.2.1]) by mx.example.com; Tue, 3 Mar 2020 10:00:00 +0000\r\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString()).Concat(Typical()).ToArray();
    }

    /// <summary>The typical block with a To of 10,000 recipients.</summary>
    public static byte[] ManyRecipients()
    {
        var to = "To: " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"User {i} <u{i}@example.org>")) + "\r\n";
        return Encoding.UTF8.GetBytes(to).Concat(Typical()).ToArray();
    }

    /// <summary>The typical block with a Subject of 30,000 encoded words.</summary>
    public static byte[] EncodedWordBomb()
    {
        var word = "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("ほげ")) + "?=";
        var subject = "Subject: " + string.Join(' ', Enumerable.Repeat(word, 30_000)) + "\r\n";
        return Encoding.UTF8.GetBytes(subject).Concat(Typical()).ToArray();
    }

    /// <summary>The header block of a message: everything up to the first empty line, with its line end.</summary>
    public static byte[] HeaderBlock(byte[] message)
    {
        var text = Encoding.UTF8.GetString(message).ReplaceLineEndings("\r\n");
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(end < 0 ? text : text[..(end + 4)]);
    }

    // Header fields with their folded lines and line end.
    private static List<string> Fields(byte[] block)
    {
        var text = Encoding.UTF8.GetString(block).TrimEnd('\r', '\n') + "\r\n";
        var fields = new List<string>();
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if ((line[0] == ' ' || line[0] == '\t') && fields.Count > 0)
            {
                fields[^1] += line + "\r\n";
            }
            else
            {
                fields.Add(line + "\r\n");
            }
        }

        return fields;
    }
}
