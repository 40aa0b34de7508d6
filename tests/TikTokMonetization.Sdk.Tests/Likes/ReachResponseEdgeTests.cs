using TikTokMonetization.Creators;
using TikTokMonetization.Likes;

namespace TikTokMonetization.Tests;

/// <summary>
/// The reach response at its edges: the refusal of a negative multiplier and of no snapshot, the response that changes
/// nothing, a response that grows only the LIVE audience, the LIVE likes at the viewer cap and without viewers, and
/// counts that pass long's range, which saturate at long.MaxValue on every path instead of overflowing.
/// </summary>
public sealed class ReachResponseEdgeTests
{
    [Fact]
    public void ANegativeViewsMultiplier_IsRefused_NamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReachResponse(-0.5m, 1m, "test"));

        Assert.Equal("viewsMultiplier", ex.ParamName);
        Assert.Equal(-0.5m, ex.ActualValue);
        Assert.Equal($"viewsMultiplier must be zero or greater. (Parameter 'viewsMultiplier'){Environment.NewLine}Actual value was -0.5.", ex.Message);
    }

    [Fact]
    public void ANegativeLiveViewersMultiplier_IsRefused_NamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReachResponse(1m, -0.5m, "test"));

        Assert.Equal("liveViewersMultiplier", ex.ParamName);
        Assert.Equal(-0.5m, ex.ActualValue);
        Assert.Equal($"liveViewersMultiplier must be zero or greater. (Parameter 'liveViewersMultiplier'){Environment.NewLine}Actual value was -0.5.", ex.Message);
    }

    [Fact]
    public void None_ChangesNothing_AndSaysSo()
    {
        Assert.Equal("no change in reach", ReachResponse.None.Explanation);
        Assert.Equal("views × 1, LIVE viewers × 1: no change in reach", ReachResponse.None.ToString());
        Assert.Equal(SampleCreators.MidTierUs, ReachResponse.None.ApplyTo(SampleCreators.MidTierUs));
    }

    [Fact]
    public void ApplyTo_NoSnapshot_IsRefused()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ReachResponse.None.ApplyTo(null!));
        Assert.Equal("snapshot", ex.ParamName);
    }

    [Fact]
    public void AResponseThatGrowsOnlyTheLiveAudience_StillScalesIt_AndLeavesTheVideosAlone()
    {
        var scaled = new ReachResponse(1m, 2m, "test").ApplyTo(SampleCreators.MidTierUs);

        Assert.Equal(280d, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(104_000, scaled.Live.Likes);
        Assert.Equal(SampleCreators.MidTierUs.Videos, scaled.Videos);
    }

    [Fact]
    public void AtTheViewerCap_TheLiveLikesFollowTheAudienceThatCame_NotTheMultiplier()
    {
        // 10^9 viewers × 100 passes the cap of 10^10: the audience grew tenfold, so 1,000 likes become 10,000, not 100,000.
        var snapshot = new CreatorSnapshot { Live = new LiveStats { Hours = 1, AverageConcurrentViewers = 1e9, Likes = 1_000 } };

        var scaled = new ReachResponse(1m, 100m, "test").ApplyTo(snapshot);

        Assert.Equal(1e10, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(10_000, scaled.Live.Likes);
    }

    [Fact]
    public void WithoutLiveViewers_TheLiveLikesStay_ForThereIsNoRatePerViewerToFollow()
    {
        var snapshot = new CreatorSnapshot { Live = new LiveStats { Likes = 500 } };

        var scaled = new ReachResponse(1m, 2m, "test").ApplyTo(snapshot);

        Assert.Equal(0d, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(500, scaled.Live.Likes);
    }

    [Fact]
    public void ViewsPastLongMaxValue_Saturate_UnderAnOrdinaryMultiplier()
    {
        // Three times half of long.MaxValue is within decimal's range but past long's.
        var snapshot = new CreatorSnapshot { Videos = new ShortVideoStats { Views = long.MaxValue / 2, QualifiedViews = long.MaxValue / 2 } };

        var scaled = new ReachResponse(3m, 1m, "test").ApplyTo(snapshot);

        Assert.Equal(long.MaxValue, scaled.Videos.Views);
        Assert.Equal(long.MaxValue, scaled.Videos.QualifiedViews);
    }

    [Fact]
    public void LiveLikesWhoseProductPassesDecimalsRange_Saturate()
    {
        // Half a viewer on average, held at the cap of 10^10: a factor of 2 × 10^10 on half of long.MaxValue likes is
        // past decimal's range (about 9.2 × 10^28).
        var snapshot = new CreatorSnapshot { Live = new LiveStats { Hours = 1, AverageConcurrentViewers = 0.5, Likes = long.MaxValue / 2 } };

        var scaled = new ReachResponse(1m, 1_000_000_000_000m, "test").ApplyTo(snapshot);

        Assert.Equal(1e10, scaled.Live.AverageConcurrentViewers);
        Assert.Equal(long.MaxValue, scaled.Live.Likes);
    }

    [Fact]
    public void AFactorOfExactlyDecimalMaxValueOverTheCount_Saturates_InsteadOfOverflowing()
    {
        // decimal.MaxValue / 2 rounds up (its last digit is odd), so 2 × it is one past decimal.MaxValue: the count
        // saturates like every larger product, on the views and on the LIVE likes (the viewers are few enough that the
        // cap does not hold the multiplier).
        var snapshot = new CreatorSnapshot
        {
            Videos = new ShortVideoStats { Views = 2 },
            Live = new LiveStats { Hours = 1, AverageConcurrentViewers = 1e-20, Likes = 2 },
        };

        var scaled = new ReachResponse(decimal.MaxValue / 2, decimal.MaxValue / 2, "test").ApplyTo(snapshot);

        Assert.Equal(long.MaxValue, scaled.Videos.Views);
        Assert.Equal(long.MaxValue, scaled.Live.Likes);
    }

    [Theory]
    [InlineData(1L, long.MaxValue, "2")] // 2 × long.MaxValue fits in 64 unsigned bits: the fast path
    [InlineData(2_305_843_009_213_693_952L, 4_611_686_018_427_387_904L, "8")] // 2^61 views with two likes each; the views saturate: the exact path
    public void InteractionsPastLongMaxValue_Saturate_OnEitherPathOfTheRate(long views, long likes, string multiplier)
    {
        var snapshot = new CreatorSnapshot { Videos = new ShortVideoStats { Views = views, Likes = likes } };

        var scaled = new ReachResponse(decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture), 1m, "test").ApplyTo(snapshot);

        Assert.Equal(long.MaxValue, scaled.Videos.Likes);
    }
}
