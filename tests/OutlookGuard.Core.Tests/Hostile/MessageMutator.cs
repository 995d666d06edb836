namespace OutlookGuard.Core.Tests.Hostile;

/// <summary>
/// Seeded mutations of real messages, the kinds a broken or hostile sender produces: flipped bytes, a cut,
/// a header line repeated, two messages spliced, a run of one byte, a line repeated many times.
/// The same seed always gives the same sequence, so a failure is reproduced by its seed and iteration.
/// </summary>
internal sealed class MessageMutator(int seed)
{
    private static readonly byte[] Interesting = [0x00, (byte)'\r', (byte)'\n', (byte)':', (byte)'(', (byte)')', (byte)'<', (byte)'>', (byte)'"', (byte)'\\', (byte)'=', (byte)'?', (byte)'@', (byte)';', (byte)',', 0x80, 0xC3, 0xE3, 0xFF, (byte)' ', (byte)'\t'];

    private const int MaxLength = 2 * 1024 * 1024;

    private readonly Random _random = new(seed);

    public byte[] Mutate(IReadOnlyList<byte[]> corpus)
    {
        var input = corpus[_random.Next(corpus.Count)];
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            input = _random.Next(7) switch
            {
                0 => FlipBytes(input),
                1 => Truncate(input),
                2 => DuplicateLine(input, 1 + _random.Next(3)),
                3 => Splice(input, corpus[_random.Next(corpus.Count)]),
                4 => InsertRun(input),
                5 => DuplicateLine(input, 200 + _random.Next(2000)),
                _ => InsertInteresting(input),
            };

            // Past the header-block limit more bytes test nothing new, only the copying.
            if (input.Length > MaxLength)
            {
                input = input[..MaxLength];
            }
        }

        return input;
    }

    private byte[] FlipBytes(byte[] input)
    {
        var output = (byte[])input.Clone();
        var count = 1 + _random.Next(16);
        for (var i = 0; i < count && output.Length > 0; i++)
        {
            output[_random.Next(output.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return output;
    }

    private byte[] Truncate(byte[] input) => input.Length == 0 ? input : input[.._random.Next(input.Length)];

    // Repeats one line (From, Reply-To, Received, ...) in place: duplicated singletons and long chains.
    private byte[] DuplicateLine(byte[] input, int times)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var start = Array.LastIndexOf(input, (byte)'\n', _random.Next(input.Length)) + 1;
        var end = Array.IndexOf(input, (byte)'\n', start);
        end = end < 0 ? input.Length : end + 1;
        var line = input[start..end];
        var output = new List<byte>(input.Length + (line.Length * times));
        output.AddRange(input.AsSpan(0, end));
        for (var i = 0; i < times; i++)
        {
            output.AddRange(line);
        }

        output.AddRange(input.AsSpan(end));
        return [.. output];
    }

    private byte[] Splice(byte[] a, byte[] b)
    {
        var cutA = a.Length == 0 ? 0 : _random.Next(a.Length);
        var cutB = b.Length == 0 ? 0 : _random.Next(b.Length);
        return [.. a.AsSpan(0, cutA), .. b.AsSpan(cutB)];
    }

    private byte[] InsertRun(byte[] input)
    {
        var at = input.Length == 0 ? 0 : _random.Next(input.Length);
        var value = Interesting[_random.Next(Interesting.Length)];
        var run = new byte[1 + _random.Next(50_000)];
        Array.Fill(run, value);
        return [.. input.AsSpan(0, at), .. run, .. input.AsSpan(at)];
    }

    private byte[] InsertInteresting(byte[] input)
    {
        var output = new List<byte>(input);
        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            output.Insert(output.Count == 0 ? 0 : _random.Next(output.Count), Interesting[_random.Next(Interesting.Length)]);
        }

        return [.. output];
    }
}
