using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rooms;
using TikTokMonetization.Orleans.Rosters;

namespace TikTokMonetization.Orleans.Sample;

/// <summary>
/// The sample: an embedded silo (<c>UseLocalhostClustering</c> and in-memory grain storage), the repository's sample
/// LIVE session replayed as if it were happening now into three rooms of the roster "agency", through feeders as a
/// connector would, and the roster printed. Two LIVEs end; one is still running when the roster is read.
/// </summary>
/// <remarks>Runs one sample at a time per pair of ports; not meant to be called concurrently on the same ports.</remarks>
public static class SampleRun
{
    private const string RosterId = "agency";

    /// <summary>Runs the sample.</summary>
    /// <param name="output">Where the roster is printed.</param>
    /// <param name="siloPort">The silo's port on localhost; Orleans' default is 11111.</param>
    /// <param name="gatewayPort">The gateway's port on localhost; Orleans' default is 30000.</param>
    /// <param name="sessionPath">The JSON Lines session to replay; by default the sample session beside the program.</param>
    /// <returns>0 when the sample ran.</returns>
    public static async Task<int> RunAsync(TextWriter output, int siloPort = 11111, int gatewayPort = 30000, string? sessionPath = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort)
            .AddMemoryGrainStorage(LiveRoomOptions.StorageName)
            .AddTikTokMonetizationLiveRooms()
            .ConfigureLiveRosters(o => o.LeaderboardSize = 5));
        using var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var session = Read(sessionPath ?? Path.Combine(AppContext.BaseDirectory, "sample-session.jsonl"), output);
            var roster = grains.GetGrain<ILiveRosterGrain>(RosterId);
            await roster.SetGoalsAsync([new LiveRosterGoal { Name = "diamonds today", Window = LiveRosterWindowKind.Today, Unit = LiveGoalUnit.Diamonds, Target = 100_000m }]).ConfigureAwait(false);

            // Three rooms of the same creators' fans: the full session (ended), its first 20 events (ended), and the
            // full session again in a room still live. Each replay ends "now".
            var now = DateTimeOffset.UtcNow;
            await ReplayAsync(grains, "room-ana", session, now, end: true).ConfigureAwait(false);
            await ReplayAsync(grains, "room-ben", session.Take(20).ToList(), now, end: true).ConfigureAwait(false);
            var live = await ReplayAsync(grains, "room-cara", session, now, end: false).ConfigureAwait(false);
            Print(output, await roster.GetSummaryAsync().ConfigureAwait(false));

            // The last LIVE ends: its numbers stay in today, this week and all time, no longer in "this LIVE".
            await live.EndLiveAsync().ConfigureAwait(false);
            var final = await roster.GetSummaryAsync().ConfigureAwait(false);
            output.WriteLine();
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "After room-cara ends: {0} live; all time {1} LIVEs, {2:N0} coins, {3:N4} {4}.",
                final.LiveRooms.Count(),
                final.AllTime.Rooms,
                final.AllTime.Coins.Value,
                final.AllTime.Cash.Amount,
                final.AllTime.Cash.Currency.Code));
            return 0;
        }
        finally
        {
            await host.StopAsync().ConfigureAwait(false);
        }
    }

    private static List<LiveEvent> Read(string path, TextWriter output)
    {
        using var reader = LiveEventJsonLinesReader.OpenFile(path);
        var events = reader.ReadAll().ToList();
        output.WriteLine($"Replaying {Path.GetFileName(path)}: {events.Count} events.");
        foreach (var error in reader.Errors)
        {
            output.WriteLine($"  skipped {error}");
        }

        return events;
    }

    // What a connector does: one feeder per room, every event added as the client library raises it.
    private static async Task<LiveRoomFeeder> ReplayAsync(IGrainFactory grains, string roomId, List<LiveEvent> session, DateTimeOffset endsAt, bool end)
    {
        var feeder = new LiveRoomFeeder(grains, roomId, new LiveRoomFeederOptions { BatchSize = 8 });
        await feeder.JoinRosterAsync(RosterId).ConfigureAwait(false);
        var shift = endsAt - session.Max(e => e.Timestamp);
        foreach (var e in session)
        {
            await feeder.AddAsync(Shift(e, shift)).ConfigureAwait(false);
        }

        if (end)
        {
            await feeder.EndLiveAsync().ConfigureAwait(false);
        }
        else
        {
            await feeder.ConfirmAsync().ConfigureAwait(false);
        }

        return feeder;
    }

    private static LiveEvent Shift(LiveEvent e, TimeSpan by) => e.Kind switch
    {
        LiveEventKind.Gift => LiveEvent.FromGift(e.AsGift() with { Timestamp = e.Timestamp + by }),
        LiveEventKind.Like => LiveEvent.FromLike(e.AsLike() with { Timestamp = e.Timestamp + by }),
        LiveEventKind.ViewerCount => LiveEvent.FromViewerCount(e.AsViewerCount() with { Timestamp = e.Timestamp + by }),
        LiveEventKind.Follow => LiveEvent.FromFollow(e.AsFollow() with { Timestamp = e.Timestamp + by }),
        LiveEventKind.Share => LiveEvent.FromShare(e.AsShare() with { Timestamp = e.Timestamp + by }),
        _ => LiveEvent.FromSubscription(e.AsSubscription() with { Timestamp = e.Timestamp + by }),
    };

    private static void Print(TextWriter output, LiveRosterSummary summary)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"Roster '{summary.RosterId}': {summary.Rooms.Count} rooms, {summary.LiveRooms.Count()} live");
        foreach (var room in summary.Rooms)
        {
            output.WriteLine(string.Format(c, "  {0,-10} {1,-6} {2,8:N0} coins", room.RoomId, room.IsLive ? "live" : "ended", room.Coins.Value));
        }

        output.WriteLine();
        output.WriteLine(string.Format(c, "  {0,-10} {1,5} {2,10} {3,10} {4,12} {5,6} {6,9} {7,7}", "window", "LIVEs", "coins", "diamonds", "cash", "gifts", "unpriced", "events"));
        foreach (var w in new[] { summary.ThisLive, summary.Today, summary.ThisWeek, summary.AllTime })
        {
            output.WriteLine(string.Format(
                c,
                "  {0,-10} {1,5} {2,10:N0} {3,10:N1} {4,12} {5,6:N0} {6,9:N0} {7,7:N0}",
                w.Kind,
                w.Rooms,
                w.Coins.Value,
                w.Diamonds.Value,
                w.Cash.Amount.ToString("N4", c) + " " + w.Cash.Currency.Code,
                w.Gifts,
                w.UnpricedGifts,
                w.EventsRecorded));
        }

        output.WriteLine();
        output.WriteLine("  Top gifters, all time (across rooms):");
        foreach (var g in summary.AllTime.TopGifters)
        {
            output.WriteLine(string.Format(c, "  {0,3}. {1,-6} {2,8:N0} coins {3,4:N0} gifts{4}", g.Rank, g.SenderName ?? g.SenderId.ToString(c), g.Coins.Value, g.Gifts, g.IsExact ? string.Empty : " (at least)"));
        }

        output.WriteLine();
        foreach (var goal in summary.Goals)
        {
            output.WriteLine(string.Format(c, "  Goal '{0}' ({1}): {2:N1} of {3:N0} {4} ({5:P0}){6}", goal.Name, goal.Window, goal.Achieved, goal.Target, goal.Unit, goal.Fraction, goal.IsReached ? ", reached" : string.Empty));
        }

        foreach (var warning in summary.Warnings)
        {
            output.WriteLine($"  warning: {warning}");
        }
    }
}
