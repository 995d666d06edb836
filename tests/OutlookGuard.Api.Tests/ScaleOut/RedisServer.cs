using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OutlookGuard.Api.Tests.ScaleOut;

/// <summary>
/// A real <c>redis-server</c> (the Debian package) on 127.0.0.1 and a free port, without persistence, owned by the
/// test that starts it. Missing binary: the test fails saying how to install it (CI: <c>.ci/redis-setup.sh</c>).
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The value for <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The API settings for this Redis: the connection, short time-outs, and the key-ring certificate Production requires.</summary>
    public Dictionary<string, string?> ApiSettings() => new()
    {
        ["ConnectionStrings:Redis"] = ConnectionString,
        ["Redis:OperationTimeoutMilliseconds"] = "500",
        ["Redis:ConnectTimeoutMilliseconds"] = "1000",
        ["DataProtection:CertificatePath"] = Infrastructure.KeyRingCertificateFile.Path,
    };

    /// <summary>Starts a server on <paramref name="port"/> (a free one when null: a restart passes the old one).</summary>
    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} is missing: the scale-out tests need a real Redis. Install it with `apt-get install -y redis-server` (CI runs .ci/redis-setup.sh).");
        }

        var chosen = port ?? FreePort();
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes", "--enable-debug-command", "local" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Binary} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, chosen);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Binary} exited with {process.ExitCode} on port {chosen}.");
            }

            if (await server.PingAsync())
            {
                return server;
            }

            await Task.Delay(50);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"{Binary} did not answer PING on port {chosen} within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>Kills the server (SIGKILL), as a crashed or unreachable Redis looks to the API.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>The keys stored (KEYS *), newline-separated in the raw answer.</summary>
    public Task<string> KeysAsync() => CommandAsync("KEYS *");

    /// <summary>
    /// The keys containing <paramref name="part"/>, waiting up to 5 s for the first one (HybridCache writes the
    /// shared level after answering).
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitForKeysAsync(string part)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var keys = (await KeysAsync()).Split("\r\n").Where(k => k.Contains(part, StringComparison.Ordinal)).ToList();
            if (keys.Count > 0 || deadline.Elapsed > TimeSpan.FromSeconds(5))
            {
                return keys;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>One hash field's bytes (HGET, RESP bulk reply), or null when missing.</summary>
    public async Task<byte[]?> HashGetAsync(string key, string field)
    {
        var reply = await RespAsync([Encoding.UTF8.GetBytes("HGET"), Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(field)]);
        var header = Array.IndexOf(reply, (byte)'\n');
        var length = int.Parse(Encoding.ASCII.GetString(reply, 1, header - 2), System.Globalization.CultureInfo.InvariantCulture);
        return length < 0 ? null : reply.AsSpan(header + 1, length).ToArray();
    }

    /// <summary>Writes one hash field's bytes (HSET), as anyone with write access to Redis could.</summary>
    public async Task HashSetAsync(string key, string field, byte[] value)
    {
        var reply = await RespAsync([Encoding.UTF8.GetBytes("HSET"), Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(field), value]);
        if (reply.Length == 0 || reply[0] != (byte)':')
        {
            throw new InvalidOperationException("HSET failed: " + Encoding.UTF8.GetString(reply));
        }
    }

    /// <summary>Makes the server stop answering for <paramref name="seconds"/> (DEBUG SLEEP, sent without waiting), as a stalled Redis looks to the API.</summary>
    public async Task StallAsync(double seconds)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"DEBUG SLEEP {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n"));
        _ = Task.Delay(TimeSpan.FromSeconds(seconds + 1)).ContinueWith(_ => client.Dispose(), TaskScheduler.Default);
    }

    /// <summary>The raw answer to one inline command.</summary>
    public Task<string> CommandTextAsync(string command) => CommandAsync(command);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            return (await CommandAsync("PING")).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task<string> CommandAsync(string command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), timeout.Token);
        var buffer = new byte[64 * 1024];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private async Task<byte[]> RespAsync(byte[][] parts)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = client.GetStream();
        using var request = new MemoryStream();
        request.Write(Encoding.ASCII.GetBytes($"*{parts.Length}\r\n"));
        foreach (var part in parts)
        {
            request.Write(Encoding.ASCII.GetBytes($"${part.Length}\r\n"));
            request.Write(part);
            request.Write("\r\n"u8);
        }

        await stream.WriteAsync(request.ToArray(), timeout.Token);
        using var reply = new MemoryStream();
        var buffer = new byte[64 * 1024];
        do
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            reply.Write(buffer, 0, read);
        }
        while (!IsComplete(reply.GetBuffer().AsSpan(0, (int)reply.Length)));

        return reply.ToArray();
    }

    /// <summary>True once a whole integer, status, error or bulk reply has arrived.</summary>
    private static bool IsComplete(ReadOnlySpan<byte> reply)
    {
        var end = reply.IndexOf("\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        if (reply[0] != (byte)'$')
        {
            return true;
        }

        var length = int.Parse(Encoding.ASCII.GetString(reply[1..end]), System.Globalization.CultureInfo.InvariantCulture);
        return length < 0 || reply.Length >= end + 2 + length + 2;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
