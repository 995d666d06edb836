namespace OutlookGuard.Cli.Tests;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void SlowAndFastInputsMixed_AreWrittenInInputOrder()
    {
        var written = new List<string>();

        // Every tenth input is slow, so later inputs finish first and wait in the window.
        OrderedPipeline<int, string>.Run(
            Enumerable.Range(0, 500),
            i =>
            {
                Thread.Sleep(i % 10 == 0 ? 5 : 0);
                return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            },
            written.Add,
            workers: 3,
            window: 8,
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), written);
    }

    [Fact]
    public async Task WorkThrows_ExceptionReachesTheCallerInsteadOfHanging()
    {
        var run = Task.Run(() => OrderedPipeline<int, string>.Run(
            Enumerable.Range(0, 100),
            i => i == 42 ? throw new InvalidOperationException("input 42") : "ok",
            _ => { },
            workers: 2,
            window: 4,
            CancellationToken.None));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("input 42", error.Message);
    }
}
