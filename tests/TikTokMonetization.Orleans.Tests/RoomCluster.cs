using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using StackExchange.Redis;
using TikTokMonetization.Orleans.Rooms;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>Builds two-silo test clusters whose room checkpoints and membership live in the run's Redis.</summary>
internal static class RoomCluster
{
    /// <summary>
    /// The offset from UTC that puts this moment at noon in the rosters' calendar, so that a session of the last few
    /// minutes is in "today" and "this week" whenever the tests run, midnight UTC included.
    /// </summary>
    public static TimeSpan NoonOffset { get; } = TimeSpan.FromMinutes(Math.Round((TimeSpan.FromHours(12) - DateTimeOffset.UtcNow.TimeOfDay).TotalMinutes));

    public static async Task<TestCluster> StartAsync(RedisServer redis, string serviceId, int silos = 2, int checkpointEveryEvents = 100, TimeSpan rosterSendInterval = default)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.ServiceId = serviceId;
        builder.Options.ClusterId = serviceId;
        builder.Properties["Redis"] = redis.Connection;
        builder.Properties["CheckpointEveryEvents"] = checkpointEveryEvents.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Properties["RosterSendInterval"] = rosterSendInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        builder.Properties["UtcOffset"] = NoonOffset.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        builder.AddSiloBuilderConfigurator<Silo>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            var redis = configuration["Redis"]!;
            var every = int.Parse(configuration["CheckpointEveryEvents"]!, System.Globalization.CultureInfo.InvariantCulture);
            var offset = TimeSpan.Parse(configuration["UtcOffset"]!, System.Globalization.CultureInfo.InvariantCulture);
            var send = TimeSpan.Parse(configuration["RosterSendInterval"]!, System.Globalization.CultureInfo.InvariantCulture);
            siloBuilder
                .AddRedisGrainStorage(LiveRoomOptions.StorageName, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis))
                .AddTikTokMonetizationLiveRooms(o =>
                {
                    o.CheckpointEveryEvents = every;
                    // The sessions are dated in the past: no wall-clock tick during a test (see the ledger docs).
                    o.TimerPeriod = TimeSpan.FromMinutes(10);

                    // By default every batch reaches the rosters at once, so that tests see each step.
                    o.RosterSendInterval = send;
                })
                .ConfigureLiveRosters(o => o.UtcOffset = offset);
        }
    }
}
