namespace TikTokMonetization.Orleans.Rosters;

/// <summary>
/// Adds up rooms' contributions and rolled-up totals into one window: exact sums of the totals, and a leaderboard merged
/// by sender id that carries, for every gifter, the most coins the sources whose lists stopped before them may hold.
/// </summary>
/// <remarks>Built and read within one grain call; not thread-safe.</remarks>
internal sealed class RosterTally
{
    private readonly Dictionary<long, Row> _rows = [];

    // The sum of every source's "unlisted" bound: what a gifter that no source lists can have sent at most.
    private decimal _unlisted;
    private decimal _coins;
    private decimal _settledCoins;
    private decimal _diamonds;
    private decimal _cash;
    private long _gifts;
    private long _unpricedGifts;
    private long _events;

    public int Rooms { get; private set; }

    public decimal Diamonds => _diamonds;

    public decimal Cash => _cash;

    public void Add(LiveRoomContribution room)
    {
        Rooms++;
        _coins += room.Coins;
        _settledCoins += room.SettledCoins;
        _diamonds += room.Diamonds;
        _cash += room.Cash;
        _gifts += room.Gifts;
        _unpricedGifts += room.UnpricedGifts;
        _events += room.EventsRecorded;
        AddGifters(room.Gifters, room.UnlistedMaxCoins);
    }

    public void Add(LiveRosterRollup rolledUp)
    {
        Rooms += rolledUp.Rooms;
        _coins += rolledUp.Coins;
        _settledCoins += rolledUp.SettledCoins;
        _diamonds += rolledUp.Diamonds;
        _cash += rolledUp.Cash;
        _gifts += rolledUp.Gifts;
        _unpricedGifts += rolledUp.UnpricedGifts;
        _events += rolledUp.EventsRecorded;
        AddGifters(rolledUp.Gifters, rolledUp.UnlistedMaxCoins);
    }

    /// <summary>The tally as rolled-up state, its gifters cut to <paramref name="size"/>.</summary>
    public LiveRosterRollup ToRollup(int size)
    {
        var (top, unlisted) = Top(size, forgetDropped: true);
        return new LiveRosterRollup
        {
            Rooms = Rooms,
            Coins = _coins,
            SettledCoins = _settledCoins,
            Diamonds = _diamonds,
            Cash = _cash,
            Gifts = _gifts,
            UnpricedGifts = _unpricedGifts,
            EventsRecorded = _events,
            Gifters = top,
            UnlistedMaxCoins = unlisted,
        };
    }

    /// <summary>The tally as a window, its leaderboard cut to <paramref name="size"/>.</summary>
    public LiveRosterWindow ToWindow(LiveRosterWindowKind kind, DateTimeOffset? from, Currency currency, int size)
    {
        var (top, unlisted) = Top(size, forgetDropped: false);
        return new LiveRosterWindow
        {
            Kind = kind,
            From = from,
            Rooms = Rooms,
            Coins = new Coins(_coins),
            SettledCoins = new Coins(_settledCoins),
            Diamonds = new Diamonds(_diamonds),
            Cash = new Money(_cash, currency),
            Gifts = _gifts,
            UnpricedGifts = _unpricedGifts,
            EventsRecorded = _events,
            TopGifters = top.Select((g, i) => new LiveRosterGifter(i + 1, g.SenderId, g.SenderName, new Coins(g.Coins), g.Gifts, new Coins(g.MaxMissingCoins))).ToArray(),
            UnlistedMaxCoins = new Coins(unlisted),
        };
    }

    private void AddGifters(List<LiveRosterGifterEntry> gifters, decimal unlisted)
    {
        foreach (var g in gifters)
        {
            if (!_rows.TryGetValue(g.SenderId, out var row))
            {
                row = new Row();
                _rows.Add(g.SenderId, row);
            }

            row.Name ??= g.SenderName;
            row.Coins += g.Coins;
            row.Gifts += g.Gifts;
            row.Covered += unlisted;
            row.OwnMissing += g.MaxMissingCoins;
        }

        _unlisted += unlisted;
    }

    // A gifter's missing coins: the bound of every source that did not list them, plus what the sources that did list
    // them said they might still lack.
    private decimal Missing(Row row) => _unlisted - row.Covered + row.OwnMissing;

    // A window's rows past the board are still known, so only what no source listed is unseen; rolled-up state forgets
    // them, so the most any of them may hold joins the bound.
    private (List<LiveRosterGifterEntry> Top, decimal Unlisted) Top(int size, bool forgetDropped)
    {
        var ordered = _rows.OrderByDescending(r => r.Value.Coins).ThenBy(r => r.Key).ToList();
        var top = ordered.Take(size)
            .Select(r => new LiveRosterGifterEntry { SenderId = r.Key, SenderName = r.Value.Name, Coins = r.Value.Coins, Gifts = r.Value.Gifts, MaxMissingCoins = Missing(r.Value) })
            .ToList();
        var unlisted = _unlisted;
        foreach (var (_, row) in forgetDropped ? ordered.Skip(size) : [])
        {
            unlisted = Math.Max(unlisted, row.Coins + Missing(row));
        }

        return (top, unlisted);
    }

    private sealed class Row
    {
        public string? Name;
        public decimal Coins;
        public long Gifts;
        public decimal Covered;
        public decimal OwnMissing;
    }
}
