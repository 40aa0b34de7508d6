namespace TikTokMonetization.Live;

/// <summary>The validity rules of LIVE events, shared by the ledger and the JSON Lines reader.</summary>
internal static class LiveEventChecks
{
    public const int Valid = -1;

    /// <summary>The number of <see cref="LiveEventRejection"/> values (they run from 0).</summary>
    public const int RejectionKinds = 8;

    public static int Check(in GiftEvent gift)
    {
        if (gift.Timestamp == default)
        {
            return (int)LiveEventRejection.MissingTimestamp;
        }

        if (gift.GiftId <= 0)
        {
            return (int)LiveEventRejection.InvalidGiftId;
        }

        if (gift.SenderId == 0)
        {
            return (int)LiveEventRejection.MissingSender;
        }

        if (gift.RepeatCount < 1)
        {
            return (int)LiveEventRejection.InvalidRepeatCount;
        }

        return gift.UnitPriceCoins < 0 || gift.GiftType < 0 ? (int)LiveEventRejection.InvalidPrice : Valid;
    }

    public static int Check(DateTimeOffset timestamp, long count) =>
        timestamp == default ? (int)LiveEventRejection.MissingTimestamp
        : count < 0 ? (int)LiveEventRejection.NegativeCount
        : Valid;

    public static string Describe(LiveEventRejection rejection) => rejection switch
    {
        LiveEventRejection.MissingTimestamp => "the event has no timestamp",
        LiveEventRejection.InvalidGiftId => "the gift id must be greater than zero",
        LiveEventRejection.MissingSender => "the gift has no sender id",
        LiveEventRejection.InvalidRepeatCount => "the repeat count must be 1 or greater",
        LiveEventRejection.InvalidPrice => "the unit price and gift type must not be negative",
        LiveEventRejection.NegativeCount => "the count must not be negative",
        LiveEventRejection.TotalOutOfRange => "counting it would push a running total past 9,223,372,036,854,775,807",
        _ => "the event kind is unknown",
    };
}
