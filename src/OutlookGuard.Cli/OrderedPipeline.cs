using System.Runtime.ExceptionServices;

namespace OutlookGuard.Cli;

/// <summary>
/// Runs <c>work</c> over a sequence on several threads and hands the results to <c>write</c> on the calling
/// thread, in input order. A worker takes the next input as soon as it is free, so no core idles behind a slow
/// one until the last input; at most <c>window</c> results wait to be written, which bounds memory for any
/// number of inputs. The sequence is read by one thread at a time; an exception thrown by <c>work</c> stops the
/// pipeline and is rethrown on the calling thread.
/// </summary>
internal sealed class OrderedPipeline<TIn, TOut>
    where TOut : class
{
    private readonly object _gate = new();
    private readonly IEnumerator<TIn> _inputs;
    private readonly Func<TIn, TOut> _work;
    private readonly TOut?[] _done;
    private readonly CancellationToken _cancellationToken;
    private ExceptionDispatchInfo? _failure;
    private long _taken;
    private long _written;
    private bool _exhausted;

    private OrderedPipeline(IEnumerator<TIn> inputs, Func<TIn, TOut> work, int window, CancellationToken cancellationToken)
    {
        _inputs = inputs;
        _work = work;
        _done = new TOut?[window];
        _cancellationToken = cancellationToken;
    }

    public static void Run(IEnumerable<TIn> inputs, Func<TIn, TOut> work, Action<TOut> write, int workers, int window, CancellationToken cancellationToken)
    {
        using var enumerator = inputs.GetEnumerator();
        var pipeline = new OrderedPipeline<TIn, TOut>(enumerator, work, window, cancellationToken);
        var threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            threads[i] = new Thread(pipeline.Work) { IsBackground = true, Name = "analyze-" + i };
            threads[i].Start();
        }

        try
        {
            while (pipeline.Next() is { } result)
            {
                write(result);
            }
        }
        finally
        {
            pipeline.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private void Work()
    {
        try
        {
            WorkUntilDone();
        }
#pragma warning disable CA1031 // Handed to the writing thread, which rethrows it: a worker must not die silently and leave it waiting.
        catch (Exception e)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                _exhausted = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void WorkUntilDone()
    {
        while (true)
        {
            TIn input;
            long index;
            lock (_gate)
            {
                while (!_exhausted && _taken - _written >= _done.Length)
                {
                    Monitor.Wait(_gate);
                }

                if (_exhausted || _cancellationToken.IsCancellationRequested || !_inputs.MoveNext())
                {
                    _exhausted = true;
                    Monitor.PulseAll(_gate);
                    return;
                }

                input = _inputs.Current;
                index = _taken++;
            }

            var output = _work(input);
            lock (_gate)
            {
                _done[index % _done.Length] = output;
                Monitor.PulseAll(_gate);
            }
        }
    }

    // The next result in input order, or null when every input taken has been written and no more will come.
    private TOut? Next()
    {
        lock (_gate)
        {
            while (true)
            {
                _failure?.Throw();
                var slot = (int)(_written % _done.Length);
                if (_done[slot] is { } result)
                {
                    _done[slot] = null;
                    _written++;
                    Monitor.PulseAll(_gate);
                    return result;
                }

                if (_exhausted && _written == _taken)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    private void Stop()
    {
        lock (_gate)
        {
            _exhausted = true;
            Monitor.PulseAll(_gate);
        }
    }
}
