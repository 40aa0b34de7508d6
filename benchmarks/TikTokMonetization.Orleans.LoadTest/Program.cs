using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using StackExchange.Redis;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans;
using TikTokMonetization.Orleans.LoadTest;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.Orleans.Rosters;
using TikTokMonetization.Orleans.Tests;
using TikTokMonetization.RateCards;

// Three measurements on a two-silo Orleans TestCluster (both silos in this process) against a real redis-server:
// 1. throughput: the same events through 1,000 rooms on the cluster and through 1,000 in-process ledgers;
// 2. latency: a feeder's batch send until the room has applied it and its roster holds the new totals;
// 3. Redis writes per room per minute under the default checkpoint and roster policies, rooms fed at a steady rate.
var c = CultureInfo.InvariantCulture;
var rooms = Arg("--rooms", 1_000);
var perRoster = Arg("--rooms-per-roster", 50);
var eventsPerRoom = Arg("--events", 300);
var steadySeconds = Arg("--steady-seconds", 60);
var steadyRate = Arg("--steady-rate", 2);
var report = new List<string>();
void Say(string line)
{
    Console.WriteLine(line);
    report.Add(line);
}

using var redis = new RedisServer();
Say($"# TikTokMonetization.Orleans load test, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
Say(string.Empty);
Say($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, two silos and the client in one process, redis-server on loopback; {rooms:N0} rooms in rosters of {perRoster}, {eventsPerRoom} events per room.");
Say(string.Empty);

var start = DateTimeOffset.UtcNow.AddMinutes(-10);
var sessions = Enumerable.Range(1, rooms).Select(r => Sessions.Generate(r, eventsPerRoom, start)).ToArray();
var total = sessions.Sum(s => (long)s.Count);

// In process: one ledger per room, fed on every core.
var before = Memory();
var watch = Stopwatch.StartNew();
var ledgers = new LiveLedger[rooms];
Parallel.For(0, rooms, r =>
{
    var ledger = new LiveLedger(Sessions.Card, GiftCatalog.BuiltIn, new LiveLedgerOptions());
    foreach (var e in sessions[r])
    {
        ledger.Record(e);
    }

    ledgers[r] = ledger;
});
var inProcess = watch.Elapsed;
var ledgerBytes = (Memory() - before) / rooms;
var expectedCoins = ledgers.Sum(l => l.GetSummary().Host.Coins.Value);
GC.KeepAlive(ledgers);
ledgers = null;

// The cluster, rosters told after every batch (RosterSendInterval 0) so that a send's latency includes the roster.
var cluster = await StartAsync(redis, "load-" + Guid.NewGuid().ToString("N"), rosterSendInterval: TimeSpan.Zero);
var baseline = Memory();
var latencies = new List<double>[rooms];
watch.Restart();
var feeders = new LiveRoomFeeder[rooms];
await Task.WhenAll(Enumerable.Range(0, rooms).Select(async r =>
{
    await Task.Yield();
    var feeder = feeders[r] = new LiveRoomFeeder(cluster.Client, $"room-{r}", new LiveRoomFeederOptions { BatchSize = 100 });
    await feeder.JoinRosterAsync($"agency-{r / perRoster}");
    var samples = latencies[r] = [];
    foreach (var e in sessions[r])
    {
        var sends = feeder.PendingEvents == 99;
        var t = Stopwatch.GetTimestamp();
        await feeder.AddAsync(e);
        if (sends)
        {
            samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    }

    await feeder.ConfirmAsync();
}));
var throughCluster = watch.Elapsed;
var clusterBytes = (Memory() - baseline) / rooms;

var totals = await Task.WhenAll(feeders.Select(f => f.EndLiveAsync()));
var summaries = await Task.WhenAll(Enumerable.Range(0, (rooms + perRoster - 1) / perRoster).Select(a => cluster.Client.GetGrain<ILiveRosterGrain>($"agency-{a}").GetSummaryAsync()));
var rosterCoins = summaries.Sum(s => s.AllTime.Coins.Value);
var roomCoins = totals.Sum(t => t.Coins);
await cluster.StopAllSilosAsync();
await cluster.DisposeAsync();

var all = latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
Say("## Throughput");
Say(string.Empty);
Say("| path | events | time | events/s |");
Say("|---|---:|---:|---:|");
Say(string.Format(c, "| in-process ledgers (Parallel.For over {0:N0} ledgers) | {1:N0} | {2:N2} s | {3:N0} |", rooms, total, inProcess.TotalSeconds, total / inProcess.TotalSeconds));
Say(string.Format(c, "| cluster: feeders, batches of 100, {0:N0} rooms on 2 silos, checkpoint in Redis, rosters told per batch | {1:N0} | {2:N2} s | {3:N0} |", rooms, total, throughCluster.TotalSeconds, total / throughCluster.TotalSeconds));
Say(string.Empty);
Say(string.Format(c, "Cost of distribution: the cluster takes {0:N1} times as long as in-process ledgers for the same events.", throughCluster / inProcess));
Say(string.Format(c, "Same totals: rooms {0:N0} coins, rosters {1:N0} coins, in-process ledgers {2:N0} coins: {3}.", roomCoins, rosterCoins, expectedCoins, roomCoins == expectedCoins && rosterCoins == expectedCoins ? "equal" : "DIFFERENT"));
Say(string.Empty);
Say("## Latency at saturation: a feeder's batch send until the room applied it and its roster holds the new totals");
Say(string.Empty);
Say(string.Format(c, "{0:N0} sends of 100 events while all {5:N0} feeders send as fast as they can (so this is mostly queueing; the steady-load figure is below): P50 {1:N1} ms, P90 {2:N1} ms, P99 {3:N1} ms, max {4:N1} ms.", all.Length, Percentile(all, 0.50), Percentile(all, 0.90), Percentile(all, 0.99), all[^1], rooms));
Say(string.Empty);
Say("## Memory per room");
Say(string.Empty);
Say(string.Format(c, "Managed heap after a full GC, divided by {0:N0} rooms of {1} events each: {2:N0} bytes per active room grain (its ledger, its persisted-state copy holding the checkpoint JSON, the Orleans activation, and a 1/{3} share of a roster), against {4:N0} bytes per in-process ledger.", rooms, eventsPerRoom, clusterBytes, perRoster, ledgerBytes));
Say(string.Empty);

// Steady state under the default policies: every room gets a few events a second, the connector flushing each second.
var steadyId = "steady-" + Guid.NewGuid().ToString("N");
var steady = await StartAsync(redis, steadyId, rosterSendInterval: null);
using (var mux = await ConnectionMultiplexer.ConnectAsync(redis.Connection + ",allowAdmin=true"))
{
    var server = mux.GetServer(redis.Connection);
    using var stop = new CancellationTokenSource();
    var events = new long[1];
    var probes = new List<double>[20];
    var measuring = new bool[1];
    var drivers = Enumerable.Range(0, rooms).Select(r => DriveAsync(steady, r, perRoster, steadyRate, events, r < probes.Length ? probes[r] = [] : null, measuring, stop.Token)).ToArray();
    await Task.Delay(TimeSpan.FromSeconds(15)); // every room active, its first writes done
    Volatile.Write(ref measuring[0], true);
    var statsBefore = await CommandStatsAsync(server);
    var bytesBefore = await InputBytesAsync(server);
    var eventsBefore = Interlocked.Read(ref events[0]);
    var window = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(steadySeconds));
    var statsAfter = await CommandStatsAsync(server);
    var bytesIn = await InputBytesAsync(server) - bytesBefore;
    Volatile.Write(ref measuring[0], false);
    var minutes = window.Elapsed.TotalMinutes;
    var fed = Interlocked.Read(ref events[0]) - eventsBefore;
    await stop.CancelAsync();
    await Task.WhenAll(drivers);

    // What one write carries: the size of the persisted state of each room and each roster.
    var db = mux.GetDatabase();
    var sizes = new Dictionary<string, List<long>> { ["liveroom"] = [], ["liveroster"] = [] };
    foreach (var key in server.Keys(pattern: "*" + steadyId + "*", pageSize: 1_000))
    {
        var kind = key.ToString().Contains("liveroster", StringComparison.Ordinal) ? "liveroster" : key.ToString().Contains("liveroom", StringComparison.Ordinal) ? "liveroom" : null;
        if (kind is not null)
        {
            sizes[kind].Add((await db.HashGetAllAsync(key)).Sum(e => (long)e.Name.Length() + e.Value.Length()));
        }
    }

    Say("## Redis writes per room per minute under the default policies");
    Say(string.Empty);
    Say(string.Format(c, "{0:N0} rooms, each fed {1} events a second (the connector calling SendAsync every second), for {2:N1} minutes after a 15 s warm-up: {3:N0} events/s in all. Default LiveRoomOptions (checkpoint every 1,000 events or 10 s, timer 5 s, rosters told at most every second) and LiveRosterOptions (state written every 1,000 contributions or 10 s).", rooms, steadyRate, minutes, fed / window.Elapsed.TotalSeconds));
    Say(string.Empty);
    Say("| Redis command | calls in the window | per room per minute |");
    Say("|---|---:|---:|");
    foreach (var (command, calls) in statsAfter.Select(kv => (kv.Key, kv.Value - statsBefore.GetValueOrDefault(kv.Key))).Where(x => x.Item2 > 0).OrderByDescending(x => x.Item2))
    {
        Say(string.Format(c, "| {0} | {1:N0} | {2:N2} |", command, calls, (double)calls / rooms / minutes));
    }

    Say(string.Empty);
    var seen = probes.SelectMany(p => p).OrderBy(x => x).ToArray();
    Say("Latency under this steady load and the default policies, from a probe room's SendAsync until its roster holds the events (read with GetRoomAsync every 20 ms; 20 probe rooms):");
    Say(string.Empty);
    Say(string.Format(c, "{0:N0} sends: P50 {1:N0} ms, P90 {2:N0} ms, P99 {3:N0} ms, max {4:N0} ms.", seen.Length, Percentile(seen, 0.50), Percentile(seen, 0.90), Percentile(seen, 0.99), seen[^1]));
    Say(string.Empty);
    Say(string.Format(c, "Persisted state at the end of the window: {0:N0} rooms, {1:N0} bytes each on average; {2:N0} rosters of {3} rooms, {4:N0} bytes each on average.", sizes["liveroom"].Count, sizes["liveroom"].DefaultIfEmpty().Average(), sizes["liveroster"].Count, perRoster, sizes["liveroster"].DefaultIfEmpty().Average()));
    Say(string.Empty);
    Say(string.Format(c, "Each state write is one evalsha (a script that checks the ETag with hget and writes with hmset, which Redis counts as well). Bytes Redis received in the window: {0:N0}, {1:N0} per room per minute.", bytesIn, bytesIn / rooms / minutes));
    Say(string.Empty);
}

await steady.StopAllSilosAsync();
await steady.DisposeAsync();

var output = Path.Combine(AppContext.BaseDirectory, "results.md");
await File.WriteAllLinesAsync(output, report);
Console.WriteLine($"written to {output}");

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static long Memory()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(forceFullCollection: true);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static async Task<Dictionary<string, long>> CommandStatsAsync(IServer server)
{
    var stats = new Dictionary<string, long>(StringComparer.Ordinal);
    foreach (var group in await server.InfoAsync("commandstats"))
    {
        foreach (var pair in group)
        {
            // cmdstat_set: calls=12,usec=...
            var calls = pair.Value.Split(',')[0].Split('=')[1];
            stats[pair.Key.Replace("cmdstat_", string.Empty, StringComparison.Ordinal)] = long.Parse(calls, CultureInfo.InvariantCulture);
        }
    }

    return stats;
}

static async Task<long> InputBytesAsync(IServer server)
{
    var stats = await server.InfoAsync("stats");
    return long.Parse(stats.SelectMany(g => g).First(p => p.Key == "total_net_input_bytes").Value, CultureInfo.InvariantCulture);
}

static async Task DriveAsync(TestCluster cluster, int r, int perRoster, int rate, long[] events, List<double>? latencies, bool[] measuring, CancellationToken stop)
{
    await Task.Yield();
    var feeder = new LiveRoomFeeder(cluster.Client, $"room-{r}");
    var roster = cluster.Client.GetGrain<ILiveRosterGrain>($"agency-{r / perRoster}");
    await feeder.JoinRosterAsync($"agency-{r / perRoster}");
    var session = Sessions.Generate(10_000 + r, 500, DateTimeOffset.UtcNow);
    var next = 0;
    var offset = TimeSpan.FromMilliseconds(Random.Shared.Next(1_000)); // rooms do not all flush at the same instant
    try
    {
        await Task.Delay(offset, stop);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stop))
        {
            var latest = DateTimeOffset.MinValue;
            for (var i = 0; i < rate; i++)
            {
                var e = session[next++ % session.Count];
                latest = e.Timestamp > latest ? e.Timestamp : latest;
                await feeder.AddAsync(e, stop);
            }

            var sent = Stopwatch.GetTimestamp();
            await feeder.SendAsync(stop);
            Interlocked.Add(ref events[0], rate);
            if (latencies is not null && Volatile.Read(ref measuring[0]))
            {
                // The probe waits until the roster shows the newest event sent (the events' clock only moves forward).
                while ((await roster.GetRoomAsync(feeder.RoomId))?.LastEventAt < latest)
                {
                    await Task.Delay(20, stop);
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        }
    }
    catch (OperationCanceledException)
    {
    }
}

static async Task<TestCluster> StartAsync(RedisServer redis, string serviceId, TimeSpan? rosterSendInterval)
{
    var builder = new TestClusterBuilder(2);
    builder.Options.ServiceId = serviceId;
    builder.Options.ClusterId = serviceId;
    builder.Options.ConfigureFileLogging = false; // no logs/ folder in the working directory
    builder.Properties["Redis"] = redis.Connection;
    builder.Properties["RosterSendInterval"] = rosterSendInterval?.ToString("c", CultureInfo.InvariantCulture) ?? string.Empty;
    builder.AddSiloBuilderConfigurator<LoadSilo>();
    var cluster = builder.Build();
    await cluster.DeployAsync();
    return cluster;
}

namespace TikTokMonetization.Orleans.LoadTest
{
    /// <summary>A silo with Redis storage and the default room and roster options (or rosters told after every batch).</summary>
    internal sealed class LoadSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var redis = siloBuilder.Configuration["Redis"]!;
            var interval = siloBuilder.Configuration["RosterSendInterval"];
            siloBuilder
                .AddRedisGrainStorage(LiveRoomOptions.StorageName, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                .AddTikTokMonetizationLiveRooms(o =>
                {
                    if (!string.IsNullOrEmpty(interval))
                    {
                        o.RosterSendInterval = TimeSpan.Parse(interval, CultureInfo.InvariantCulture);
                    }
                });
        }
    }
}
