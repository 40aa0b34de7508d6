using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>Asynchronous ingestion: <see cref="LiveLedger.IngestAsync"/> and <see cref="LiveEventJsonLinesReader.ReadAllAsync"/>, with cancellation.</summary>
public sealed class LiveAsyncIngestionTests
{
    [Fact]
    public async Task IngestAsync_RecordsEveryEvent()
    {
        var ledger = NewLedger();

        var count = await ledger.IngestAsync(Events(Rose(1, 1), Rose(1, 3, end: true, atSeconds: 1), new LikeEvent { Count = 2, Timestamp = T0 }));

        Assert.Equal(3, count);
        Assert.Equal(new Coins(3), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public async Task IngestAsync_StopsWhenCancelled_AndKeepsWhatWasRecorded()
    {
        var ledger = NewLedger();
        using var cancellation = new CancellationTokenSource();

        async IAsyncEnumerable<LiveEvent> Feed()
        {
            yield return Rose(1, 1, end: true);
            await cancellation.CancelAsync();
            yield return Rose(2, 1, end: true);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.IngestAsync(Feed(), cancellation.Token));
        Assert.Equal(new Coins(1), ledger.GetSummary().Host.Coins);
    }

    [Fact]
    public async Task SampleSession_ReadAsynchronously_GivesTheSameTotalsAsReadSynchronously()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "live", "sample-session.jsonl");
        var asynchronous = NewLedger();
        using (var reader = LiveEventJsonLinesReader.OpenFile(path))
        {
            Assert.Equal(33, await asynchronous.IngestAsync(reader.ReadAllAsync()));
            Assert.Equal(2, reader.Errors.Count);
        }

        var synchronous = NewLedger();
        using (var reader = LiveEventJsonLinesReader.OpenFile(path))
        {
            foreach (var e in reader.ReadAll())
            {
                synchronous.Record(in e);
            }
        }

        Assert.Equal(Everything(synchronous.GetSummary()), Everything(asynchronous.GetSummary()));
    }

    [Fact]
    public async Task ReadAllAsync_StopsWhenCancelled()
    {
        var text = string.Join("\n", Enumerable.Range(1, 5).Select(i => LiveEventJson.Serialize(Rose(i, 1))));
        using var reader = new LiveEventJsonLinesReader(new StringReader(text));
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in reader.ReadAllAsync(cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, read);
    }

    private static async IAsyncEnumerable<LiveEvent> Events(params LiveEvent[] events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
