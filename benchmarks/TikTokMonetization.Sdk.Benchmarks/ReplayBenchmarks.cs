using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TikTokMonetization.Live;
using static TikTokMonetization.Benchmarks.LedgerWorkload;

namespace TikTokMonetization.Benchmarks;

/// <summary>
/// Replaying a recorded session (JSON Lines) into a ledger, the SDK path the CLI's <c>live replay</c> calls
/// (<see cref="LiveEventJsonLinesReader.ReadAllAsync"/> into <see cref="LiveLedger.IngestAsync"/>, then
/// <see cref="LiveLedger.Flush"/>), against a plain <see cref="Utf8JsonReader"/> loop that only reads every token of the
/// same lines. One operation is one line: 20,000 gift lines of the busy minute of <see cref="LedgerBenchmarks"/>, held
/// in memory as UTF-8 so that no row measures the disk. The reader reads the bytes (the <see cref="Stream"/>
/// constructor, which <c>live replay</c> and <see cref="LiveEventJsonLinesReader.OpenFile"/> use);
/// <see cref="ReplayFromTextReader"/> is the same replay through a <see cref="StreamReader"/>.
/// </summary>
/// <remarks>
/// <see cref="ReaderOnly"/> (the reader's events counted, no ledger) splits the replay's time between reading and
/// recording. <c>[GlobalSetup]</c> throws unless the reader reads every line without an error, the replayed ledger
/// holds the host coins of a ledger fed the frames directly, and the baseline finds one JSON object per line.
/// <para>
/// Fifteen warm-up iterations, whatever the job says: an invocation takes a tenth of a second or more, so the short
/// job's three warm-ups are three invocations, and on a loaded machine the asynchronous path's methods were still
/// waiting for their optimized code in the measured ones (6.6 µs a line with three warm-ups, 2.0 µs with fifteen, in
/// the same conditions).
/// </para>
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(15)]
public class ReplayBenchmarks
{
    public const int Lines = 20_000;

    private byte[] _session = [];
    private GiftEvent[] _frames = [];

    [GlobalSetup]
    public void Setup()
    {
        _frames = BusyMinute.Create(FramesPerMinute, seed: 42).Frames.Take(Lines).ToArray();
        var text = new StringBuilder();
        foreach (var frame in _frames)
        {
            text.Append(LiveEventJson.Serialize(LiveEvent.FromGift(frame))).Append('\n');
        }

        _session = Encoding.UTF8.GetBytes(text.ToString());

        var direct = new LiveLedger(Card);
        foreach (var frame in _frames)
        {
            direct.Record(in frame);
        }

        direct.Flush();
        using var reader = Open();
        var replayed = new LiveLedger(Card);
        replayed.IngestAsync(reader.ReadAllAsync()).GetAwaiter().GetResult();
        replayed.Flush();
        Agreement.Require(reader.Errors.Count == 0, $"the reader rejected {reader.Errors.Count} lines, the first: {reader.Errors.FirstOrDefault()}");
        Agreement.Require(replayed.GetSummary().EventsRecorded == Lines, $"the replay recorded {replayed.GetSummary().EventsRecorded} events of {Lines} lines.");
        Agreement.RequireEqual("host coins replayed", replayed.GetSummary().Host.Coins.Value, direct.GetSummary().Host.Coins.Value);
        Agreement.Require(Utf8JsonReaderOnly() == Lines, $"the baseline found {Utf8JsonReaderOnly()} objects in {Lines} lines.");
        Agreement.Require(ReplayFromTextReader().GetAwaiter().GetResult() == Lines, "the replay through a StreamReader did not read every line.");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    public int Utf8JsonReaderOnly()
    {
        var objects = 0;
        var rest = _session.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var json = new Utf8JsonReader(line);
            while (json.Read())
            {
                if (json.TokenType == JsonTokenType.StartObject)
                {
                    objects++;
                }
            }
        }

        return objects;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public async Task<long> ReplayIntoLedger()
    {
        using var reader = Open();
        var ledger = new LiveLedger(Card);
        var events = await ledger.IngestAsync(reader.ReadAllAsync()).ConfigureAwait(false);
        ledger.Flush();
        return events;
    }

    /// <summary>Not an alternative: the reader's events counted without a ledger, to split the replay's time.</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public long ReaderOnly()
    {
        using var reader = Open();
        long events = 0;
        foreach (var liveEvent in reader.ReadAll())
        {
            events += (long)liveEvent.Kind;
        }

        return events;
    }

    /// <summary>The replay of <see cref="ReplayIntoLedger"/> through a <see cref="StreamReader"/> (the <see cref="TextReader"/> constructor).</summary>
    [Benchmark(OperationsPerInvoke = Lines)]
    public async Task<long> ReplayFromTextReader()
    {
        using var reader = new LiveEventJsonLinesReader(new StreamReader(new MemoryStream(_session, writable: false)), "benchmark.jsonl");
        var ledger = new LiveLedger(Card);
        var events = await ledger.IngestAsync(reader.ReadAllAsync()).ConfigureAwait(false);
        ledger.Flush();
        return events;
    }

    private LiveEventJsonLinesReader Open() => new(new MemoryStream(_session, writable: false), "benchmark.jsonl");
}
