using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>
/// The validity rules every LIVE event meets before the ledger counts it, at their edges, and the words the summary
/// uses for each reason an event was rejected.
/// </summary>
public sealed class LiveEventChecksTests
{
    public static TheoryData<string, LiveEvent, LiveEventRejection?> Events() => new()
    {
        { "like without a time", new LikeEvent { Count = 1 }, LiveEventRejection.MissingTimestamp },
        { "viewers without a time", new ViewerCountEvent { Viewers = 1 }, LiveEventRejection.MissingTimestamp },
        { "follow without a time", new FollowEvent { SenderId = 1 }, LiveEventRejection.MissingTimestamp },
        { "share without a time", new ShareEvent { SenderId = 1 }, LiveEventRejection.MissingTimestamp },
        { "subscription without a time", new SubscriptionEvent { Months = 1 }, LiveEventRejection.MissingTimestamp },
        { "like of -1", new LikeEvent { Count = -1, Timestamp = T0 }, LiveEventRejection.NegativeCount },
        { "room total of -1", new LikeEvent { Count = 1, RoomTotal = -1, Timestamp = T0 }, LiveEventRejection.NegativeCount },
        { "-1 viewers", new ViewerCountEvent { Viewers = -1, Timestamp = T0 }, LiveEventRejection.NegativeCount },
        { "-1 months", new SubscriptionEvent { Months = -1, Timestamp = T0 }, LiveEventRejection.NegativeCount },
        { "gift priced at -1", Rose(1, 1) with { UnitPriceCoins = -1 }, LiveEventRejection.InvalidPrice },
        { "gift of type -1", Rose(1, 1) with { GiftType = -1 }, LiveEventRejection.InvalidPrice },
        { "like of 0", new LikeEvent { Count = 0, RoomTotal = 0, Timestamp = T0 }, null },
        { "0 viewers", new ViewerCountEvent { Viewers = 0, Timestamp = T0 }, null },
        { "gift priced at 0", Rose(1, 1) with { UnitPriceCoins = 0 }, null },
        { "gift of type 0", Rose(1, 1) with { GiftType = 0 }, null },
        { "gift id 1", Rose(1, 1) with { GiftId = 1 }, null },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void AnEvent_IsRejectedForItsReason_OrCounted(string what, LiveEvent liveEvent, LiveEventRejection? reason)
    {
        var ledger = NewLedger();

        var result = ledger.Record(in liveEvent);

        Assert.True((reason is null ? LiveRecordResult.Counted : LiveRecordResult.Rejected) == result, $"{what}: {result}");
        var rejected = ledger.GetSummary().DataQuality.RejectedByReason;
        Assert.Equal(reason is null ? [] : [reason.Value], rejected.Keys);
    }

    [Fact]
    public void TheSummary_SaysWhyEachEventWasRejected_InTheOrderOfTheReasons()
    {
        var ledger = NewLedger();
        LiveEvent[] rejected =
        [
            default,
            new ViewerCountEvent { Viewers = -5, Timestamp = T0 },
            Rose(1, 1) with { UnitPriceCoins = -1 },
            Rose(1, 0),
            Rose(0, 1),
            Rose(1, 1) with { GiftId = 0 },
            Rose(1, 1) with { Timestamp = default },
            new LikeEvent { Count = 1 },
        ];
        foreach (var e in rejected)
        {
            ledger.Record(in e);
        }

        var warning = Assert.Single(ledger.GetSummary().DataQuality.Warnings, w => w.Contains("rejected", StringComparison.Ordinal));

        Assert.Equal(
            "8 event(s) rejected: 2 because the event has no timestamp; 1 because the gift id must be greater than zero; "
            + "1 because the gift has no sender id; 1 because the repeat count must be 1 or greater; "
            + "1 because the unit price and gift type must not be negative; 1 because the count must not be negative; "
            + "1 because the event kind is unknown.",
            warning);
    }
}
