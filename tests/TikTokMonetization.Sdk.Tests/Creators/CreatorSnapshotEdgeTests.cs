using TikTokMonetization.Creators;
using TikTokMonetization.Internal;

namespace TikTokMonetization.Tests;

/// <summary>
/// The snapshot's checks at their edges, as a user reads them: a valid snapshot passes <c>ThrowIfInvalid</c> and comes
/// back; a one-day period holds 24 LIVE hours and no more; a text of exactly the length limit is allowed and one more
/// character is not (the creator's id and the niche alike); each optional part's money and counts are checked, with
/// the whole message of an amount beyond its limit; the region and share refusals name their own fields; the
/// interaction count stops at either end of a long; and an exception without problems is refused.
/// </summary>
public sealed class CreatorSnapshotEdgeTests
{
    private static readonly CreatorSnapshot Creator = SampleCreators.MidTierUs;

    private static SnapshotProblem Single(CreatorSnapshot snapshot, bool limits = false) =>
        Assert.Single(limits ? snapshot.ValidateWithLimits() : snapshot.Validate());

    [Fact]
    public void ThrowIfInvalid_OnAValidSnapshot_ReturnsIt()
    {
        Assert.Same(Creator, Creator.ThrowIfInvalid());
    }

    [Fact]
    public void AOneDayPeriod_Holds24LiveHours_AndNoMore()
    {
        var oneDay = Creator with { PeriodDays = 1, Live = Creator.Live with { Sessions = 1, Hours = 24 } };

        Assert.Empty(oneDay.Validate());
        Assert.Equal(
            "Live.Hours is 24.5; it must be at most 24 hours per day of the period (24).",
            Single(oneDay with { Live = oneDay.Live with { Hours = 24.5 } }).ToString());
    }

    [Theory]
    [InlineData("CreatorId")]
    [InlineData("Profile.Niche")]
    public void AText_OfExactlyTheLengthLimit_IsAllowed_AndOneCharacterMoreIsNot(string field)
    {
        CreatorSnapshot With(string text) => field == "CreatorId"
            ? Creator with { CreatorId = text }
            : Creator with { Profile = Creator.Profile with { Niche = text } };

        Assert.Empty(With(new string('a', 256)).ValidateWithLimits());
        var problem = Single(With(new string('a', 257)), limits: true);
        Assert.Equal(field, problem.Path);
        Assert.Equal("at most 256 characters (a documented input limit, see docs/input-limits.md)", problem.Allowed);
    }

    [Theory]
    [InlineData("Region")]
    [InlineData("AudienceRegion")]
    public void ARegionThatIsNoCode_IsRefusedByItsOwnField_OrNull(string field)
    {
        var profile = field == "Region" ? Creator.Profile with { Region = "XX" } : Creator.Profile with { AudienceRegion = "XX" };

        var problem = Single(Creator with { Profile = profile });

        Assert.Equal("Profile." + field, problem.Path);
        Assert.Equal("'XX'", problem.Value);
        Assert.EndsWith(", or null", problem.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void ASearchViewShareAboveOne_IsRefusedByItsOwnField()
    {
        var problem = Single(Creator with { Videos = Creator.Videos with { SearchViewShare = 1.5 } });

        Assert.Equal("Videos.SearchViewShare is 1.5; it must be a finite number from 0 to 1.", problem.ToString());
    }

    [Fact]
    public void EachOptionalPartsMoneyAndCounts_AreChecked()
    {
        var snapshot = Creator with
        {
            Merchandise = new MerchandiseInputs { FixedCosts = Money.Usd(-1m) },
            Subscriptions = new SubscriptionInputs { Subscribers = -1, MonthlyPrice = Money.Usd(-2m) },
        };

        Assert.Equal(
            new[] { "Merchandise.FixedCosts", "Subscriptions.Subscribers", "Subscriptions.MonthlyPrice" },
            snapshot.Validate().Select(p => p.Path));
    }

    [Fact]
    public void TheInteractionCount_StopsAtWhatALongHolds_WhileTheRatioUsesTheWholeSum()
    {
        // GetEngagement reads any snapshot, checked or not: a sum past either end of a long is reported at that end.
        var above = Creator with { Videos = Creator.Videos with { Views = 1, Likes = long.MaxValue, Comments = long.MaxValue, Shares = 0 } };
        var below = Creator with { Videos = Creator.Videos with { Views = 1, Likes = long.MinValue, Comments = -1, Shares = 0 } };

        Assert.Equal(long.MaxValue, above.GetEngagement().InteractionCount);
        Assert.Equal((double)(2m * long.MaxValue), above.GetEngagement().ByViews);
        Assert.Equal(long.MinValue, below.GetEngagement().InteractionCount);
    }

    [Fact]
    public void AnInvalidSnapshotException_WithoutProblems_IsRefused_SayingWhy()
    {
        var error = Assert.Throws<ArgumentException>(() => new InvalidCreatorSnapshotException(Array.Empty<SnapshotProblem>()));

        Assert.Equal("problems", error.ParamName);
        Assert.StartsWith("An invalid creator snapshot has at least one problem; the list given is empty.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAmountBeyondItsLimit_SaysTheLimitInUnitsOfItsCurrency()
    {
        var problem = Single(Creator with { Subscriptions = new SubscriptionInputs { Subscribers = 10, MonthlyPrice = Money.Usd(1_000_000_001m) } }, limits: true);

        Assert.Equal(
            "Subscriptions.MonthlyPrice is 1000000001.00 USD; it must be at most 1,000,000,000 (a documented input limit, see docs/input-limits.md) units of its currency.",
            problem.ToString());
    }

    [Fact]
    public void ThrowIfInvalid_DoesNotApplyTheInputLimits_WhichOnlyTheEngineAndTheReaderApply()
    {
        // Views beyond the documented limit are a valid snapshot (Validate's contract); the engine refuses them.
        var beyond = Creator with { Videos = Creator.Videos with { Views = InputLimits.MaxCount + 1 } };

        Assert.Same(beyond, beyond.ThrowIfInvalid());
        Assert.Equal("Videos.Views", Single(beyond, limits: true).Path);
    }

    [Fact]
    public void ProblemsWithLimits_AppliesTheInputLimits()
    {
        var beyond = Creator with { Videos = Creator.Videos with { Views = InputLimits.MaxCount + 1 } };

        Assert.Null(Creator.ProblemsWithLimits());
        Assert.Equal(
            "Videos.Views is 1000000000001; it must be at most 1,000,000,000,000 (a documented input limit, see docs/input-limits.md).",
            Assert.Single(beyond.ProblemsWithLimits()!).ToString());
    }

    [Fact]
    public void LongVideos_WhenNoVideoWasPosted_AreRefused()
    {
        var problem = Single(Creator with { Videos = Creator.Videos with { VideosPosted = 0, LongVideosPosted = 1 } });

        Assert.Equal("Videos.LongVideosPosted is 1; it must be at most Videos.VideosPosted (0).", problem.ToString());
    }

    [Fact]
    public void TheBestVideosQualifiedViews_AreACount_AtMostThePeriodsQualifiedViews_EvenWhenThoseAreZero()
    {
        Assert.Equal(
            "Videos.BestVideoQualifiedViews is -1; it must be zero or greater.",
            Single(Creator with { Videos = Creator.Videos with { BestVideoQualifiedViews = -1 } }).ToString());
        Assert.Equal(
            "Videos.BestVideoQualifiedViews is 1000000000001; it must be at most 1,000,000,000,000 (a documented input limit, see docs/input-limits.md)."
            + " / Videos.BestVideoQualifiedViews is 1000000000001; it must be at most Videos.QualifiedViews (1000000000000).",
            string.Join(" / ", (Creator with { Videos = Creator.Videos with { Views = InputLimits.MaxCount, QualifiedViews = InputLimits.MaxCount, BestVideoQualifiedViews = InputLimits.MaxCount + 1 } }).ValidateWithLimits()));
        Assert.Equal(
            "Videos.BestVideoQualifiedViews is 5; it must be at most Videos.QualifiedViews (0).",
            Single(Creator with { Videos = Creator.Videos with { QualifiedViews = 0, BestVideoQualifiedViews = 5 } }).ToString());
    }

    [Fact]
    public void TheAverageWatchTime_IsLimitedToADay_OnlyWithTheInputLimits_AndADayItselfIsAllowed()
    {
        var day = Creator with { Videos = Creator.Videos with { AverageWatchSeconds = 86_400 } };
        var more = Creator with { Videos = Creator.Videos with { AverageWatchSeconds = 86_400.5 } };

        Assert.Empty(day.ValidateWithLimits());
        Assert.Empty(more.Validate());
        Assert.Equal(
            "Videos.AverageWatchSeconds is 86400.5; it must be at most 86,400 (a day; TikTok videos are at most an hour long).",
            Single(more, limits: true).ToString());
    }

    [Fact]
    public void ObservedLiveCoins_BeyondTheirLimit_AreRefusedWithTheLimit()
    {
        var many = Creator with { Live = Creator.Live with { CoinsGifted = new Coins(InputLimits.MaxCoins + 1m) } };

        Assert.Empty(many.Validate());
        Assert.Equal(
            "Live.CoinsGifted is 1000000000001; it must be at most 1,000,000,000,000 (a documented input limit, see docs/input-limits.md).",
            Single(many, limits: true).ToString());
        Assert.Empty((Creator with { Live = Creator.Live with { CoinsGifted = new Coins(InputLimits.MaxCoins) } }).ValidateWithLimits());
    }

    [Fact]
    public void AnEngagementRateByFollowers_IsAPercentageUpTo100()
    {
        var atMost = Creator with { BrandDeals = Creator.BrandDeals! with { EngagementRateByFollowers = 100 } };
        var above = Creator with { BrandDeals = Creator.BrandDeals! with { EngagementRateByFollowers = 100.5 } };

        Assert.Empty(atMost.Validate());
        Assert.Equal("BrandDeals.EngagementRateByFollowers is 100.5; it must be a finite number from 0 to 100.", Single(above).ToString());
    }

    [Fact]
    public void ShopAds_RateAndShare_AreGivenTogether_AndTheRefusalNamesTheMissingOne()
    {
        var rateOnly = Creator with { Affiliate = Creator.Affiliate! with { ShopAdsCommissionRate = 0.1 } };
        var shareOnly = Creator with { Affiliate = Creator.Affiliate! with { ShopAdsOrderShare = 0.2 } };

        Assert.Equal(
            "Affiliate.ShopAdsOrderShare is null; it must be a finite number from 0 to 1 when Affiliate.ShopAdsCommissionRate is given (both or neither).",
            Single(rateOnly).ToString());
        Assert.Equal(
            "Affiliate.ShopAdsCommissionRate is null; it must be a finite number from 0 to 1 when Affiliate.ShopAdsOrderShare is given (both or neither).",
            Single(shareOnly).ToString());
    }
}
