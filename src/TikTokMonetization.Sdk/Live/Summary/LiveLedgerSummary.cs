using TikTokMonetization.Creators;

namespace TikTokMonetization.Live;

/// <summary>
/// The ledger's totals at one moment: the host's coins, diamonds and cash (settled and pending), co-hosts apart, the
/// leaderboard, per gift, per minute, goals, likes, viewers, follows, shares, subscriptions and data-quality flags.
/// </summary>
/// <remarks>A snapshot: later events do not change it. Instances are immutable and thread-safe.</remarks>
public sealed class LiveLedgerSummary
{
    internal LiveLedgerSummary(
        string rateCard,
        Currency currency,
        string catalog,
        DateTimeOffset? observedFrom,
        DateTimeOffset? observedTo,
        long eventsRecorded,
        LiveGiftTotals host,
        IReadOnlyList<LiveCoHostTotals> coHosts,
        int gifterCount,
        IReadOnlyList<LiveGifterTotal> topGifters,
        IReadOnlyList<LiveGiftTotal> gifts,
        IReadOnlyList<LiveMinuteTotal> minutes,
        IReadOnlyList<LiveGoalProgress> goals,
        LiveLikeTotals likes,
        LiveViewerStats viewers,
        long newFollowers,
        long shares,
        long subscriptions,
        LiveDataQuality dataQuality,
        LiveGifterTotal? otherGifters,
        LiveGiftTotal? otherGifts)
    {
        RateCard = rateCard;
        Currency = currency;
        Catalog = catalog;
        ObservedFrom = observedFrom;
        ObservedTo = observedTo;
        EventsRecorded = eventsRecorded;
        Host = host;
        CoHosts = coHosts;
        GifterCount = gifterCount;
        TopGifters = topGifters;
        Gifts = gifts;
        Minutes = minutes;
        Goals = goals;
        Likes = likes;
        Viewers = viewers;
        NewFollowers = newFollowers;
        Shares = shares;
        Subscriptions = subscriptions;
        DataQuality = dataQuality;
        OtherGifters = otherGifters;
        OtherGifts = otherGifts;
    }

    /// <summary>
    /// Gets the gifts of the gifters beyond <see cref="LiveLedgerOptions.MaxGifters"/>, folded into one row (rank 0,
    /// sender id 0), or <see langword="null"/> when the limit was not reached. It is not part of <see cref="TopGifters"/>
    /// or <see cref="GifterCount"/>; <see cref="Host"/> includes it, so the leaderboard plus this row add up to the host.
    /// </summary>
    public LiveGifterTotal? OtherGifters { get; }

    /// <summary>
    /// Gets the gifts of the gift ids beyond <see cref="LiveLedgerOptions.MaxGiftIds"/>, folded into one row (gift id 0,
    /// priced by their own frames or the catalog), or <see langword="null"/> when the limit was not reached. It is not
    /// part of <see cref="Gifts"/>; <see cref="Host"/> includes it.
    /// </summary>
    public LiveGiftTotal? OtherGifts { get; }

    /// <summary>Gets the rate card's one-line provenance (name, date, source).</summary>
    public string RateCard { get; }

    /// <summary>Gets the currency of every cash amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the gift catalog's one-line description.</summary>
    public string Catalog { get; }

    /// <summary>Gets the earliest event time, or <see langword="null"/> before any event.</summary>
    public DateTimeOffset? ObservedFrom { get; }

    /// <summary>Gets the latest event time on the ledger's clock, or <see langword="null"/> before any event. <see cref="LiveLedger.Tick"/> does not move it: only events are evidence that the LIVE went on.</summary>
    public DateTimeOffset? ObservedTo { get; }

    /// <summary>Gets the time between <see cref="ObservedFrom"/> and <see cref="ObservedTo"/>.</summary>
    public TimeSpan ObservedDuration => ObservedFrom is { } from && ObservedTo is { } to ? to - from : TimeSpan.Zero;

    /// <summary>Gets the number of events recorded, rejected ones included.</summary>
    public long EventsRecorded { get; }

    /// <summary>Gets the host's gift totals: the figures that count as the creator's LIVE gift revenue.</summary>
    public LiveGiftTotals Host { get; }

    /// <summary>Gets the totals of gifts sent to co-hosts, one entry per co-host in order of first gift; not part of <see cref="Host"/>.</summary>
    public IReadOnlyList<LiveCoHostTotals> CoHosts { get; }

    /// <summary>Gets the number of viewers who sent the host a gift.</summary>
    public int GifterCount { get; }

    /// <summary>Gets the leaderboard: the host's top gifters by coins.</summary>
    public IReadOnlyList<LiveGifterTotal> TopGifters { get; }

    /// <summary>Gets the host's totals per gift id, most coins first.</summary>
    public IReadOnlyList<LiveGiftTotal> Gifts { get; }

    /// <summary>Gets the host's priced gifts per minute, in time order; minutes without gifts are left out.</summary>
    public IReadOnlyList<LiveMinuteTotal> Minutes { get; }

    /// <summary>Gets the progress towards each configured goal.</summary>
    public IReadOnlyList<LiveGoalProgress> Goals { get; }

    /// <summary>Gets the like totals.</summary>
    public LiveLikeTotals Likes { get; }

    /// <summary>Gets the viewer statistics.</summary>
    public LiveViewerStats Viewers { get; }

    /// <summary>Gets the number of new followers (each user id once).</summary>
    public long NewFollowers { get; }

    /// <summary>Gets the number of shares.</summary>
    public long Shares { get; }

    /// <summary>Gets the number of subscription events.</summary>
    public long Subscriptions { get; }

    /// <summary>Gets the data-quality flags.</summary>
    public LiveDataQuality DataQuality { get; }

    /// <summary>
    /// Turns the session into LIVE input for the revenue engine, so that an observed session and an estimate meet: one
    /// session, the observed hours, the time-weighted average viewers, the LIVE's likes, the new followers, and the
    /// host's coins (settled and pending; unpriced gifts cannot be included, see <see cref="LiveDataQuality.UnpricedGifts"/>).
    /// </summary>
    /// <returns>The LIVE statistics; put them in a <see cref="CreatorSnapshot"/> (<c>snapshot with { Live = stats }</c>).</returns>
    public LiveStats ToLiveStats() => new()
    {
        Sessions = ObservedFrom is null ? 0 : 1,
        Hours = ObservedDuration.TotalHours,
        AverageConcurrentViewers = Viewers.TimeWeightedAverage,
        Likes = Likes.Likes,
        CoinsGifted = Host.Coins,
        NewFollowers = NewFollowers,
    };
}
