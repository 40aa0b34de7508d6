using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.RateCards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

public sealed class LiveGiftsModelTests
{
    private static CreatorSnapshot Creator(long followers = 5_000, int? age = 25, string? region = "US", Coins? coins = null, double hours = 0, double viewers = 0, long likes = 0, AccountKind kind = AccountKind.Personal, bool standing = true) => new()
    {
        Profile = new CreatorProfile { Followers = followers, Age = age, Region = region, AccountKind = kind, InGoodStanding = standing },
        Live = new LiveStats { Sessions = hours > 0 ? 1 : 0, Hours = hours, AverageConcurrentViewers = viewers, Likes = likes, CoinsGifted = coins },
    };

    [Fact]
    public void ThousandObservedCoins_AtTheDefaults_PayFiveDollars()
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(coins: new Coins(1_000)));

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(Money.Usd(5.00m), estimate.Range.Low);
        Assert.Equal(Money.Usd(5.00m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(5.00m), estimate.Range.High);
    }

    [Fact]
    public void AgencyShare_IsTakenFromTheCreatorsRewards()
    {
        var estimate = TestServices.LiveGifts(o => o.AgencyShare = 0.10m).Estimate(Creator(coins: new Coins(1_000)));

        Assert.Equal(Money.Usd(4.50m), estimate.Range.Expected);
        var agency = Assert.Single(estimate.Breakdown, l => l.Label == "Agency share");
        Assert.Equal(-0.50m, agency.Amount.Expected);
    }

    [Fact]
    public void EstimatedCoins_UseViewerHoursTimesTheConfiguredRange()
    {
        // 10 hours × 100 viewers = 1,000 viewer-hours; 10/50/150 coins per viewer-hour; no likes, so no retention uplift.
        var estimate = TestServices.LiveGifts().Estimate(Creator(hours: 10, viewers: 100));

        Assert.Equal(Money.Usd(50m), estimate.Range.Low);
        Assert.Equal(Money.Usd(250m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(750m), estimate.Range.High);
        var coins = Assert.Single(estimate.Breakdown, l => l.Label == "Coins gifted (estimated)");
        Assert.Equal(new ValueRange(10_000m, 50_000m, 150_000m), coins.Amount);
        Assert.Contains("calculatecreator.com", coins.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void LiveLikes_RaiseExpectedGifting_ThroughRetention_ByAtMostTheConfiguredCap()
    {
        // 1,000 viewer-hours and 20,000 likes: 20 likes per viewer-hour is the half point, so the uplift is 5%.
        var estimate = TestServices.LiveGifts().Estimate(Creator(hours: 10, viewers: 100, likes: 20_000));

        Assert.Equal(Money.Usd(262.50m), estimate.Range.Expected);
        var retention = Assert.Single(estimate.Breakdown, l => l.Label == "Retention from LIVE likes");
        Assert.Equal(1.05m, retention.Rate.Expected);
        Assert.Equal(LikesInfluence.Direct, estimate.Likes.Influence);
        Assert.Equal(LikesChannels.LiveRetention | LikesChannels.Visibility, estimate.Likes.Channels);
        Assert.False(estimate.Likes.PaysPerLike);

        var huge = TestServices.LiveGifts().Estimate(Creator(hours: 10, viewers: 100, likes: 1_000_000_000));
        Assert.True(huge.Range.Expected <= Money.Usd(275m), "the uplift never exceeds MaximumRetentionUplift (10%)");
    }

    [Fact]
    public void ConfiguredCoinsRate_IsAttributedToTheApplication()
    {
        var estimate = TestServices.LiveGifts(o => o.CoinsPerViewerHour = new RangeOptions(1, 2, 3)).Estimate(Creator(hours: 1, viewers: 1));

        Assert.Equal("configured by the application", Assert.Single(estimate.Breakdown, l => l.Label == "Coins gifted (estimated)").Source);
    }

    [Fact]
    public void ScaledRewardsRateCard_PaysTwentyToFiftyThreePercentOfANominalCent()
    {
        var estimate = TestServices.LiveGifts(o => o.RateCard = RateCardNames.UsScaledLiveRewards2025).Estimate(Creator(coins: new Coins(10_000)));

        Assert.Equal(Money.Usd(20m), estimate.Range.Low);
        Assert.Equal(Money.Usd(40m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(53m), estimate.Range.High);
        Assert.Contains("Scaled LIVE rewards", Assert.Single(estimate.Breakdown, l => l.Label == "LIVE rewards (cash)").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFollowerShort_IsIneligible_AndSaysItNeedsOneMoreFollower()
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(followers: 999, coins: new Coins(1_000)));

        Assert.False(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
        var rule = Assert.Single(estimate.Eligibility.UnmetRules);
        Assert.Equal("min-followers", rule.Id);
        Assert.Equal(1_000m, rule.Threshold);
        Assert.Equal(999m, rule.Actual);
        Assert.Equal(1m, rule.Shortfall);
        Assert.StartsWith("needs 1 more follower ", rule.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(17, "US", false)]
    [InlineData(18, "US", true)]
    [InlineData(18, "KR", false)]
    [InlineData(19, "KR", true)]
    [InlineData(null, "US", false)]
    public void MinimumAge_IsEighteen_AndNineteenInSouthKorea(int? age, string region, bool eligible)
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(age: age, region: region, coins: new Coins(100)));

        Assert.Equal(eligible, estimate.Eligibility.IsEligible);
        Assert.Equal(eligible, estimate.Eligibility.Rules.Single(r => r.Id == "min-age").IsMet);
    }

    [Fact]
    public void GovernmentAccountsAndAccountsNotInGoodStanding_AreIneligible_WithEveryReason()
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(kind: AccountKind.GovernmentOrPolitical, standing: false, coins: new Coins(100)));

        Assert.Equal(new[] { "good-standing", "not-government-or-political" }, estimate.Eligibility.UnmetRules.Select(r => r.Id));
        Assert.Contains(estimate.Breakdown, l => l.Label == "Not eligible");
    }

    [Fact]
    public void RegionRestriction_WhenConfigured_RequiresAListedRegion()
    {
        var model = TestServices.LiveGifts(o => o.AvailableRegions = ["US", "GB"]);

        Assert.True(model.Estimate(Creator(region: "gb", coins: new Coins(1))).Eligibility.IsEligible);
        Assert.False(model.Estimate(Creator(region: "DE", coins: new Coins(1))).Eligibility.IsEligible);
        var unknown = model.Estimate(Creator(region: null, coins: new Coins(1)));
        Assert.Equal("region not given", unknown.Eligibility.Rules.Single(r => r.Id == "available-region").ActualText);
    }

    [Fact]
    public void LikesOnly_PaysNothing()
    {
        var estimate = TestServices.LiveGifts().Estimate(SampleCreators.LikesOnly);

        Assert.True(estimate.Eligibility.IsEligible);
        Assert.Equal(MoneyRange.Zero(Currency.Usd), estimate.Range);
    }

    [Fact]
    public void ObservedCoins_TakePrecedenceOverTheViewerHourEstimate()
    {
        var estimate = TestServices.LiveGifts().Estimate(Creator(coins: new Coins(2_000), hours: 10, viewers: 100, likes: 5_000));

        Assert.Equal(Money.Usd(10m), estimate.Range.Expected);
        Assert.Equal("Coins gifted (observed)", estimate.Breakdown[0].Label);
        Assert.DoesNotContain(estimate.Breakdown, l => l.Label == "Retention from LIVE likes");
    }

    [Fact]
    public void Estimate_NullSnapshot_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TestServices.LiveGifts().Estimate(null!));
}
