using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Sample;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>The sample host runs end to end and prints the roster the in-process ledgers predict.</summary>
public sealed class SampleHostTests
{
    [Fact]
    public async Task Sample_ReplaysTheSessionIntoThreeRooms_AndPrintsTheRosterTheLedgersPredict()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(0, await SampleRun.RunAsync(output, FreePort(), FreePort()));
        var text = output.ToString();

        // The sample replays the full session twice (one room still live when the roster is read) and its first 20 events once.
        using var reader = LiveEventJsonLinesReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "sample-session.jsonl"));
        var session = reader.ReadAll().ToList();
        var full = Sessions.InProcess("full", session);
        var part = Sessions.InProcess("part", session.Take(20));
        var coins = (2 * full.Coins) + part.Coins;
        var cash = (2 * full.Cash) + part.Cash;

        Assert.Contains("Roster 'agency': 3 rooms, 1 live", text, StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, "  room-cara  live   {0,8:N0} coins", full.Coins), text, StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, "  ThisLive       1 {0,10:N0}", full.Coins), text, StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, "  AllTime        3 {0,10:N0}", coins), text, StringComparison.Ordinal);
        Assert.Contains(
            string.Format(CultureInfo.InvariantCulture, "After room-cara ends: 0 live; all time 3 LIVEs, {0:N0} coins, {1:N4} USD.", coins, cash),
            text,
            StringComparison.Ordinal);
        Assert.Contains("skipped sample-session.jsonl: line 24: 'senderId' is missing", text, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
