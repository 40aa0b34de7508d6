using TikTokMonetization.Live;

namespace TikTokMonetization.Orleans.Rooms;

/// <summary>A room's totals as they cross the wire: the host's coins and cash, the leaderboard, and the data-quality warnings.</summary>
/// <remarks>Immutable and thread-safe. Built from a <see cref="LiveLedgerSummary"/> by <see cref="From"/>, the same way in a grain and in process.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-room-totals.v1")]
public sealed record LiveRoomTotals
{
    /// <summary>Gets the room's id.</summary>
    [Id(0)] public required string RoomId { get; init; }

    /// <summary>Gets the host's coins: settled and pending.</summary>
    [Id(1)] public required decimal Coins { get; init; }

    /// <summary>Gets the host's coins from streaks that have closed.</summary>
    [Id(2)] public required decimal SettledCoins { get; init; }

    /// <summary>Gets the host's cash at the rate card's expected rate.</summary>
    [Id(3)] public required decimal Cash { get; init; }

    /// <summary>Gets the currency of <see cref="Cash"/>.</summary>
    [Id(4)] public required string Currency { get; init; }

    /// <summary>Gets the number of priced gifts.</summary>
    [Id(5)] public required long Gifts { get; init; }

    /// <summary>Gets the number of gifts without a price.</summary>
    [Id(6)] public required long UnpricedGifts { get; init; }

    /// <summary>Gets the streaks still open.</summary>
    [Id(7)] public required int OpenStreaks { get; init; }

    /// <summary>Gets the events the ledger recorded.</summary>
    [Id(8)] public required long EventsRecorded { get; init; }

    /// <summary>Gets the number of distinct gifters.</summary>
    [Id(9)] public required int GifterCount { get; init; }

    /// <summary>Gets the first event's time, if any.</summary>
    [Id(10)] public DateTimeOffset? ObservedFrom { get; init; }

    /// <summary>Gets the last event's time, if any.</summary>
    [Id(11)] public DateTimeOffset? ObservedTo { get; init; }

    /// <summary>Gets the top gifters, best first.</summary>
    [Id(12)] public required IReadOnlyList<LiveRoomGifter> TopGifters { get; init; }

    /// <summary>Gets the ledger's data-quality warnings: what the totals cannot know.</summary>
    [Id(13)] public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Builds the totals of a room from its ledger's summary.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="summary">The summary.</param>
    /// <returns>The totals.</returns>
    public static LiveRoomTotals From(string roomId, LiveLedgerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new LiveRoomTotals
        {
            RoomId = roomId,
            Coins = summary.Host.Coins.Value,
            SettledCoins = summary.Host.SettledCoins.Value,
            Cash = summary.Host.Cash.Amount,
            Currency = summary.Host.Cash.Currency.Code,
            Gifts = summary.Host.Gifts,
            UnpricedGifts = summary.Host.UnpricedGifts,
            OpenStreaks = summary.Host.OpenStreaks,
            EventsRecorded = summary.EventsRecorded,
            GifterCount = summary.GifterCount,
            ObservedFrom = summary.ObservedFrom,
            ObservedTo = summary.ObservedTo,
            TopGifters = summary.TopGifters.Select(g => new LiveRoomGifter(g.SenderId, g.SenderName, g.Coins.Value, g.Gifts)).ToArray(),
            Warnings = summary.DataQuality.Warnings.ToArray(),
        };
    }

    /// <summary>Compares every total, the leaderboard and the warnings.</summary>
    /// <param name="other">The other totals.</param>
    /// <returns>Whether they are the same.</returns>
    public bool Equals(LiveRoomTotals? other) =>
        other is not null && RoomId == other.RoomId && Coins == other.Coins && SettledCoins == other.SettledCoins && Cash == other.Cash &&
        Currency == other.Currency && Gifts == other.Gifts && UnpricedGifts == other.UnpricedGifts && OpenStreaks == other.OpenStreaks &&
        EventsRecorded == other.EventsRecorded && GifterCount == other.GifterCount && ObservedFrom == other.ObservedFrom &&
        ObservedTo == other.ObservedTo && TopGifters.SequenceEqual(other.TopGifters) && Warnings.SequenceEqual(other.Warnings);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RoomId, Coins, Gifts, EventsRecorded);
}

/// <summary>One gifter on a room's leaderboard.</summary>
/// <param name="SenderId">The gifter's user id.</param>
/// <param name="SenderName">The gifter's name, as the events gave it.</param>
/// <param name="Coins">The coins the gifter sent.</param>
/// <param name="Gifts">The priced gifts the gifter sent.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-room-gifter.v1")]
public sealed record LiveRoomGifter([property: Id(0)] long SenderId, [property: Id(1)] string? SenderName, [property: Id(2)] decimal Coins, [property: Id(3)] long Gifts);
