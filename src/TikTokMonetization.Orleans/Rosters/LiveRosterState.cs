namespace TikTokMonetization.Orleans.Rosters;

/// <summary>
/// What a roster persists: the latest contribution of every room of the current week (or still live), the rolled-up
/// totals of the LIVEs before it, the ids and final versions of the rooms rolled up, and the goals.
/// </summary>
/// <remarks>Owned by one roster grain, which Orleans runs one call at a time; not thread-safe on its own.</remarks>
[GenerateSerializer]
[Alias("tiktok.live-roster-state.v1")]
public sealed class LiveRosterState
{
    /// <summary>Gets or sets the latest contribution of each room not yet rolled up, by room id.</summary>
    [Id(0)] public Dictionary<string, LiveRoomContribution> Rooms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the totals of the ended LIVEs from before the current week, rolled into one.</summary>
    [Id(1)] public LiveRosterRollup RolledUp { get; set; } = new();

    /// <summary>Gets or sets the rooms rolled up, with the version that was rolled: a later contribution from them is not counted.</summary>
    [Id(2)] public Dictionary<string, long> RolledUpRooms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the roster's goals.</summary>
    [Id(3)] public List<LiveRosterGoal> Goals { get; set; } = [];

    /// <summary>Gets or sets how many contributions came from a room after it had been rolled up and were not counted.</summary>
    [Id(4)] public long LateContributions { get; set; }

    /// <summary>Gets or sets the ISO code of the roster's currency, set by the first contribution; empty before it.</summary>
    [Id(5)] public string Currency { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of minor units of <see cref="Currency"/>.</summary>
    [Id(6)] public int CurrencyMinorUnits { get; set; }
}

/// <summary>The rolled-up totals of LIVEs that have left the current week.</summary>
/// <remarks>Owned by one roster grain; not thread-safe on its own.</remarks>
[GenerateSerializer]
[Alias("tiktok.live-roster-rollup.v1")]
public sealed class LiveRosterRollup
{
    /// <summary>Gets or sets the number of LIVEs rolled up.</summary>
    [Id(0)] public int Rooms { get; set; }

    /// <summary>Gets or sets the host coins of those LIVEs.</summary>
    [Id(1)] public decimal Coins { get; set; }

    /// <summary>Gets or sets their settled coins.</summary>
    [Id(2)] public decimal SettledCoins { get; set; }

    /// <summary>Gets or sets their diamonds.</summary>
    [Id(3)] public decimal Diamonds { get; set; }

    /// <summary>Gets or sets their cash.</summary>
    [Id(4)] public decimal Cash { get; set; }

    /// <summary>Gets or sets their priced gifts.</summary>
    [Id(5)] public long Gifts { get; set; }

    /// <summary>Gets or sets their gifts without a price.</summary>
    [Id(6)] public long UnpricedGifts { get; set; }

    /// <summary>Gets or sets the events their ledgers recorded.</summary>
    [Id(7)] public long EventsRecorded { get; set; }

    /// <summary>Gets or sets the top gifters across them, most coins first (at most <see cref="LiveRosterOptions.RolledUpGifters"/>).</summary>
    [Id(8)] public List<LiveRosterGifterEntry> Gifters { get; set; } = [];

    /// <summary>Gets or sets the most coins a gifter not in <see cref="Gifters"/> can have sent across them.</summary>
    [Id(9)] public decimal UnlistedMaxCoins { get; set; }
}
