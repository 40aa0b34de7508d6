using Orleans.TestingHost;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>One two-silo cluster on its own redis-server, shared by every test of a class (each test uses its own ids).</summary>
public sealed class SharedRoomCluster : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await RoomCluster.StartAsync(Redis, "shared-" + Guid.NewGuid().ToString("N"));

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Redis.Dispose();
    }
}
