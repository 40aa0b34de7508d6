namespace TikTokMonetization.Live;

/// <summary>Why the ledger rejected an event.</summary>
/// <remarks>An enum; thread-safe.</remarks>
public enum LiveEventRejection
{
    /// <summary>The event has the default timestamp.</summary>
    MissingTimestamp = 0,

    /// <summary>A gift frame's gift id is zero or negative.</summary>
    InvalidGiftId = 1,

    /// <summary>A gift frame has no sender (sender id 0), so it cannot be keyed to a streak or a gifter.</summary>
    MissingSender = 2,

    /// <summary>A gift frame's repeat count is below 1.</summary>
    InvalidRepeatCount = 3,

    /// <summary>A gift frame's unit price or gift type is negative.</summary>
    InvalidPrice = 4,

    /// <summary>A like, viewer or subscription count is negative.</summary>
    NegativeCount = 5,

    /// <summary>The event's kind is <see cref="LiveEventKind.None"/> or unknown.</summary>
    UnknownKind = 6,

    /// <summary>
    /// Counting the event could push a running total (coins or gifts over all receivers, or the sum of like messages)
    /// past <see cref="long.MaxValue"/>; it is rejected before it changes anything, so no total ever wraps.
    /// </summary>
    TotalOutOfRange = 7,
}
