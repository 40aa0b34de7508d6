using System.ComponentModel.DataAnnotations;

namespace TikTokMonetization.Live;

/// <summary>
/// Options of the LIVE gift ledger: which rate card converts its coins, how long a streak may stay quiet before it is
/// closed without its repeat-end frame, how long closed streaks are remembered to catch late duplicates, who the host
/// is, and the goals to track. Every default is explained in <c>docs/live-ledger.md</c>.
/// </summary>
/// <remarks>Bind from the <c>TikTokMonetization:LiveLedger</c> section or configure in code; validated when the app starts (and by the <see cref="LiveLedger"/> constructor). Not thread-safe while being configured; a ledger copies the values it needs when created.</remarks>
public sealed class LiveLedgerOptions
{
    /// <summary>Gets or sets the name of the rate card that turns coins into diamonds and cash.</summary>
    /// <value>
    /// A configured card name, or <see langword="null"/> for the card the LIVE gifts model uses (<c>LiveGiftsOptions.RateCard</c>,
    /// which <c>AddLiveGifts</c> registers as the ledger's default; without it, <see cref="RateCards.RateCardNames.Default"/>),
    /// so observed sessions and estimates go through one conversion. The default value is <see langword="null"/>.
    /// </value>
    public string? RateCard { get; set; }

    /// <summary>Gets or sets how long, in event time, a streak may go without a frame before it is closed as "closed by timeout".</summary>
    /// <value>
    /// From 1 second to 1 hour. The default value is 10 seconds, an assumption of this SDK: streak frames follow each other
    /// within a few seconds, and a streak that resumes after its timeout is reopened and still counted once.
    /// </value>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long, in event time, a closed streak is remembered so that its late or repeated frames are recognised and ignored.</summary>
    /// <value>From 1 second to 1 day, and at least <see cref="QuietPeriod"/>. The default value is 5 minutes; a frame delayed longer than this is counted again.</value>
    public TimeSpan ClosedStreakRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets or sets how far one event may move the ledger's event-time clock forward. An event dated further ahead of the
    /// latest trusted event (or further before the first event) is not trusted with the clock: it is counted at the
    /// clock's time and flagged, and the clock moves that far only when the next event confirms it (it is later still,
    /// and no further past it than it was past the clock, plus this window): a reconnect after a gap, a sparse LIVE, a
    /// second recording appended. So one frame alone never moves the clock. <see cref="LiveLedger.Tick"/> calls further
    /// ahead than this are ignored (a wall-clock timer during a replay). The ledger uses the smaller of this and
    /// <see cref="ClosedStreakRetention"/>, so that one untrusted frame can never push the events that follow it past
    /// the retention, where they would be taken for a replay.
    /// </summary>
    /// <value>
    /// From 1 second to 1 day. The default value is 5 minutes, an assumption of this SDK equal to the default
    /// <see cref="ClosedStreakRetention"/>; a busy LIVE sends viewer counts every few seconds, so it rarely goes that long
    /// without an event.
    /// </value>
    public TimeSpan MaxClockJump { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the host's own user id, for libraries that name the host as the receiver instead of leaving it empty.</summary>
    /// <value>The id, or <see langword="null"/> when only receiver id 0 means the host. The default value is <see langword="null"/>.</value>
    public long? HostUserId { get; set; }

    /// <summary>Gets or sets a value indicating whether the client connected when the LIVE started, so the totals cover the whole LIVE.</summary>
    /// <value>The default value is <see langword="false"/>: TikTok sends no session totals, and gifts sent before connecting are missing, so every summary says "counted since connected".</value>
    public bool ConnectedAtLiveStart { get; set; }

    /// <summary>Gets or sets the most likes TikTok reports in one like message; messages at this count may hide more likes.</summary>
    /// <value>From 1 to 1,000,000. The default value is 15 (TikTokLiveSharp: "Number of Likes for this message. Maxes at 15").</value>
    [Range(1, 1_000_000)]
    public int LikeCapPerMessage { get; set; } = 15;

    /// <summary>Gets or sets how many gifters the summary's leaderboard lists.</summary>
    /// <value>From 1 to 100,000. The default value is 10.</value>
    [Range(1, 100_000)]
    public int LeaderboardSize { get; set; } = 10;

    /// <summary>
    /// Gets or sets how many gifters the ledger keeps a row for. Gifters beyond it still count in every total; their
    /// gifts are folded into one "other gifters" row (<see cref="LiveLedgerSummary.OtherGifters"/>) and the summary says
    /// how many streaks were folded.
    /// </summary>
    /// <value>
    /// From 1 to 10,000,000. The default value is 100,000, an assumption of this SDK: far more distinct gifters than one
    /// LIVE session has, while a hostile feed of distinct sender ids keeps the table to a few tens of megabytes.
    /// </value>
    [Range(1, 10_000_000)]
    public int MaxGifters { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets how many gift ids the ledger keeps a row (and a learned price) for. Gift ids beyond it still count in
    /// every total, priced by their own frames or the catalog; they are folded into one "other gifts" row
    /// (<see cref="LiveLedgerSummary.OtherGifts"/>).
    /// </summary>
    /// <value>From 1 to 1,000,000. The default value is 10,000: TikTok's gift list holds a few hundred ids (the built-in catalog 161).</value>
    [Range(1, 1_000_000)]
    public int MaxGiftIds { get; set; } = 10_000;

    /// <summary>Gets or sets how many co-hosts (receivers other than the host) the ledger keeps totals for; frames to further co-hosts are not counted, and the summary says how many.</summary>
    /// <value>From 1 to 100,000. The default value is 1,000, an assumption of this SDK: a multi-guest LIVE has at most a few dozen guests over a session.</value>
    [Range(1, 100_000)]
    public int MaxCoHosts { get; set; } = 1_000;

    /// <summary>Gets or sets how many per-minute rows the ledger keeps. Gifts in later minutes still count in every total but in no per-minute row, and the summary says how many.</summary>
    /// <value>From 1 to 10,000,000. The default value is 20,160: two weeks of minutes, longer than any LIVE.</value>
    [Range(1, 10_000_000)]
    public int MaxMinuteRows { get; set; } = 20_160;

    /// <summary>Gets or sets how many follower ids the ledger remembers to count each follower once; follows beyond it are counted without that check, and the summary says how many.</summary>
    /// <value>From 1 to 100,000,000. The default value is 1,000,000, an assumption of this SDK: more new followers than one LIVE session brings.</value>
    [Range(1, 100_000_000)]
    public int MaxFollowers { get; set; } = 1_000_000;

    /// <summary>Gets or sets how many viewer counts the ledger keeps. When full, every other sample in time order is dropped (the first, the last and the peak are kept), so the average covers the whole LIVE at a coarser grain while the peak and latest counts stay exact; the summary says how many were dropped.</summary>
    /// <value>
    /// From 5 to 10,000,000: five is the fewest that thinning keeps within, since it keeps the first, the last and the
    /// peak and the new count needs room. The default value is 100,000: a viewer count every 2 seconds for more than 55 hours.
    /// </value>
    [Range(5, 10_000_000)]
    public int MaxViewerSamples { get; set; } = 100_000;

    /// <summary>Gets or sets the host's goals, in diamonds or cash.</summary>
    /// <value>The default value is empty.</value>
    public List<LiveGoal> Goals { get; set; } = [];
}
