using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookGuard.Benchmarks;

/// <summary>
/// <c>generate --count N --out DIR [--seed S]</c>: writes N .eml files made from the samples, each with other
/// addresses (From, Reply-To, To), another number of Received hops and other IP addresses (documentation
/// ranges only), so a folder run does not measure the same message N times.
/// </summary>
public static partial class CorpusGenerator
{
    private static readonly string[] Names = ["haruto.mori", "kenji.watanabe", "a.suzuki", "billing", "ceo", "j.smith", "support", "yui.tanaka"];
    private static readonly string[] Domains = ["hanabi-foods.co.jp", "gmail.com", "outlook.com", "example.com", "contoso.example", "sunshine-broadband.example", "hanabi-f00ds.co.jp"];

    public static int Run(string[] args)
    {
        var count = 10_000;
        string? output = null;
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: break;
            }
        }

        if (output is null || count <= 0)
        {
            Console.Error.WriteLine("usage: generate --count N --out DIR [--seed S]");
            return 2;
        }

        Directory.CreateDirectory(output);
        var sources = Directory.GetFiles(Samples.Folder)
            .Where(f => Path.GetExtension(f) is ".eml" or ".txt")
            .Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).ReplaceLineEndings("\r\n"))
            .ToArray();
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var message = Vary(sources[n % sources.Length], random);
            File.WriteAllText(Path.Combine(output, string.Create(CultureInfo.InvariantCulture, $"msg-{n:D6}.eml")), message, new UTF8Encoding(false));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} messages from {sources.Length} samples to {output}"));
        return 0;
    }

    private static string Vary(string message, Random random)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? message : message[..(split + 2)];
        var body = split < 0 ? string.Empty : message[(split + 2)..];

        var fields = new List<string>();
        foreach (var line in head.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && fields.Count > 0)
            {
                fields[^1] += "\r\n" + line;
            }
            else if (line.Length > 0)
            {
                fields.Add(line);
            }
        }

        // Hops: drop one, or repeat one up to three times.
        var received = fields.Select((f, i) => (f, i)).Where(x => x.f.StartsWith("Received:", StringComparison.OrdinalIgnoreCase)).Select(x => x.i).ToList();
        if (received.Count > 1 && random.Next(3) == 0)
        {
            fields.RemoveAt(received[random.Next(received.Count)]);
        }
        else if (received.Count > 0)
        {
            var at = received[random.Next(received.Count)];
            for (var k = random.Next(4); k > 0; k--)
            {
                fields.Insert(at, fields[at]);
            }
        }

        var sb = new StringBuilder(message.Length + 256);
        foreach (var field in fields)
        {
            var f = field;
            if (f.StartsWith("From:", StringComparison.OrdinalIgnoreCase))
            {
                f = $"From: {Pick(Names, random).Replace('.', ' ')} <{Address(random)}>";
            }
            else if (f.StartsWith("Reply-To:", StringComparison.OrdinalIgnoreCase) || (random.Next(8) == 0 && f.StartsWith("To:", StringComparison.OrdinalIgnoreCase)))
            {
                f = f[..f.IndexOf(':', StringComparison.Ordinal)] + ": " + Address(random);
            }

            sb.Append(Ipv4().Replace(f, _ => string.Create(CultureInfo.InvariantCulture, $"{Pick(["192.0.2", "198.51.100", "203.0.113"], random)}.{random.Next(1, 255)}"))).Append("\r\n");
        }

        if (random.Next(4) == 0)
        {
            sb.Append("Reply-To: ").Append(Address(random)).Append("\r\n");
        }

        return sb.Append(body.Length == 0 ? "\r\n" : body).ToString();
    }

    private static string Address(Random random) => Pick(Names, random) + "@" + Pick(Domains, random);

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    [GeneratedRegex(@"\b(?:\d{1,3}\.){3}\d{1,3}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ipv4();
}
