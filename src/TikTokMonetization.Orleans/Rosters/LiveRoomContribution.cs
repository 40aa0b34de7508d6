namespace TikTokMonetization.Orleans.Rosters;

/// <summary>
/// What one room contributes to a roster: its LIVE's cumulative totals at one version of the room. A roster keeps the
/// contribution of the highest version it has seen for each room and replaces it with a newer one, never adds to it,
/// so that a contribution delivered twice, late, or from a room that resumed from an older checkpoint counts once.
/// </summary>
/// <remarks>Sent by the room grains; a plain data holder, not thread-safe while being changed.</remarks>
[GenerateSerializer]
[Alias("tiktok.live-room-contribution.v1")]
public sealed class LiveRoomContribution
{
    /// <summary>Gets or sets the room's id.</summary>
    [Id(0)] public string RoomId { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the room's version: higher for every change of its totals (a batch applied, streaks closed, the LIVE
    /// ended), and higher for every new activation of the room than anything an earlier one sent.
    /// </summary>
    [Id(1)] public long Version { get; set; }

    /// <summary>Gets or sets whether the room's LIVE has ended.</summary>
    [Id(2)] public bool Ended { get; set; }

    /// <summary>Gets or sets the time of the LIVE's first event, or <see langword="null"/> before any: it places the LIVE in a day and a week.</summary>
    [Id(3)] public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets the time of the LIVE's latest event, or <see langword="null"/> before any.</summary>
    [Id(4)] public DateTimeOffset? LastEventAt { get; set; }

    /// <summary>Gets or sets the host's coins, settled and pending.</summary>
    [Id(5)] public decimal Coins { get; set; }

    /// <summary>Gets or sets the host's coins from streaks that have closed.</summary>
    [Id(6)] public decimal SettledCoins { get; set; }

    /// <summary>Gets or sets the host's diamonds.</summary>
    [Id(7)] public decimal Diamonds { get; set; }

    /// <summary>Gets or sets the host's cash at the rate card's expected rate, unrounded.</summary>
    [Id(8)] public decimal Cash { get; set; }

    /// <summary>Gets or sets the ISO code of <see cref="Cash"/>'s currency.</summary>
    [Id(9)] public string Currency { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of minor units of <see cref="Cash"/>'s currency.</summary>
    [Id(10)] public int CurrencyMinorUnits { get; set; }

    /// <summary>Gets or sets the number of priced gifts.</summary>
    [Id(11)] public long Gifts { get; set; }

    /// <summary>Gets or sets the number of gifts without a price.</summary>
    [Id(12)] public long UnpricedGifts { get; set; }

    /// <summary>Gets or sets the number of events the room's ledger recorded.</summary>
    [Id(13)] public long EventsRecorded { get; set; }

    /// <summary>Gets or sets the room's top gifters, most coins first (at most <see cref="Rooms.LiveRoomOptions.RosterGifters"/>).</summary>
    [Id(14)] public List<LiveRosterGifterEntry> Gifters { get; set; } = [];

    /// <summary>Gets or sets the most coins a gifter left off <see cref="Gifters"/> can have sent in this room: 0 when the list is complete.</summary>
    [Id(15)] public decimal UnlistedMaxCoins { get; set; }
}

/// <summary>One gifter's coins in a room's contribution or in a roster's rolled-up totals.</summary>
/// <remarks>A plain data holder, not thread-safe while being changed.</remarks>
[GenerateSerializer]
[Alias("tiktok.live-roster-gifter-entry.v1")]
public sealed class LiveRosterGifterEntry
{
    /// <summary>Gets or sets the gifter's user id.</summary>
    [Id(0)] public long SenderId { get; set; }

    /// <summary>Gets or sets the gifter's name, as the events gave it.</summary>
    [Id(1)] public string? SenderName { get; set; }

    /// <summary>Gets or sets the coins counted for the gifter.</summary>
    [Id(2)] public decimal Coins { get; set; }

    /// <summary>Gets or sets the priced gifts counted for the gifter.</summary>
    [Id(3)] public long Gifts { get; set; }

    /// <summary>Gets or sets the most coins the gifter can have sent beyond <see cref="Coins"/> in sources whose lists were cut short: 0 when <see cref="Coins"/> is exact.</summary>
    [Id(4)] public decimal MaxMissingCoins { get; set; }
}

/// <summary>A roster's answer to a room's contribution.</summary>
/// <param name="Version">The room's version the roster now holds (it may be higher than the one sent, which was then ignored).</param>
/// <param name="DurableVersion">The room's version in the roster's persisted state: the room need not send again up to it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
[GenerateSerializer]
[Immutable]
[Alias("tiktok.live-roster-receipt.v1")]
public sealed record LiveRosterReceipt([property: Id(0)] long Version, [property: Id(1)] long DurableVersion);
