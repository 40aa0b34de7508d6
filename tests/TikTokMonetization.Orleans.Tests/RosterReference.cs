using TikTokMonetization.Live;
using TikTokMonetization.Orleans.Rosters;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Orleans.Tests;

/// <summary>What a roster's window must show: the sums of one in-process ledger per room, each fed its events once and ended.</summary>
internal sealed record RosterReference(int Rooms, decimal Coins, decimal SettledCoins, decimal Diamonds, decimal Cash, long Gifts, long UnpricedGifts, long Events, IReadOnlyList<LiveRosterGifter> TopGifters)
{
    public static RosterReference Of(IEnumerable<IEnumerable<LiveEvent>> sessions, int leaderboard = 10)
    {
        var summaries = sessions.Select(events =>
        {
            var ledger = new LiveLedger(Sessions.Card, GiftCatalog.BuiltIn, new LiveLedgerOptions());
            foreach (var e in events)
            {
                ledger.Record(e);
            }

            ledger.Flush();
            return ledger.GetSummary(100_000);
        }).ToList();

        var top = summaries
            .SelectMany(s => s.TopGifters)
            .GroupBy(g => g.SenderId)
            .Select(g => (Id: g.Key, Name: g.Select(x => x.SenderName).FirstOrDefault(n => n is not null), Coins: g.Sum(x => x.Coins.Value), Gifts: g.Sum(x => x.Gifts)))
            .OrderByDescending(g => g.Coins)
            .ThenBy(g => g.Id)
            .Take(leaderboard)
            .Select((g, i) => new LiveRosterGifter(i + 1, g.Id, g.Name, new TikTokMonetization.Coins(g.Coins), g.Gifts, TikTokMonetization.Coins.Zero))
            .ToArray();

        return new RosterReference(
            summaries.Count,
            summaries.Sum(s => s.Host.Coins.Value),
            summaries.Sum(s => s.Host.SettledCoins.Value),
            summaries.Sum(s => s.Host.Diamonds.Value),
            summaries.Sum(s => s.Host.Cash.Amount),
            summaries.Sum(s => s.Host.Gifts),
            summaries.Sum(s => s.Host.UnpricedGifts),
            summaries.Sum(s => s.EventsRecorded),
            top);
    }

    /// <summary>Whether the window shows exactly these figures, its leaderboard exact row by row.</summary>
    public bool Matches(LiveRosterWindow window) =>
        window.Rooms == Rooms && window.Coins.Value == Coins && window.SettledCoins.Value == SettledCoins && window.Diamonds.Value == Diamonds &&
        window.Cash.Amount == Cash && window.Cash.Currency == Currency.Usd && window.Gifts == Gifts && window.UnpricedGifts == UnpricedGifts &&
        window.EventsRecorded == Events && window.TopGifters.SequenceEqual(TopGifters) && window.UnlistedMaxCoins == TikTokMonetization.Coins.Zero;

    public string Describe(LiveRosterWindow window) =>
        $"{window.Kind}: expected {Rooms} rooms, {Coins} coins ({SettledCoins} settled), {Cash} cash, {Gifts} gifts, {Events} events, top {string.Join(",", TopGifters.Select(g => $"{g.SenderId}={g.Coins.Value}"))}; " +
        $"got {window.Rooms} rooms, {window.Coins.Value} coins ({window.SettledCoins.Value} settled), {window.Cash} cash, {window.Gifts} gifts, {window.EventsRecorded} events, top {string.Join(",", window.TopGifters.Select(g => $"{g.SenderId}={g.Coins.Value}{(g.IsExact ? "" : "?")}"))}, unlisted {window.UnlistedMaxCoins.Value}";
}
