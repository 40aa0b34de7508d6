namespace TikTokMonetization.Orleans.Rooms;

/// <summary>
/// What a room persists: the ledger's checkpoint and, for each feeder, the last batch the checkpoint includes. The two
/// are written together, so a room restored from storage knows exactly which batches its totals hold; and the rosters
/// the room belongs to.
/// </summary>
[GenerateSerializer]
[Alias("tiktok.live-room-state.v1")]
public sealed class LiveRoomState
{
    /// <summary>Gets or sets the ledger's checkpoint (its JSON), or <see langword="null"/> before the first write.</summary>
    [Id(0)] public string? Checkpoint { get; set; }

    /// <summary>Gets or sets the last sequence each feeder's batches reached in <see cref="Checkpoint"/>.</summary>
    [Id(1)] public Dictionary<Guid, long> Feeders { get; set; } = [];

    /// <summary>Gets or sets whether the LIVE was ended.</summary>
    [Id(2)] public bool Ended { get; set; }

    /// <summary>Gets or sets the rosters the room belongs to, which it sends its totals to.</summary>
    [Id(3)] public List<string> Rosters { get; set; } = [];

    /// <summary>
    /// Gets or sets how many activations of the room have sent totals to rosters. An activation claims the next number
    /// (and persists it) before its first send, and its versions start above every earlier activation's, so a room
    /// resumed from an older checkpoint supersedes what it sent before instead of being ignored as old.
    /// </summary>
    [Id(4)] public long Generation { get; set; }
}
