namespace TikTokMonetization.Live;

/// <summary>What the ledger did with one event.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum LiveRecordResult
{
    /// <summary>The event added to the totals: new gifts, likes, a viewer count, a follow, a share or a subscription.</summary>
    Counted = 0,

    /// <summary>A gift frame that added no gift but closed its streak (a repeat-end frame at the count already seen).</summary>
    Closed = 1,

    /// <summary>A gift frame that added nothing: a duplicate, an out-of-order frame with a lower count, or a follower already counted.</summary>
    Ignored = 2,

    /// <summary>The event is invalid and was not counted; the summary's data-quality section counts it by <see cref="LiveEventRejection"/>.</summary>
    Rejected = 3,
}
