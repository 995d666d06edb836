using System.Text;
using OutlookGuard.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Reports go out through one buffer, flushed at the end (and when it fills), not line by line; errors stay unbuffered.
Console.OutputEncoding = Encoding.UTF8;
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
return CliApp.Run(args, stdout, Console.Error, cancellation.Token);
