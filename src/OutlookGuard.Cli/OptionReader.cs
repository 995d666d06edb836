namespace OutlookGuard.Cli;

/// <summary>A small, strict option reader: <c>--name value</c> or <c>--name=value</c>; anything else is a positional argument.</summary>
internal sealed class OptionReader
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private OptionReader()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public string? Error { get; private set; }

    public static OptionReader Read(string[] args, IReadOnlyCollection<string> known)
    {
        var reader = new OptionReader();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                reader._positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                reader._positionals.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (!known.Contains(name))
            {
                reader.Error = $"Unknown option '--{name}'.";
                return reader;
            }

            string value;
            if (eq > 0)
            {
                value = arg[(eq + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                reader.Error = $"Option '--{name}' needs a value.";
                return reader;
            }

            if (!reader._options.TryAdd(name, value))
            {
                reader.Error = $"Option '--{name}' was given twice.";
                return reader;
            }
        }

        return reader;
    }

    public string? Get(string name) => _options.TryGetValue(name, out var value) ? value : null;
}
