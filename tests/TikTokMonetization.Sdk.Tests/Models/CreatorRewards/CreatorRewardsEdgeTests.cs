using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TikTokMonetization.Creators;
using TikTokMonetization.Likes;
using TikTokMonetization.Models.CreatorRewards;
using TikTokMonetization.Revenue;

namespace TikTokMonetization.Tests;

/// <summary>
/// The Creator Rewards model beyond its headline numbers: the texts of the rules that name the period, the long-video
/// count and the optional rules (each at its own place), the neutral engagement score of a creator without views, a
/// watch time beyond decimal's range, the likes explanation, the line an ineligible creator gets, the option checks'
/// messages and the registration from configuration.
/// </summary>
public sealed class CreatorRewardsEdgeTests
{
    /// <summary>An eligible creator: 500 thousand qualified views, engagement 40,000 ÷ 1,000,000 = 0.04 (score 0.5).</summary>
    private static CreatorSnapshot Creator(
        long views = 1_000_000,
        long qualifiedViews = 500_000,
        long followers = 50_000,
        string region = "US",
        int longVideos = 5,
        int periodDays = 30,
        int? accountAgeDays = null,
        long? bestVideo = null,
        double? watch = null) => new()
        {
            PeriodDays = periodDays,
            Profile = new CreatorProfile { Followers = followers, Age = 30, Region = region, AccountAgeDays = accountAgeDays },
            Videos = new ShortVideoStats
            {
                VideosPosted = 10,
                LongVideosPosted = longVideos,
                Views = views,
                QualifiedViews = qualifiedViews,
                BestVideoQualifiedViews = bestVideo,
                AverageWatchSeconds = watch,
                Likes = 40_000,
            },
        };

    private static string[] Rules(RevenueEstimate estimate) => estimate.Eligibility.Rules.Select(r => $"{r.Id} | {r.Description} | {r.IsMet} | {r.Reason}").ToArray();

    private static EligibilityRule Rule(RevenueEstimate estimate, string id) => Assert.Single(estimate.Eligibility.Rules, r => r.Id == id);

    private static string Line(RevenueEstimate estimate, string label) => Assert.Single(estimate.Breakdown, l => l.Label == label).ToString();

    private static OptionsValidationException Refused(Action<CreatorRewardsOptions> configure) =>
        Assert.Throws<OptionsValidationException>(() => CreatorRewardsServices.Model(configure));

    [Fact]
    public void Likes_AreExplained_AsUnpaid_AndCountedOnlyInTheEngagementDriver()
    {
        var likes = CreatorRewardsServices.Model().Estimate(Creator()).Likes;

        Assert.Equal(
            "Likes are not paid. They count only inside the audience-engagement driver of the RPM score (with comments and shares), which moves the expected RPM within its range; as a For You signal they may also bring more views.",
            likes.Explanation);
    }

    [Fact]
    public void Likes_LeftOutOfTheEngagementDefinition_AreExplainedAsReachingPayOnlyThroughViews()
    {
        // RevenueEngineOptions.EngagementInteractions without likes: the engagement driver does not count them, so the
        // estimate must not say they count there, nor declare the engagement-pricing channel.
        var snapshot = Creator();
        var counted = CreatorRewardsServices.Model().Estimate(snapshot);
        var notCounted = CreatorRewardsServices.Model(engine: e => e.EngagementInteractions = EngagementInteractions.Comments | EngagementInteractions.Shares).Estimate(snapshot);

        Assert.Equal(LikesChannels.EngagementPricing | LikesChannels.Visibility, counted.Likes.Channels);
        Assert.Equal(LikesChannels.Visibility, notCounted.Likes.Channels);
        Assert.Equal(LikesInfluence.Indirect, notCounted.Likes.Influence);
        Assert.False(notCounted.Likes.PaysPerLike);
        Assert.Equal(
            "Likes are not paid, and the configured engagement definition (RevenueEngineOptions.EngagementInteractions) leaves them out of the audience-engagement driver of the RPM score, so they do not move the expected RPM; as a For You signal they may still bring more views.",
            notCounted.Likes.Explanation);
    }

    [Fact]
    public void EveryEntryPoint_RefusesANullSnapshot_NamingIt()
    {
        var model = CreatorRewardsServices.Model();

        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => model.Estimate(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IExpectedRevenueModel)model).EstimateExpected(null!)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => ((IEligibilityRevenueModel)model).IsEligible(null!)).ParamName);
    }

    [Fact]
    public void EligibleRegionsNull_MeansNoRegionRestriction()
    {
        // The option checks accept null (documented as no restriction); India has no Creator Rewards by default.
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.EligibleRegions = null!);

        var estimate = model.Estimate(Creator(region: "IN"));

        Assert.True(estimate.IsEligible);
        Assert.True(((IEligibilityRevenueModel)model).IsEligible(Creator(region: "IN")));
        Assert.Equal(
            "available-region | a region where Creator Rewards Program is available (no restriction configured) | True | meets 'a region where Creator Rewards Program is available (no restriction configured)' (has IN)",
            Rules(estimate)[4]);

        // 500 thousand qualified views × 0.40 / 0.70 / 1.00 × India's 0.225.
        Assert.Equal(new MoneyRange(new ValueRange(45m, 78.75m, 112.5m), Currency.Usd), estimate.Range);
    }

    [Fact]
    public void NoViews_GetTheNeutralEngagementScore_NotAZeroRate()
    {
        // With no views there is no rate to divide by: engagement is neutral (0.5), not 0 ÷ 0.08 = 0, so every driver
        // is 0.5 and so is the score.
        var estimate = CreatorRewardsServices.Model().Estimate(Creator(views: 0, qualifiedViews: 0));

        Assert.Equal(
            "Audience engagement score: 0.5 neutral score (Videos.Views is 0) × 1 score per neutral score = 0.5 score (0 to 1) [no views to divide by: the neutral score (CreatorRewards:Scoring:NeutralScore)]",
            Line(estimate, "Audience engagement score"));
        Assert.Equal(
            "RPM score: 2.0 weighted points (originality, play duration, search, engagement weights 1/1/1/1) × 0.25 per unit of total weight = 0.5 score (0 to 1) [weighted average of the four metrics TikTok names for Creator Rewards (newsroom, Mar 2024); TikTok publishes no weights, so the SDK weighs them equally by default]",
            Line(estimate, "RPM score"));
        Assert.Equal(["min-views-30d"], estimate.Eligibility.UnmetRules.Select(r => r.Id));
    }

    [Fact]
    public void LongVideoRule_HasAPluralUnit_AndSaysVideoForOne_AndVideosForSeveral()
    {
        var one = Rule(CreatorRewardsServices.Model().Estimate(Creator(longVideos: 0)), "long-videos");
        var three = Rule(CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumLongVideos = 3).Estimate(Creator(longVideos: 1)), "long-videos");

        Assert.Equal("videos of 60 seconds or more", one.Unit); // plural like every rule's unit; the texts say "1 video"
        Assert.Equal("at least 1 video of 60 seconds or more", one.Description);
        Assert.Equal("needs 1 more video of 60 seconds or more (has 0; requires at least 1 video of 60 seconds or more)", one.Reason);
        Assert.Equal("videos of 60 seconds or more", three.Unit);
        Assert.Equal("at least 3 videos of 60 seconds or more", three.Description);
        Assert.Equal("needs 2 more videos of 60 seconds or more (has 1; requires at least 3 videos of 60 seconds or more)", three.Reason);
    }

    [Fact]
    public void OptionalRules_AllSet_ComeLast_InOrder_EachAtItsOwnPlace_WithItsTexts()
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.CreatorRewards.MinimumQualifiedViewsPerVideo = 1_000;
            o.CreatorRewards.MinimumAverageWatchSeconds = 5m;
            o.CreatorRewards.MinimumAccountAgeDays = 30;
        });
        var snapshot = Creator(bestVideo: 1_200, watch: 4.5, accountAgeDays: 29);

        var estimate = model.Estimate(snapshot);

        Assert.Equal(
            [
                "min-age | at least 18 years of age | True | meets 'at least 18 years of age' (has 30)",
                "min-followers | at least 10,000 followers | True | meets 'at least 10,000 followers' (has 50,000)",
                "min-views-30d | at least 100,000 views in 30 days | True | meets 'at least 100,000 views in 30 days' (has 1,000,000)",
                "personal-account | a personal account (not business, government or political) | True | meets 'a personal account (not business, government or political)' (has personal account)",
                "available-region | a region where Creator Rewards Program is available: US, GB, DE, FR, JP, KR, BR, MX | True | meets 'a region where Creator Rewards Program is available: US, GB, DE, FR, JP, KR, BR, MX' (has US)",
                "long-videos | at least 1 video of 60 seconds or more | True | meets 'at least 1 video of 60 seconds or more' (has 5)",
                "good-standing | an account in good standing | True | meets 'an account in good standing' (has in good standing)",
                "min-qualified-views-per-video | at least 1,000 qualified views on the best video | True | meets 'at least 1,000 qualified views on the best video' (has 1,200)",
                "min-watch-seconds | at least 5 seconds watched per view (average) | False | needs 0.5 more seconds watched per view (average) (has 4.5; requires at least 5 seconds watched per view (average))",
                "min-account-age | at least 30 days of account age | False | needs 1 more day of account age (has 29; requires at least 30 days of account age)",
            ],
            Rules(estimate));
        Assert.False(estimate.IsEligible);
        Assert.False(((IEligibilityRevenueModel)model).IsEligible(snapshot));
        Assert.True(model.Estimate(Creator(bestVideo: 1_200, watch: 5, accountAgeDays: 30)).IsEligible);
    }

    [Fact]
    public void PerVideoRule_NamesTheBestVideo_OrThePeriodAsAnUpperBound_InSingularForOneShort()
    {
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumQualifiedViewsPerVideo = 1_000);

        var best = Rule(model.Estimate(Creator(bestVideo: 999)), "min-qualified-views-per-video");
        var period = Rule(model.Estimate(Creator(qualifiedViews: 999)), "min-qualified-views-per-video");
        var periodMet = Rule(model.Estimate(Creator()), "min-qualified-views-per-video");

        Assert.Equal("needs 1 more qualified view on the best video (has 999; requires at least 1,000 qualified views on the best video)", best.Reason);
        Assert.Equal(
            "needs 1 more qualified view in the period (best video not given: an upper bound) (has 999; requires at least 1,000 qualified views in the period (best video not given: an upper bound))",
            period.Reason);
        Assert.Equal(
            "meets 'at least 1,000 qualified views in the period (best video not given: an upper bound)' (has 500,000)",
            periodMet.Reason);
    }

    [Theory]
    [InlineData(1e30)]
    [InlineData((double)decimal.MaxValue)] // 2^96, one more than decimal.MaxValue: the first double a decimal cannot hold
    public void WatchTime_BeyondDecimalsRange_IsHeldAtItsMaximum_AndScoresFull(double seconds)
    {
        // A snapshot valid without the engine's input limits: a model called directly must price it, not overflow.
        var snapshot = Creator(watch: seconds);
        Assert.Empty(snapshot.Validate());
        var model = CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumAverageWatchSeconds = 5m);

        var estimate = model.Estimate(snapshot);

        var rule = Rule(estimate, "min-watch-seconds");
        Assert.True(rule.IsMet);
        Assert.Equal(decimal.MaxValue, rule.Actual);
        Assert.Equal(
            "Play duration: watch time: 60 seconds watched per view (at least the target) × 0.0166666666666666666666666667 score per second = 1 score (0 to 1), the product held at most 1 [" + CreatorRewardsDefaults.WatchTimeSource + "]",
            Line(estimate, "Play duration: watch time"));

        // Watch 1 with the other drivers 0.5: score 0.625, RPM 0.40 + 0.625 × 0.60 = 0.775, × 500 thousand views.
        Assert.Equal(Money.Usd(387.5m), estimate.Range.Expected);
        Assert.Equal(Money.Usd(387.5m), ((IExpectedRevenueModel)model).EstimateExpected(snapshot));
    }

    [Fact]
    public void WatchRule_OneSecondShort_SaysSecondInTheSingular()
    {
        var rule = Rule(CreatorRewardsServices.Model(o => o.CreatorRewards.MinimumAverageWatchSeconds = 5m).Estimate(Creator(watch: 4)), "min-watch-seconds");

        Assert.Equal("needs 1 more second watched per view (average) (has 4; requires at least 5 seconds watched per view (average))", rule.Reason);
    }

    [Fact]
    public void Breakdown_WatchTimeExactlyAtTheTarget_SaysAtLeastTheTarget_AndScoresFull()
    {
        var estimate = CreatorRewardsServices.Model().Estimate(Creator(watch: 60));

        Assert.Equal(
            "Play duration: watch time: 60 seconds watched per view (at least the target) × 0.0166666666666666666666666667 score per second = 1 score (0 to 1), the product held at most 1 [" + CreatorRewardsDefaults.WatchTimeSource + "]",
            Line(estimate, "Play duration: watch time"));
    }

    [Fact]
    public void SearchShare_ExactlyAtACapGivenAsAFraction_ScoresFull()
    {
        // A cap of one ninth (28 digits) and a snapshot share of one ninth (a double, 15 digits once converted): the
        // share is at the cap as far as the snapshot can say, so the search score is 1, not 0.999999999999999.
        var model = CreatorRewardsServices.Model(o => o.Scoring.SearchViewShareCap = 1m / 9m);
        var snapshot = Creator() with { Videos = Creator().Videos with { SearchViewShare = 1d / 9d } };

        var search = Assert.Single(model.Estimate(snapshot).Breakdown, l => l.Label == "Search value score");

        Assert.Equal(1m, search.Amount.Expected);
    }

    [Theory]
    [InlineData(0, "2/1/1/1")]
    [InlineData(1, "1/2/1/1")]
    [InlineData(2, "1/1/2/1")]
    [InlineData(3, "1/1/1/2")]
    public void Breakdown_RpmScore_WithAnyOneWeightChanged_SaysConfigured_NotTheEqualWeightsSource(int driver, string weights)
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.Scoring.OriginalityWeight = driver == 0 ? 2m : 1m;
            o.Scoring.PlayDurationWeight = driver == 1 ? 2m : 1m;
            o.Scoring.SearchValueWeight = driver == 2 ? 2m : 1m;
            o.Scoring.EngagementWeight = driver == 3 ? 2m : 1m;
        });

        // Every driver scores 0.5 (three unknown, engagement 0.04 ÷ 0.08): 0.5 × 5 = 2.5 points over a total weight of 5.
        Assert.Equal(
            "RPM score: 2.5 weighted points (originality, play duration, search, engagement weights " + weights + ") × 0.2 per unit of total weight = 0.5 score (0 to 1) [configured by the application]",
            Line(model.Estimate(Creator()), "RPM score"));
    }

    [Fact]
    public void Breakdown_CreatorFund_PricesAndPaysAllViews_WithTheFundsSources()
    {
        // Score 0.5: RPM 0.02 + 0.5 × 0.02 = 0.03 per 1,000 views, on all 1,000,000 views (not the 500,000 qualified).
        var estimate = CreatorRewardsServices.Fund().Estimate(Creator());

        Assert.Equal(
            "RPM before multipliers: 0.5 score (0 to 1) of the way from 0.02 to 0.04 USD per 1,000 views = 0.02..0.04 (expected 0.030) USD per 1,000 views [" + CreatorRewardsDefaults.FundRpmSource + "]",
            Line(estimate, "RPM before multipliers"));
        Assert.Equal(
            "Creator Fund (all views): 1000 thousand views × 0.020..0.040 (expected 0.0300) USD per 1,000 views = 20.000..40.000 (expected 30.0000) USD [" + CreatorRewardsDefaults.FundPaySource + "]",
            Line(estimate, "Creator Fund (all views)"));
    }

    [Fact]
    public void Breakdown_FollowerTerm_NamesMillionsOfFollowers_AndAddsTheTermToEveryRpm()
    {
        // The docs' example: 0.10 per million followers on 2,000,000 followers adds 0.20 to the RPM of 0.40..1.00 (expected 0.70).
        var estimate = CreatorRewardsServices.Model(o => o.CreatorRewards.RpmPerMillionFollowers = 0.10m).Estimate(Creator(followers: 2_000_000));

        Assert.Equal(
            "Follower-dependent RPM term: 2 million followers × 0.10 USD per 1,000 qualified views per million followers = 0.20 USD per 1,000 qualified views [" + CreatorRewardsDefaults.FollowerRpmSource + "]",
            Line(estimate, "Follower-dependent RPM term"));
        Assert.Equal(
            "RPM with the follower term: 1 RPM × 0.60..1.20 (expected 0.900) USD per 1,000 qualified views (RPM before multipliers + follower term 0.20) = 0.60..1.20 (expected 0.900) USD per 1,000 qualified views [" + CreatorRewardsDefaults.FollowerRpmSource + "]",
            Line(estimate, "RPM with the follower term"));
    }

    [Fact]
    public void Breakdown_NicheListedInTheOptions_SaysConfigured()
    {
        var model = CreatorRewardsServices.Model(o => o.NicheMultipliers["finance"] = 1.5m);
        var snapshot = Creator() with { Profile = Creator().Profile with { Niche = "Finance" } };

        Assert.Equal(
            "Niche multiplier: 0.400..1.000 (expected 0.7000) USD per 1,000 qualified views × 1.5 × multiplier for niche 'Finance' = 0.6000..1.5000 (expected 1.05000) USD per 1,000 qualified views [configured by the application]",
            Line(model.Estimate(snapshot), "Niche multiplier"));
    }

    [Theory]
    [InlineData(EngagementInteractions.Comments | EngagementInteractions.Shares, "0.0015 engagement rate by views (comments + shares ÷ views) × 12.5 score per rate = 0.01875")]
    [InlineData(EngagementInteractions.Likes | EngagementInteractions.Saves, "0.0403 engagement rate by views (likes + saves ÷ views) × 12.5 score per rate = 0.50375")]
    [InlineData(EngagementInteractions.All, "0.0418 engagement rate by views (likes + comments + shares + saves ÷ views) × 12.5 score per rate = 0.5225")]
    [InlineData(EngagementInteractions.None, "0 engagement rate by views (no interactions ÷ views) × 12.5 score per rate = 0")]
    public void Breakdown_EngagementLine_NamesExactlyTheConfiguredInteractions(EngagementInteractions interactions, string arithmetic)
    {
        // 40,000 likes, 1,000 comments, 500 shares and 300 saves on 1,000,000 views; the rate counts only the configured ones.
        var snapshot = Creator() with { Videos = Creator().Videos with { Comments = 1_000, Shares = 500, Saves = 300 } };

        var estimate = CreatorRewardsServices.Model(engine: e => e.EngagementInteractions = interactions).Estimate(snapshot);

        Assert.Equal(
            "Audience engagement score: " + arithmetic + " score (0 to 1), the product held at most 1 [" + CreatorRewardsDefaults.EngagementSource + "]",
            Line(estimate, "Audience engagement score"));
    }

    [Fact]
    public void ViewsRule_OverAnotherPeriod_NamesThePeriod_AndTheThresholdItWasProratedFrom()
    {
        var model = CreatorRewardsServices.Model();

        // ceiling(100,000 × 1 ÷ 30) = 3,334; 100,000 × 45 ÷ 30 = 150,000.
        var oneDay = Rule(model.Estimate(Creator(views: 3_333, qualifiedViews: 0, periodDays: 1)), "min-views-30d");
        var fortyFiveDays = Rule(model.Estimate(Creator(views: 149_000, qualifiedViews: 0, periodDays: 45)), "min-views-30d");
        var thirtyDays = Rule(model.Estimate(Creator(views: 99_999, qualifiedViews: 0)), "min-views-30d");

        Assert.Equal(
            "needs 1 more view in 1 day (prorated from 100,000 in 30 days) (has 3,333; requires at least 3,334 views in 1 day (prorated from 100,000 in 30 days))",
            oneDay.Reason);
        Assert.Equal(
            "needs 1,000 more views in 45 days (prorated from 100,000 in 30 days) (has 149,000; requires at least 150,000 views in 45 days (prorated from 100,000 in 30 days))",
            fortyFiveDays.Reason);
        Assert.Equal(150_000m, fortyFiveDays.Threshold);
        Assert.Equal("needs 1 more view in 30 days (has 99,999; requires at least 100,000 views in 30 days)", thirtyDays.Reason);
    }

    [Fact]
    public void Breakdown_OfAnIneligibleCreator_EndsWithTheLineThatPaysNothing_AndOnlyThen()
    {
        var model = CreatorRewardsServices.Model();

        var ineligible = model.Estimate(Creator(followers: 9_999));
        var eligible = model.Estimate(Creator());

        Assert.Equal("Not eligible: 200.000..500.000 (expected 350.0000) USD × 0 paid = 0 USD [not eligible: the stream pays 0 (see eligibility)]", ineligible.Breakdown[^1].ToString());
        Assert.Equal(eligible.Breakdown.Count + 1, ineligible.Breakdown.Count);
        Assert.DoesNotContain(eligible.Breakdown, l => l.Label == "Not eligible");
    }

    [Fact]
    public void Options_NullSections_AreRefused_EachNamedByItsPath()
    {
        var ex = Refused(o =>
        {
            o.CreatorRewards = null!;
            o.CreatorFund = null!;
            o.Scoring = null!;
            o.CountryMultipliers = null!;
            o.NicheMultipliers = null!;
        });

        Assert.Equal(
            [
                "TikTokMonetization:CreatorRewards:CreatorRewards is null; it must hold the program's RPM range and eligibility rules.",
                "TikTokMonetization:CreatorRewards:CreatorFund is null; it must hold the program's RPM range and eligibility rules.",
                "TikTokMonetization:CreatorRewards:Scoring is null; it must hold the scoring weights and caps.",
                "TikTokMonetization:CreatorRewards:CountryMultipliers is null; it must be a table (it may be empty).",
                "TikTokMonetization:CreatorRewards:NicheMultipliers is null; it must be a table (it may be empty).",
            ],
            ex.Failures);
    }

    [Fact]
    public void Options_AllWeightsZero_AreRefused_NamingEachWeight()
    {
        var ex = Refused(o =>
        {
            o.Scoring.OriginalityWeight = 0m;
            o.Scoring.PlayDurationWeight = 0m;
            o.Scoring.SearchValueWeight = 0m;
            o.Scoring.EngagementWeight = 0m;
        });

        Assert.Equal(
            [
                "TikTokMonetization:CreatorRewards:Scoring has OriginalityWeight 0, PlayDurationWeight 0, SearchValueWeight 0 and EngagementWeight 0; the weights must be zero or greater and at least one must be greater than zero.",
            ],
            ex.Failures);
    }

    [Theory]
    [InlineData(0, 0.9)] // originality
    [InlineData(1, 0.625)] // play duration: (0.35 ÷ 0.70 + 45 ÷ 60) ÷ 2
    [InlineData(2, 0.25)] // search: 0.05 ÷ 0.20
    [InlineData(3, 0.5)] // engagement: 0.04 ÷ 0.08
    public void Options_OneWeightAlone_IsAllowed_AndTheScoreIsThatDriversScore(int driver, double score)
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.Scoring.OriginalityWeight = driver == 0 ? 2m : 0m;
            o.Scoring.PlayDurationWeight = driver == 1 ? 2m : 0m;
            o.Scoring.SearchValueWeight = driver == 2 ? 2m : 0m;
            o.Scoring.EngagementWeight = driver == 3 ? 2m : 0m;
        });
        var snapshot = Creator() with { Videos = Creator().Videos with { OriginalShare = 0.9, FinishRate = 0.35, AverageWatchSeconds = 45, SearchViewShare = 0.05 } };

        var rpmScore = Assert.Single(model.Estimate(snapshot).Breakdown, l => l.Label == "RPM score");

        Assert.Equal((decimal)score, rpmScore.Amount.Expected);
        Assert.Equal(0.5m, rpmScore.Rate.Expected);
    }

    [Fact]
    public void Options_MultipliersFromZeroToOneHundred_AreAllowed_AndOthersAreRefused_NamingTheKey()
    {
        var model = CreatorRewardsServices.Model(o =>
        {
            o.CountryMultipliers["US"] = 0m;
            o.NicheMultipliers["finance"] = 100m;
        });
        Assert.Equal(MoneyRange.Zero(Currency.Usd), model.Estimate(Creator()).Range);
        Assert.True(model.Estimate(Creator()).IsEligible);

        var ex = Refused(o =>
        {
            o.CountryMultipliers["GB"] = -0.01m;
            o.NicheMultipliers["gaming"] = 100.01m;
        });

        Assert.Equal(
            [
                "TikTokMonetization:CreatorRewards:CountryMultipliers:GB is -0.01; a multiplier must be between 0 and 100.",
                "TikTokMonetization:CreatorRewards:NicheMultipliers:gaming is 100.01; a multiplier must be between 0 and 100.",
            ],
            ex.Failures);
    }

    [Fact]
    public void AddCreatorRewards_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TikTokMonetization:CreatorRewards:CreatorRewards:MinimumFollowers"] = "5000" })
            .Build();
        var services = new ServiceCollection();
        services.AddTikTokMonetization().AddCreatorRewards(configuration.GetSection("TikTokMonetization:CreatorRewards"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        // 6,000 followers: below the default 10,000, above the configured 5,000.
        Assert.True(provider.Model("creator-rewards").Estimate(Creator(followers: 6_000)).IsEligible);
        Assert.False(CreatorRewardsServices.Model().Estimate(Creator(followers: 6_000)).IsEligible);
    }

    [Fact]
    public void AddCreatorRewards_RefusesNullArguments_NamingThem()
    {
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => CreatorRewardsBuilderExtensions.AddCreatorRewards(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => CreatorRewardsBuilderExtensions.AddCreatorRewards(null!, new ConfigurationBuilder().Build())).ParamName);
        var builder = new ServiceCollection().AddTikTokMonetization();
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => builder.AddCreatorRewards((IConfiguration)null!)).ParamName);
    }
}
