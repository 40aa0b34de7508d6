using System.Text;
using TikTokMonetization.Live;
using static TikTokMonetization.Tests.LedgerTestKit;

namespace TikTokMonetization.Tests;

/// <summary>Checkpoint and restore: a restarted process continues without losing or double-counting a gift.</summary>
public sealed class LiveLedgerCheckpointTests
{
    [Fact]
    public void OpenStreak_SurvivesARestart_AndItsNextFramesAddOnlyNewGifts()
    {
        var before = NewLedger();
        before.Record(Rose(1, 1, atSeconds: 0));
        before.Record(Rose(1, 3, atSeconds: 1));

        var after = LiveLedger.Restore(before.SaveCheckpoint(), Card);
        Assert.Equal(1, after.GetSummary().Host.OpenStreaks);
        after.Record(Rose(1, 3, atSeconds: 1));
        after.Record(Rose(1, 4, atSeconds: 2));
        after.Record(Rose(1, 5, end: true, atSeconds: 3));

        var host = after.GetSummary().Host;
        Assert.Equal(new Coins(5), host.Coins);
        Assert.Equal(new Coins(5), host.SettledCoins);
        Assert.Equal(0, host.OpenStreaks);
    }

    [Fact]
    public void ClosedStreak_IsStillRecognisedAfterARestart()
    {
        var before = NewLedger();
        before.Record(Rose(1, 2, end: true));
        before.Record(Lion(2));

        var after = LiveLedger.Restore(before.SaveCheckpoint(), Card);

        Assert.Equal(LiveRecordResult.Ignored, after.Record(Rose(1, 2, end: true)));
        Assert.Equal(LiveRecordResult.Ignored, after.Record(Lion(2)));
        Assert.Equal(new Coins(29_999 + 2), after.GetSummary().Host.Coins);
    }

    [Fact]
    public void Replaying_GiftFramesAlreadyInTheCheckpoint_CountsNothingTwice()
    {
        // At-least-once delivery after a restart is safe for gift frames that carry group ids.
        var frames = new[] { Rose(1, 1), Rose(1, 2, atSeconds: 1), Lion(2, atSeconds: 2), Rose(1, 2, end: true, atSeconds: 3) };
        var before = NewLedger();
        Feed(before, frames.Take(3));

        var after = LiveLedger.Restore(before.SaveCheckpoint(), Card);
        Feed(after, frames);

        Assert.Equal(new Coins(29_999 + 2), after.GetSummary().Host.Coins);
    }

    [Fact]
    public void EverythingElse_SurvivesTooThroughAStream()
    {
        var before = NewLedger();
        before.Record(new LikeEvent { Count = 15, RoomTotal = 500, Timestamp = T0 });
        before.Record(new ViewerCountEvent { Viewers = 10, Timestamp = T0 });
        before.Record(new ViewerCountEvent { Viewers = 30, Timestamp = T0.AddMinutes(1) });
        before.Record(new FollowEvent { SenderId = 4, Timestamp = T0 });
        before.Record(new ShareEvent { Timestamp = T0 });
        before.Record(new SubscriptionEvent { Months = 1, Timestamp = T0 });
        before.Record(Rose(1, 2, receiver: 7002));
        before.Record(Rose(0, 1));
        using var stream = new MemoryStream();
        before.SaveCheckpoint(stream);
        stream.Position = 0;

        var after = LiveLedger.Restore(stream, Card);

        Assert.Equal(Everything(before.GetSummary()), Everything(after.GetSummary()));
        Assert.Equal(LiveRecordResult.Ignored, after.Record(new FollowEvent { SenderId = 4, Timestamp = T0 }));
    }

    [Fact]
    public void Checkpoint_IsVersionedCamelCaseJson()
    {
        var json = NewLedger().SaveCheckpoint();

        Assert.StartsWith("""{"format":"tiktok-monetization/live-ledger-checkpoint","version":1,""", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"format":"something-else","version":1}""")]
    [InlineData("""{"format":"tiktok-monetization/live-ledger-checkpoint","version":2}""")]
    [InlineData("""{"format":"tiktok-monetization/live-ledger-checkpoint","version":1,"receivers":[]}""")]
    [InlineData("""{"format":"tiktok-monetization/live-ledger-checkpoint","version":1,"unknown":true}""")]
    public void InvalidCheckpoints_AreRefusedWithAReason(string json)
    {
        var ex = Assert.Throws<FormatException>(() => LiveLedger.Restore(json, Card));
        Assert.Contains("checkpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoint_WhoseStreakPointsNowhere_IsRefused()
    {
        var ledger = NewLedger();
        ledger.Record(Rose(1, 2));
        var json = ledger.SaveCheckpoint().Replace("\"giftSlot\":0", "\"giftSlot\":5", StringComparison.Ordinal);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<FormatException>(() => LiveLedger.Restore(stream, Card));
        Assert.Contains("does not have", ex.Message, StringComparison.Ordinal);
    }
}
