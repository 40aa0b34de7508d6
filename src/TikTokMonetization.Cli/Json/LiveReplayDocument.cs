using TikTokMonetization.Live;
using TikTokMonetization.RateCards;

namespace TikTokMonetization.Cli;

/// <summary>
/// The <c>live replay --format json</c> document: the ledger's summary of a recorded session (totals, co-hosts,
/// leaderboard, per-gift and per-minute totals, goals, likes and viewers, data quality) and the lines the reader
/// skipped. Coins and diamonds are exact; cash is unrounded, as the ledger keeps it (schema in docs/cli.md).
/// </summary>
internal sealed record LiveReplayDocument(
    int SchemaVersion,
    string Command,
    string File,
    string RateCard,
    string Currency,
    string Catalog,
    DateTimeOffset? ObservedFrom,
    DateTimeOffset? ObservedTo,
    long LinesRead,
    long EventsRecorded,
    LiveTotalsJson Host,
    LiveViewerCostJson ViewerCost,
    IReadOnlyList<LiveCoHostJson> CoHosts,
    int GifterCount,
    IReadOnlyList<LiveGifterJson> TopGifters,
    IReadOnlyList<LiveGiftJson> Gifts,
    IReadOnlyList<LiveMinuteJson> Minutes,
    IReadOnlyList<LiveGoalJson> Goals,
    LiveAudienceJson Audience,
    LiveQualityJson DataQuality,
    IReadOnlyList<LiveLineErrorJson> SkippedLines)
{
    public static LiveReplayDocument From(string file, LiveLedgerSummary summary, LiveEventJsonLinesReader reader, CoinPriceTable viewerPrices) => new(
        CliJson.SchemaVersion,
        "live replay",
        file,
        summary.RateCard,
        summary.Currency.Code,
        summary.Catalog,
        summary.ObservedFrom,
        summary.ObservedTo,
        reader.LinesRead,
        summary.EventsRecorded,
        LiveTotalsJson.From(summary.Host),
        LiveViewerCostJson.From(summary.Host, viewerPrices),
        summary.CoHosts.Select(c => new LiveCoHostJson(c.ReceiverId, LiveTotalsJson.From(c.Totals))).ToList(),
        summary.GifterCount,
        summary.TopGifters.Select(g => new LiveGifterJson(g.Rank, g.SenderId, g.SenderName, g.Gifts, g.UnpricedGifts, g.Coins.Value, g.PendingCoins.Value, g.Diamonds.Value, g.Cash.Amount)).ToList(),
        summary.Gifts.Select(g => new LiveGiftJson(g.GiftId, g.Name, g.UnitPriceCoins, Camel(g.PriceSource), g.PriceDiffersFromCatalog, g.Gifts, g.UnpricedGifts, g.Coins.Value, g.Diamonds.Value, g.Cash.Amount, g.SharedNameMatches.Select(m => new LiveGiftCandidateJson(m.Id, m.Name, m.UnitPriceCoins)).ToList())).ToList(),
        summary.Minutes.Select(m => new LiveMinuteJson(m.Minute, m.Gifts, m.Coins.Value, m.Diamonds.Value, m.Cash.Amount)).ToList(),
        summary.Goals.Select(g => new LiveGoalJson(g.Name, Camel(g.Unit), g.Currency?.Code, g.Target, g.Achieved, g.Fraction, g.IsReached)).ToList(),
        new LiveAudienceJson(summary.Likes.Likes, summary.Likes.MessageLikes, summary.Likes.RoomTotal, summary.Viewers.TimeWeightedAverage, summary.Viewers.Peak, summary.NewFollowers, summary.Shares, summary.Subscriptions),
        LiveQualityJson.From(summary.DataQuality),
        reader.Errors.Select(e => new LiveLineErrorJson(e.LineNumber, e.Reason)).ToList());

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>Settled, pending and total coins, diamonds and cash; gift counts.</summary>
internal sealed record LiveTotalsJson(decimal Coins, decimal SettledCoins, decimal PendingCoins, decimal Diamonds, decimal SettledDiamonds, decimal PendingDiamonds, decimal Cash, decimal SettledCash, decimal PendingCash, MoneyRangeJson CashRange, long Gifts, long UnpricedGifts, int OpenStreaks)
{
    public static LiveTotalsJson From(LiveGiftTotals t) => new(
        t.Coins.Value, t.SettledCoins.Value, t.PendingCoins.Value, t.Diamonds.Value, t.SettledDiamonds.Value, t.PendingDiamonds.Value,
        t.Cash.Amount, t.SettledCash.Amount, t.PendingCash.Amount, MoneyRangeJson.From(t.CashRange), t.Gifts, t.UnpricedGifts, t.OpenStreaks);
}

/// <summary>What viewers paid for the host's priced coins at a table of coin packs (unrounded), with the table's provenance.</summary>
internal sealed record LiveViewerCostJson(string Table, string Currency, decimal Low, decimal Expected, decimal High, string Source, DateTime? AsOf)
{
    public static LiveViewerCostJson From(LiveGiftTotals host, CoinPriceTable table)
    {
        var paid = table.CostOf(host.Coins);
        return new(table.Name, table.Currency.Code, paid.Low.Amount, paid.Expected.Amount, paid.High.Amount, table.Source, table.AsOf);
    }
}

/// <summary>A co-host's totals, kept apart from the host's.</summary>
internal sealed record LiveCoHostJson(long ReceiverId, LiveTotalsJson Totals);

/// <summary>One row of the leaderboard.</summary>
internal sealed record LiveGifterJson(int Rank, long SenderId, string? SenderName, long Gifts, long UnpricedGifts, decimal Coins, decimal PendingCoins, decimal Diamonds, decimal Cash);

/// <summary>One gift's totals, with where its price came from, and the catalog gifts sharing its name when that name could not price it.</summary>
internal sealed record LiveGiftJson(long GiftId, string? Name, int? UnitPriceCoins, string PriceSource, bool PriceDiffersFromCatalog, long Gifts, long UnpricedGifts, decimal Coins, decimal Diamonds, decimal Cash, IReadOnlyList<LiveGiftCandidateJson> SharedNameMatches);

/// <summary>A catalog gift that shares an unpriced gift's name.</summary>
internal sealed record LiveGiftCandidateJson(long GiftId, string Name, int UnitPriceCoins);

/// <summary>The gifts of one minute.</summary>
internal sealed record LiveMinuteJson(DateTimeOffset Minute, long Gifts, decimal Coins, decimal Diamonds, decimal Cash);

/// <summary>A goal's progress.</summary>
internal sealed record LiveGoalJson(string Name, string Unit, string? Currency, decimal Target, decimal Achieved, decimal Fraction, bool Reached);

/// <summary>Likes, viewers, follows, shares and subscriptions.</summary>
internal sealed record LiveAudienceJson(long Likes, long MessageLikes, long? RoomTotalLikes, double AverageViewers, long PeakViewers, long NewFollowers, long Shares, long Subscriptions);

/// <summary>What the ledger handled or could not know, and its warnings in words.</summary>
internal sealed record LiveQualityJson(long DuplicateFrames, long OutOfOrderFrames, long StreaksResumed, long LateFramesAfterEnd, long EventsRejected, long UnpricedGifts, long OrderDependentFrames, IReadOnlyList<string> Warnings)
{
    public static LiveQualityJson From(LiveDataQuality q) => new(q.DuplicateFrames, q.OutOfOrderFrames, q.StreaksResumed, q.LateFramesAfterEnd, q.EventsRejected, q.UnpricedGifts, q.OrderDependentFrames, q.Warnings);
}

/// <summary>A line the reader skipped, and why.</summary>
internal sealed record LiveLineErrorJson(long Line, string Reason);
