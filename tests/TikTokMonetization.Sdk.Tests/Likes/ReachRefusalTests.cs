using Microsoft.Extensions.DependencyInjection;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// A reach model of one's own may answer any multipliers; the likes analysis prices what its response gives only while
/// every count and amount holds it. A count taken to what a long holds (where the response stops) and an amount past
/// decimal's range are refused, naming the model and its answer; a large answer that fits is priced. Observed LIVE coins
/// follow the viewers the response actually adds, so the 10-billion-viewer cap holds them too.
/// </summary>
public sealed class ReachRefusalTests
{
    [Fact]
    public void AReachThatTakesACountPastWhatItHolds_IsRefused_NamingTheModelTheAnswerAndTheField()
    {
        // 1,200,000 views × 10^15 = 1.2 × 10^21, past long.MaxValue (about 9.2 × 10^18).
        var error = Assert.Throws<InvalidOperationException>(() => Analyze(new FixedReach(1_000_000_000_000_000m, 1m), SampleCreators.MidTierUs));

        Assert.Equal(
            "The reach model FixedReach answered views × 1000000000000000, LIVE viewers × 1, which takes Videos.Views to 9,223,372,036,854,775,807 or more, past what a count holds.",
            error.Message);
    }

    [Theory]
    [InlineData("Videos.Likes")]
    [InlineData("Videos.Comments")]
    [InlineData("Videos.Shares")]
    [InlineData("Videos.Saves")]
    [InlineData("Live.Likes")]
    [InlineData("BrandDeals.MedianViewsPerVideo")]
    [InlineData("Merchandise.ObservedOrders")]
    public void EachCountTheResponseScales_IsChecked(string field)
    {
        // Only the named count is large enough to pass long.MaxValue at a multiplier of 10^8 (for LIVE likes, a LIVE
        // multiplier of 10^8 on one viewer); the views themselves grow to 10^11, and every other count stays small.
        const long Large = 1_000_000_000_000;
        var creator = new CreatorSnapshot
        {
            Videos = new ShortVideoStats
            {
                Views = 1_000,
                QualifiedViews = 10,
                Likes = field == "Videos.Likes" ? Large : 10,
                Comments = field == "Videos.Comments" ? Large : 1,
                Shares = field == "Videos.Shares" ? Large : 1,
                Saves = field == "Videos.Saves" ? Large : 1,
            },
            Live = new LiveStats { Sessions = 1, Hours = 1, AverageConcurrentViewers = 1, Likes = field == "Live.Likes" ? Large : 1 },
            BrandDeals = new BrandDealInputs { MedianViewsPerVideo = field == "BrandDeals.MedianViewsPerVideo" ? Large : 100 },
            Merchandise = new MerchandiseInputs { ObservedOrders = field == "Merchandise.ObservedOrders" ? Large : 1 },
        };
        var reach = field == "Live.Likes" ? new FixedReach(1m, 100_000_000m) : new FixedReach(100_000_000m, 1m);

        var error = Assert.Throws<InvalidOperationException>(() => Analyze(reach, creator));

        Assert.Contains($"which takes {field} to 9,223,372,036,854,775,807 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReachThatTakesAnAmountPastDecimal_IsRefused_NamingTheModelAndTheAnswer()
    {
        // 10^12 of affiliate sales × 10^17 = 10^29, past decimal's 7.9 × 10^28.
        var creator = SampleCreators.MidTierUs with { Affiliate = new AffiliateInputs { ObservedSales = Money.Usd(1_000_000_000_000m) } };

        var error = Assert.Throws<InvalidOperationException>(() => Analyze(new FixedReach(100_000_000_000_000_000m, 1m), creator));

        Assert.StartsWith("The reach model FixedReach answered views × 100000000000000000, LIVE viewers × 1, which takes an amount of the creator", error.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public void ALargeReachThatEveryCountHolds_IsPriced()
    {
        // 1,200,000 views × 10^12 = 1.2 × 10^18, below long.MaxValue.
        var analysis = Analyze(new FixedReach(1_000_000_000_000m, 1m), SampleCreators.MidTierUs);

        Assert.Equal(1_000_000_000_000m, analysis.Reach.ViewsMultiplier);
    }

    [Fact]
    public void ObservedCoins_FollowTheViewersTheResponseAdds_SoTheViewerCapHoldsThem()
    {
        var atTheCap = SampleCreators.MidTierUs with
        {
            Live = SampleCreators.MidTierUs.Live with { AverageConcurrentViewers = 10_000_000_000, CoinsGifted = new Coins(1_000m) },
        };
        var belowIt = atTheCap with { Live = atTheCap.Live with { AverageConcurrentViewers = 1_000_000_000 } };

        var capped = new ReachResponse(1m, 2m, "law").ApplyTo(atTheCap);
        var doubled = new ReachResponse(1m, 2m, "law").ApplyTo(belowIt);

        Assert.Equal((10_000_000_000d, 1_000m), (capped.Live.AverageConcurrentViewers, capped.Live.CoinsGifted!.Value.Value));
        Assert.Equal((2_000_000_000d, 2_000m), (doubled.Live.AverageConcurrentViewers, doubled.Live.CoinsGifted!.Value.Value));
    }

    private static LikesAnalysis Analyze(FixedReach reach, CreatorSnapshot creator)
    {
        using var provider = TestServices.BuiltIns(b => b.Services.AddSingleton<IReachModel>(reach));
        return provider.GetRequiredService<IRevenueEngine>().AnalyzeLikes(creator);
    }

    private sealed class FixedReach(decimal views, decimal live) : IReachModel
    {
        public ReachResponse Respond(CreatorSnapshot before, CreatorSnapshot after) => new(views, live, "fixed");
    }
}
