using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>The summary's audience figures at their edges: viewer counts all at one instant, a room total of zero.</summary>
public sealed class LiveSummaryAudienceTests
{
    [Fact]
    public void ViewerCountsAllAtOneInstant_AverageToTheirMean()
    {
        var ledger = NewLedger();
        ledger.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0 });
        ledger.Record(new ViewerCountEvent { Viewers = 20, Timestamp = T0 });

        var viewers = ledger.GetSummary().Viewers;

        Assert.Equal(15d, viewers.TimeWeightedAverage);
        Assert.Equal((2L, 20L), (viewers.Updates, viewers.Peak));
    }

    [Fact]
    public void ARoomTotalOfZero_IsARoomTotal()
    {
        var ledger = NewLedger();
        ledger.Record(new LikeEvent { Count = 0, RoomTotal = 0, Timestamp = T0 });

        var likes = ledger.GetSummary().Likes;

        Assert.Equal(0L, likes.RoomTotal);
        Assert.Equal(0L, likes.RoomLikesSinceConnected);
    }
}
